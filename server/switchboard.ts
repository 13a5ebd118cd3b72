/**
 * Starts a whole console: registry client, mirror, HTTP server. main.ts calls it with the
 * parsed configuration; integration tests call it directly on port 0.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import http from 'node:http';
import type { Logger } from 'pino';
import { AuditChainHead } from './governance/audit-chain-head.ts';
import { AuditStore } from './governance/audit-store.ts';
import type { Actor, GovernanceDeps } from './governance/governance-deps.ts';
import { HistoryStore } from './governance/history-store.ts';
import { RuleStore } from './governance/rule-store.ts';
import { RuleWriteQueue } from './governance/rule-write-queue.ts';
import { stateLayout } from './governance/state-layout.ts';
import { hostname } from 'node:os';
import { actOnRelease } from './releases/act-on-release.ts';
import { pauseRelease } from './releases/pause-release.ts';
import type { ReleaseDeps } from './releases/release-deps.ts';
import { ReleaseRunner } from './releases/release-runner.ts';
import { ReleaseStore } from './releases/release-store.ts';
import { ReleaseWatch } from './releases/release-watch.ts';
import { LeaderElection } from './zk/leader-election.ts';
import { ConsoleTelemetry } from './telemetry/console-telemetry.ts';
import { createApp } from './http/create-app.ts';
import type { HttpSecurity } from './http/auth-setup.ts';
import type { ApiRoute } from './http/api-route.ts';
import { localSecurity } from './http-security.ts';
import { withTokenStore } from './token-security.ts';
import { moduleLogger } from './logger.ts';
import { RegistryMirror } from './registry/registry-mirror.ts';
import { parseRegistryAddress } from './zk/registry-address.ts';
import { ZkClient } from './zk/zk-client.ts';
import { registryAcls } from './zk/registry-acls.ts';
import type { ZkAclEntry } from './zk/acl-spec.ts';

export interface SwitchboardOptions {
  readonly registry: string;
  readonly host: string;
  readonly port: number;
  readonly logger: Logger;
  readonly version: string;
  readonly clientDir?: string;
  readonly coalesceMs?: number;
  /** ZooKeeper folder for rule history and audit (default /switchboard). */
  readonly stateRoot?: string;
  /** Write Dubbo 2.6 override copies unless a request says otherwise (default false). */
  readonly legacyRules?: boolean;
  readonly historyRetention?: number;
  readonly auditRetention?: number;
  /** How long a running release's canary may be gone from the registry before it pauses (default 15 s). */
  readonly canaryGraceMs?: number;
  /** Take part in the election of the replica that advances releases whose hold ended (default true). */
  readonly releaseLeadership?: boolean;
  /** Sign-in, sessions and tokens (server/http-security.ts); default: local mode. */
  readonly security?: HttpSecurity;
  /** Express `trust proxy` (`--trust-proxy`). */
  readonly trustProxy?: boolean | number | string;
  /** ZooKeeper ACL of every node created under the state root (`--state-acl`). */
  readonly stateAcl?: readonly ZkAclEntry[];
  /** ZooKeeper ACL of the rule nodes the console creates (`--rule-acl`). */
  readonly ruleAcl?: readonly ZkAclEntry[];
}

export interface RunningSwitchboard {
  readonly url: string;
  readonly registryDisplay: string;
  readonly mirror: RegistryMirror;
  /** The console's own registry session (tests expire it to prove the mirror recovers). */
  readonly registryClient: ZkClient;
  readonly governance: GovernanceDeps;
  /** This process's prefix of SSE event ids (`<epoch>-<revision>`). */
  readonly eventEpoch: string;
  /** This replica's place in the election of the one that advances releases by itself. */
  readonly releaseLeader: LeaderElection;
  readonly releaseWatch: ReleaseWatch;
  /** What the release use cases need (the demo prepares its releases through them). */
  readonly releases: ReleaseDeps;
  /** The API's route table as this console mounted it. */
  readonly routes: readonly ApiRoute[];
  stop(): Promise<void>;
}

