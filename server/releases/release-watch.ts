/**
 * A live copy of every stored release, kept by ZooKeeper watches on the releases folder and on each release
 * document, so the console learns of moves made by any replica (an operator elsewhere, the leader's automatic
 * advance) without polling: the SSE `releases` event and the leader's hold timers read it. One-shot watches
 * are re-armed by the read each one triggers; a new session (watches gone) reloads everything. Documents that
 * do not parse are left out, as the store does.
 */
import type { Logger } from 'pino';
import { moduleLogger } from '../logger.ts';
import type { ZkClient } from '../zk/zk-client.ts';
import { isZkError } from '../zk/zk-error.ts';
import { parseReleaseData, RELEASE_PREFIX, type StoredRelease } from './release-document.ts';

export type ReleaseChangeListener = (ids: readonly string[]) => void;

const RETRY_MS = 1000;

export class ReleaseWatch {
  private readonly logger: Logger;
  private readonly releases = new Map<string, StoredRelease>();
  private readonly listeners = new Set<ReleaseChangeListener>();
  /** Paths with a watch armed and not yet fired, in the current session. */
  private readonly armed = new Set<string>();
  private unsubscribe: (() => void) | undefined;
  private running = false;
  private retryTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly client: ZkClient,
    private readonly folder: string,
    logger: Logger,
  ) {
    this.logger = moduleLogger(logger, 'release-watch');
  }

  /** Every release known now, newest first. */
  all(): StoredRelease[] {
    return [...this.releases.values()].sort((a, b) => b.release.id.localeCompare(a.release.id));
  }

  onChange(listener: ReleaseChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.unsubscribe = this.client.onStateChange((state, info) => {
      if (state === 'connected' && info.newSession) this.reload();
    });
    if (this.client.state === 'connected') this.reload();
  }

  stop(): void {
    this.running = false;
    clearTimeout(this.retryTimer);
    this.unsubscribe?.();
  }

  /** A new session lost every watch: read the folder and every document again. */
  private reload(): void {
    this.armed.clear();
    this.run(() => this.listFolder(true));
  }

  private run(task: () => Promise<void>): void {
    if (!this.running) return;
    task().catch((error: unknown) => {
      if (!this.running) return;
      this.logger.warn({ err: error }, 'reading the stored releases failed; trying again');
      clearTimeout(this.retryTimer);
      this.retryTimer = setTimeout(() => this.reload(), RETRY_MS);
    });
  }

  private watcher(path: string, then: () => Promise<void>): (() => void) | undefined {
    if (this.armed.has(path)) return undefined;
    this.armed.add(path);
    return () => {
      this.armed.delete(path);
      this.run(then);
    };
  }

  private async listFolder(rereadAll = false): Promise<void> {
    const names = (await this.client.getChildrenIfExists(this.folder, this.watcher(this.folder, () => this.listFolder()))) ?? [];
    const ids = names.filter((name) => name.startsWith(RELEASE_PREFIX));
    const gone = [...this.releases.keys()].filter((id) => !ids.includes(id));
    for (const id of gone) this.releases.delete(id);
    const toRead = rereadAll ? ids : ids.filter((id) => !this.releases.has(id));
    const read = await Promise.all(toRead.map((id) => this.readRelease(id, false)));
    this.notify([...gone, ...toRead.filter((_, i) => read[i])]);
  }

  /** Reads one document (re-arming its watch); answers whether what we hold of it changed. */
  private async readRelease(id: string, notify = true): Promise<boolean> {
    const path = `${this.folder}/${id}`;
    let changed: boolean;
    try {
      const { data, stat } = await this.client.getData(path, this.watcher(path, () => this.readRelease(id).then(() => undefined)));
      const before = this.releases.get(id);
      const release = parseReleaseData(id, data);
      if (release) this.releases.set(id, { release, version: stat.version, path });
      else this.releases.delete(id);
      changed = before?.version !== stat.version || (before !== undefined) !== (release !== undefined);
    } catch (error) {
      if (!isZkError(error, 'NO_NODE')) throw error;
      this.armed.delete(path); // getData on a missing node arms nothing
      changed = this.releases.delete(id);
    }
    if (changed && notify) this.notify([id]);
    return changed;
  }

  private notify(ids: readonly string[]): void {
    if (ids.length === 0) return;
    for (const listener of [...this.listeners]) {
      try {
        listener(ids);
      } catch (error) {
        this.logger.error({ err: error }, 'release change listener threw');
      }
    }
  }
}
