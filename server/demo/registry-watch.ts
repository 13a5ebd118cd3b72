import type { Logger } from 'pino';
import { isZkError } from '../zk/zk-error.ts';
import type { ZkClient } from '../zk/zk-client.ts';
import type { ZkWatcher } from '../zk/zk-watch-event.ts';

/**
 * What one simulated Dubbo application instance knows of the registry: the children of the folders and the
 * content of the rule nodes it subscribed to, kept fresh with one-shot watches re-armed by the read that
 * answers each event (the way Dubbo's ZookeeperRegistry and config center listen). Paths are subscribed
 * lazily by asking for them; `revision` grows whenever an answer changes, so readers can memoise on it.
 * After a new session every path is read again: the old session's watches are gone for good.
 */
type Kind = 'children' | 'data';

interface Entry {
  readonly kind: Kind;
  readonly path: string;
  readonly watcher: ZkWatcher;
  /** undefined = not read yet; null = the node does not exist. */
  value: readonly string[] | string | null | undefined;
  loading: boolean;
  again: boolean;
  retry: NodeJS.Timeout | undefined;
}

const RETRY_MS = 500;

export class RegistryWatch {
  private readonly entries = new Map<string, Entry>();
  private inFlight = 0;
  private idleWaiters: (() => void)[] = [];
  private stopped = false;
  private currentRevision = 0;

  constructor(
    private readonly client: ZkClient,
    private readonly logger: Logger,
  ) {}

  get revision(): number {
    return this.currentRevision;
  }

  /** Children of `path` (watched from now on); undefined while unknown or when the node is missing. */
  children(path: string): readonly string[] | undefined {
    const value = this.subscribe('children', path).value;
    return Array.isArray(value) ? value : undefined;
  }

  /** UTF-8 content of `path` (watched from now on); undefined while unknown or when the node is missing. */
  data(path: string): string | undefined {
    const value = this.subscribe('data', path).value;
    return typeof value === 'string' ? value : undefined;
  }

  /** Resolves once no read is in flight (answers to everything asked so far have arrived). */
  whenIdle(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** A new session lost every watch: read (and so re-arm) everything again. */
  resync(): void {
    for (const entry of this.entries.values()) this.load(entry);
  }

  stop(): void {
    this.stopped = true;
    for (const entry of this.entries.values()) clearTimeout(entry.retry);
    this.releaseIdleWaiters();
  }

  private subscribe(kind: Kind, path: string): Entry {
    const key = `${kind}:${path}`;
    let entry = this.entries.get(key);
    if (entry === undefined) {
      const created: Entry = { kind, path, watcher: () => this.load(created), value: undefined, loading: false, again: false, retry: undefined };
      entry = created;
      this.entries.set(key, created);
      this.load(created);
    }
    return entry;
  }

  private load(entry: Entry): void {
    if (this.stopped) return;
    if (entry.loading) {
      entry.again = true;
      return;
    }
    clearTimeout(entry.retry);
    entry.retry = undefined;
    entry.loading = true;
    this.inFlight += 1;
    this.read(entry)
      .then((value) => {
        if (!sameValue(entry.value, value)) {
          entry.value = value;
          this.currentRevision += 1;
        }
      })
      .catch((error: unknown) => {
        if (this.stopped || isZkError(error, 'CLOSED')) return;
        this.logger.debug({ err: error, path: entry.path }, 'registry read failed; retrying');
        entry.retry = setTimeout(() => this.load(entry), RETRY_MS);
      })
      .finally(() => {
        entry.loading = false;
        this.inFlight -= 1;
        if (entry.again) {
          entry.again = false;
          this.load(entry);
        }
        if (this.inFlight === 0) this.releaseIdleWaiters();
      });
  }

  private async read(entry: Entry): Promise<readonly string[] | string | null> {
    if (entry.kind === 'children') return (await this.client.getChildrenIfExists(entry.path, entry.watcher)) ?? null;
    for (;;) {
      try {
        const { data } = await this.client.getData(entry.path, entry.watcher);
        return data === undefined ? '' : data.toString('utf8');
      } catch (error) {
        if (!isZkError(error, 'NO_NODE')) throw error;
      }
      // Missing: an existence watch tells us when it appears. Created meanwhile → read it after all.
      if ((await this.client.exists(entry.path, entry.watcher)) === undefined) return null;
    }
  }

  private releaseIdleWaiters(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}

function sameValue(a: Entry['value'], b: Entry['value']): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}