export async function startSwitchboard(options: SwitchboardOptions): Promise<RunningSwitchboard> {
  const address = parseRegistryAddress(options.registry);
  const logger = options.logger;
  const acls = registryAcls({ registryRoot: address.root, stateRoot: options.stateRoot ?? '/switchboard', stateAcl: options.stateAcl, ruleAcl: options.ruleAcl, logger });
  const client = new ZkClient({ address, logger, acls }); // it names itself module zk
  let leadership: LeaderElection | undefined;
  // Its gauges read the mirror, the client, the event hub and the election when scraped, all set by then.
  const telemetry: ConsoleTelemetry = new ConsoleTelemetry({
    version: options.version,
    source: {
      revision: () => mirror.snapshot.revision,
      state: () => mirror.status.state,
      syncing: () => mirror.status.syncing,
      watchCount: () => client.watchCount,
      sseClients: () => app.hub.clientCount,
      leadsReleases: () => leadership?.isLeader ?? false,
    },
  });
  const mirror: RegistryMirror = new RegistryMirror({
    client,
    root: address.root,
    logger: moduleLogger(logger, 'mirror'),
    onSynced: telemetry.synced,
    ...(options.coalesceMs === undefined ? {} : { coalesceMs: options.coalesceMs }),
  });
  mirror.start();
  // The console serves while the registry connects: the UI shows "connecting" honestly. The client logs
  // each failed connection attempt (one line) and keeps trying; start() giving up waiting says nothing new.
  client.start().catch(() => undefined);
  const stateRoot = options.stateRoot ?? '/switchboard';
  const layout = stateLayout(stateRoot);
  // One audit chain for rule writes and release moves: this console's appends queue behind each other.
  const auditChain = new AuditChainHead(client, layout);
  const governance: GovernanceDeps = { ...governanceDeps(client, mirror, options, auditChain), observe: telemetry.governance };
  const releases = new ReleaseStore(client, layout, auditChain);
  const releaseWatch = new ReleaseWatch(client, layout.releasesFolder, logger);
  releaseWatch.start();
  const tokens = withTokenStore(options.security ?? localSecurity({ clock: governance.clock }), client, stateRoot, logger);
  const app = createApp({
    governance,
    releases,
    releaseEvents: releaseWatch,
    // The election starts once the port (part of this replica's id) is known.
    releaseLeadership: { get isLeader() { return leadership?.isLeader ?? false; } },
    registry: mirror,
    registryAddress: address.display,
    logger,
    version: options.version,
    security: tokens.security,
    telemetry: { http: telemetry.http, releases: telemetry.releases, metrics: telemetry },
    ...(options.trustProxy === undefined ? {} : { trustProxy: options.trustProxy }),
    ...(options.clientDir === undefined ? {} : { clientDir: options.clientDir }),
  });
  const server = http.createServer(app.app);
  server.listen(options.port, options.host);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const candidateId = `${hostname()}:${port} (pid ${process.pid})`;
  const releaseLeader = new LeaderElection({ client, path: `${stateRoot}/leader/releases`, candidateId, logger });
  leadership = releaseLeader;
  const releaseDeps: ReleaseDeps = { governance, store: releases, observe: telemetry.releases };
  const automationActor: Actor = { user: `switchboard:${candidateId}`, via: 'automation' };
  const runner = new ReleaseRunner({
    leadership: releaseLeader,
    releases: releaseWatch,
    act: (id, move, moveOptions) => actOnRelease(releaseDeps, id, move, moveOptions, automationActor),
    registry: { get snapshot() { return mirror.snapshot; }, onChange: (listener) => mirror.onChange(() => listener()) },
    pause: (id, request) => pauseRelease(releaseDeps, id, { ...request, actor: automationActor }),
    ...(options.canaryGraceMs === undefined ? {} : { canaryGraceMs: options.canaryGraceMs }),
    clock: governance.clock,
    logger,
  });
  runner.start();
  if (options.releaseLeadership ?? true) releaseLeader.start();
  return {
    url: `http://${host}:${port}/`,
    registryDisplay: address.display,
    mirror,
    registryClient: client,
    governance,
    eventEpoch: app.hub.epoch,
    releaseLeader,
    releaseWatch,
    releases: releaseDeps,
    routes: app.routes,
    async stop() {
      runner.stop();
      await releaseLeader.stop();
      releaseWatch.stop();
      tokens.store?.stop();
      app.stop();
      mirror.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await client.stop();
    },
  };
}

/** Builds what the governance use cases need: the ZooKeeper stores under the state root, a clock, a pause. */
function governanceDeps(client: ZkClient, mirror: RegistryMirror, options: SwitchboardOptions, chain: AuditChainHead): GovernanceDeps {
  const logger = moduleLogger(options.logger, 'governance');
  const rules = new RuleStore({
    client,
    stateRoot: options.stateRoot ?? '/switchboard',
    logger,
    chain,
    ...(options.historyRetention === undefined ? {} : { historyRetention: options.historyRetention }),
    ...(options.auditRetention === undefined ? {} : { auditRetention: options.auditRetention }),
  });
  return {
    registry: mirror,
    rules,
    history: new HistoryStore(client, rules.layout),
    audit: new AuditStore(client, rules.layout),
    queue: new RuleWriteQueue(),
    clock: () => new Date(),
    // Jittered and growing, so two replicas that collided do not collide again in lockstep.
    pause: (attempt) => new Promise((resolve) => setTimeout(resolve, Math.round(Math.random() * 30 * attempt))),
    log: logger,
    legacyDefault: options.legacyRules ?? false,
  };
}
