// The Dockerfile and compose.yaml cannot be built here (no Docker engine), so this reads them against the
// repository: the npm scripts and files they use exist, the image runs the server as a non-root user with
// a health check on /api/health and only production dependencies, and the compose sample runs two console
// replicas sharing their secrets behind a load balancer, after a healthy ZooKeeper.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { HELP } from '../../../server/config.ts';
import { copySources, execArgs, parseDockerfile, type Stage } from './dockerfile.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string): string => readFileSync(`${REPO}${path}`, 'utf8');
const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string>; dependencies: Record<string, string>; devDependencies: Record<string, string> };
const stages = parseDockerfile(read('Dockerfile'));
const runtime = stages.at(-1) as Stage;
const all = (stage: Stage, keyword: string): string[] => stage.instructions.filter((i) => i.keyword === keyword).map((i) => i.args);
const last = (stage: Stage, keyword: string): string | undefined => all(stage, keyword).at(-1);
const ignored = read('.dockerignore').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));

/** The npm subcommands the image may use besides `npm run <script>`. */
const NPM_BUILTINS = new Set(['ci', 'cache']);

describe('the Dockerfile', () => {
  it('has a build stage, a production-dependencies stage and a runtime stage on one Node 20 image', () => {
    expect(stages.map((s) => s.name)).toEqual(['build', 'production-dependencies', 'runtime']);
    expect(read('Dockerfile')).toMatch(/^ARG NODE_IMAGE=node:20[\w.-]*-slim$/m);
    expect(stages.every((s) => s.from === '${NODE_IMAGE}')).toBe(true);
  });

  it('uses only npm scripts that package.json has, and npm ci where the lock file was copied', () => {
    for (const stage of stages) {
      const copied = all(stage, 'COPY').flatMap((args) => copySources(args).sources);
      for (const run of all(stage, 'RUN')) {
        for (const [, command, script] of run.matchAll(/\bnpm\s+(\w[\w-]*)(?:\s+([\w:-]+))?/g)) {
          if (command === 'run') expect(pkg.scripts, `npm run ${script}`).toHaveProperty([script ?? '']);
          else expect(NPM_BUILTINS.has(command ?? ''), `npm ${command}`).toBe(true);
          if (command === 'ci') expect(copied).toContain('package-lock.json');
        }
      }
    }
    expect(all(stages[0] as Stage, 'RUN')).toContain('npm run build --silent');
    expect(all(stages[1] as Stage, 'RUN').join(' ')).toContain('npm ci --omit=dev');
  });

  it('copies only files that exist in the repository and are not left out of the build context', () => {
    const sources = stages.flatMap((s) => all(s, 'COPY').map(copySources)).filter((c) => c.from === undefined).flatMap((c) => c.sources);
    expect(sources.length).toBeGreaterThan(5);
    for (const source of sources) {
      expect(existsSync(`${REPO}${source}`), source).toBe(true);
      expect(ignored.some((pattern) => source === pattern || source.startsWith(`${pattern}/`)), `${source} in .dockerignore`).toBe(false);
    }
    for (const { from } of stages.flatMap((s) => all(s, 'COPY').map(copySources))) {
      if (from !== undefined) expect(stages.map((s) => s.name)).toContain(from);
    }
  });

  it('gives the runtime the server, its production dependencies (tsx among them) and the built client', () => {
    const copies = all(runtime, 'COPY');
    expect(copies).toContain('--from=production-dependencies /app/node_modules ./node_modules');
    expect(copies).toContain('--from=build /app/dist/client ./dist/client');
    expect(copies).toContain('server ./server');
    expect(copies.some((c) => /\bpackage\.json\b/.test(c))).toBe(true);
    expect(pkg.dependencies).toHaveProperty('tsx');
    expect(pkg.devDependencies).not.toHaveProperty('tsx');
  });

  it('runs server/main.ts with tsx as a user that is not root', () => {
    const user = last(runtime, 'USER');
    expect(user).toBeDefined();
    expect(['root', '0', '0:0']).not.toContain(user);
    const keywords = runtime.instructions.map((i) => i.keyword);
    expect(keywords.lastIndexOf('USER')).toBeLessThan(keywords.lastIndexOf('ENTRYPOINT'));
    expect(execArgs(last(runtime, 'ENTRYPOINT') ?? '')).toEqual(['node', '--import', 'tsx', 'server/main.ts']);
  });

  it('binds 0.0.0.0 on the port it exposes, logs JSON lines, and checks /api/health with node itself', () => {
    const env = all(runtime, 'ENV').join(' ');
    expect(env).toMatch(/SWITCHBOARD_HOST=0\.0\.0\.0/);
    const port = /SWITCHBOARD_PORT=(\d+)/.exec(env)?.[1];
    expect(all(runtime, 'EXPOSE')).toEqual([port]);
    expect(env).toMatch(/SWITCHBOARD_LOG_FORMAT=json/);
    const check = last(runtime, 'HEALTHCHECK') ?? '';
    const command = execArgs(check.slice(check.indexOf('CMD') + 3));
    expect(command[0]).toBe('node');
    expect(command.join(' ')).toContain('/api/health');
    expect(command.join(' ')).toContain('process.env.SWITCHBOARD_PORT');
  });

  it('keeps dependencies, build output, git and secrets out of the build context', () => {
    for (const entry of ['node_modules', 'dist', '.git', 'secrets']) expect(ignored).toContain(entry);
  });
});

