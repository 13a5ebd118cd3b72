# Switchboard in a container: the client built in one stage, the server run by Node with tsx (a production
# dependency: the server is TypeScript, run as is) in a slim stage with production dependencies only.
# The image binds 0.0.0.0, which the console allows only in team mode: give it a users file and a session
# secret (README, "Running in a container"); compose.yaml runs two replicas against a ZooKeeper.

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json vite.config.ts ./
COPY client ./client
COPY public ./public
COPY server ./server
RUN npm run build --silent

FROM ${NODE_IMAGE} AS production-dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    SWITCHBOARD_HOST=0.0.0.0 \
    SWITCHBOARD_PORT=8080 \
    SWITCHBOARD_LOG_FORMAT=json
WORKDIR /app
COPY --from=production-dependencies /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY server ./server
COPY --from=build /app/dist/client ./dist/client
# The official image's unprivileged user (uid 1000); the app's files stay root's, read-only to it.
USER node
EXPOSE 8080
# Liveness: the console answers. A registry outage shows as "degraded" in the body, not as a dead container.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.SWITCHBOARD_PORT || 8080) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "--import", "tsx", "server/main.ts"]
