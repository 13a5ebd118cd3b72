/**
 * What the governance use cases need from the outside world, injected by the composition root
 * (server/switchboard.ts): the mirror's snapshot (providers and their registered state), the ZooKeeper
 * stores, a clock, a pause between compare-and-set attempts, and a logger. Nothing here is global.
 */
import type { RegistrySnapshot } from '../registry/registry-snapshot.ts';
import type { AuditStore } from './audit-store.ts';
import type { GovernanceObserver } from './governance-observer.ts';
import type { HistoryStore } from './history-store.ts';
import type { RuleStore } from './rule-store.ts';
import type { RuleWriteQueue } from './rule-write-queue.ts';

/** The slice of a pino logger governance uses (one JSON line per write). */
export interface GovernanceLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

export interface GovernanceDeps {
  readonly registry: { readonly snapshot: RegistrySnapshot; readonly status: { readonly syncing: boolean } };
  readonly rules: Pick<RuleStore, 'readRule' | 'commit' | 'existingNodes'>;
  readonly history: Pick<HistoryStore, 'list' | 'read' | 'managedNodes'>;
  readonly audit: Pick<AuditStore, 'list' | 'verify'>;
  readonly queue: RuleWriteQueue;
  readonly clock: () => Date;
  /** A short jittered wait (grows with `attempt`), so replicas stop colliding in lockstep. */
  readonly pause: (attempt: number) => Promise<void>;
  readonly log: GovernanceLog;
  /** Write the Dubbo 2.6 override copies unless a request says otherwise (`--legacy-rules`). */
  readonly legacyDefault: boolean;
  /** Told how each write ended and of each lost compare-and-set (the console's metrics); omitted → nobody. */
  readonly observe?: GovernanceObserver;
}

/**
 * Who is acting, as the audit trail records it: the user (or a token's owner, or `switchboard:<replica>` for
 * the release leader), how they were authenticated, and — for a request — where it came from and its id.
 * History records and release documents keep only `user`; audit entries carry every field.
 */
export interface Actor {
  readonly user: string;
  readonly via: 'local' | 'session' | 'token' | 'automation';
  /** The API token's name when `via` is `token`. */
  readonly token?: string;
  /** The client address (the real one behind `--trust-proxy`). */
  readonly source?: string;
  /** The request id, also the `X-Request-Id` response header. */
  readonly requestId?: string;
}