interface ComposeService {
  readonly build?: { readonly context?: string; readonly dockerfile?: string };
  readonly environment?: Readonly<Record<string, string>>;
  readonly secrets?: readonly string[];
  readonly depends_on?: Readonly<Record<string, { readonly condition?: string }>>;
  readonly healthcheck?: { readonly test?: readonly string[] };
  readonly ports?: readonly string[];
}

describe('compose.yaml', () => {
  const compose = parse(read('compose.yaml'), { merge: true }) as {
    services: Record<string, ComposeService>;
    secrets: Record<string, { file: string }>;
  };
  const services = Object.entries(compose.services);
  const consoles = services.filter(([, s]) => s.build !== undefined);

  it('builds two console replicas from the Dockerfile', () => {
    expect(consoles.map(([name]) => name)).toEqual(['console-1', 'console-2']);
    for (const [, s] of consoles) expect(s.build).toEqual({ context: '.', dockerfile: 'Dockerfile' });
  });

  it('starts the replicas after a healthy ZooKeeper, against it, in team mode with the same shared secrets', () => {
    const zookeeper = compose.services['zookeeper'];
    expect(zookeeper?.healthcheck?.test?.length).toBeGreaterThan(0);
    for (const [, s] of consoles) {
      expect(s.depends_on?.['zookeeper']?.condition).toBe('service_healthy');
      expect(s.environment?.['SWITCHBOARD_REGISTRY']).toBe('zookeeper://zookeeper:2181');
      expect(s.secrets).toEqual(['users', 'session_secret']);
      expect(s.environment?.['SWITCHBOARD_USERS']).toBe('/run/secrets/users');
      expect(s.environment?.['SWITCHBOARD_SESSION_SECRET_FILE']).toBe('/run/secrets/session_secret');
    }
    expect(Object.keys(compose.secrets).sort()).toEqual(['session_secret', 'users']);
    for (const { file } of Object.values(compose.secrets)) expect(file).toMatch(/^\.\/secrets\//);
  });

  it('puts a load balancer in front that waits for both replicas to be healthy', () => {
    const balancers = services.filter(([, s]) => s.ports !== undefined);
    expect(balancers).toHaveLength(1);
    const [, balancer] = balancers[0] ?? [];
    for (const [name] of consoles) expect(balancer?.depends_on?.[name]?.condition).toBe('service_healthy');
    for (const [name] of consoles) expect(read('compose.yaml')).toContain(`server ${name}:8080;`);
  });

  it('sets only settings the console has', () => {
    const names = [...read('compose.yaml').matchAll(/\bSWITCHBOARD_[A-Z_]+/g), ...read('Dockerfile').matchAll(/\bSWITCHBOARD_[A-Z_]+/g)].map((m) => m[0]);
    expect(names.length).toBeGreaterThan(5);
    for (const name of new Set(names)) expect(HELP, name).toContain(`env ${name}`);
  });
});
