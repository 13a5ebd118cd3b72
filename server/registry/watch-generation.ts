/**
 * One generation of the mirror's watches: every read and watch armed from one full sync on. The mirror
 * retires a generation when a new resync starts or it stops; from then on its reads and watch events are
 * ignored, so a slow answer of an old session can never overwrite a newer one. Within a generation each path
 * holds at most one armed watch, and a listed folder syncs only the children it lists for the first time.
 */
import type { Logger } from 'pino';
import type { ZkWatcher } from '../zk/zk-watch-event.ts';
import { ChildTracker } from './child-tracker.ts';
import type { ReadLimiter } from './read-limiter.ts';
import type { RevisionCoalescer } from './revision-coalescer.ts';
import { folderKindOf, initialNodes, type MirrorLayout, type WatchedNode } from './watched-folder-kinds.ts';
import { leftWatchArmed, readChildren, readData, type WatchedRead, type ZkReader } from './watched-read.ts';

export interface WatchGenerationDeps {
  readonly client: ZkReader;
  readonly limiter: ReadLimiter;
  readonly revisions: RevisionCoalescer;
  readonly logger: Logger;
}

export class WatchGeneration {
  /** Paths with a watch armed and not yet fired. */
  private readonly armed = new Set<string>();
  private readonly tracker = new ChildTracker();
  /** Nodes whose read failed on a lost connection, by path. */
  private readonly lost = new Map<string, WatchedNode>();
  private retired = false;

  constructor(private readonly deps: WatchGenerationDeps) {}

  /** Reads everything from the layout's initial nodes down; rejects when the connection was lost. */
  syncAll(layout: MirrorLayout): Promise<void> {
    return Promise.all(initialNodes(layout).map((node) => this.sync(node))).then(() => undefined);
  }

  /** Same session, watches intact: redoes the reads that failed while the connection was down. */
  redoLostReads(): number {
    const nodes = [...this.lost.values()];
    this.lost.clear();
    for (const node of nodes) this.syncInBackground(node);
    return nodes.length;
  }

  retire(): void {
    this.retired = true;
  }

  /**
   * The one sync routine for every watched kind: reads `node` (arming its next watch), puts what it found
   * into the draft and syncs what lies under the children listed for the first time.
   */
  private async sync(node: WatchedNode): Promise<void> {
    const kind = folderKindOf(node);
    const read = await this.read(node, kind.reads);
    if (read === undefined || this.retired) return;
    const { revisions } = this.deps;
    if (kind.reads === 'data') {
      kind.apply(revisions.draft, node, read.kind === 'data' ? read.node : undefined);
      revisions.changed();
      // A read of a missing node arms no watch: untrack it, or a quick re-creation listed by the parent
      // (which still counts it as known) would never be read.
      if (read.kind === 'missing') this.tracker.forget(...splitPath(node.path));
      return;
    }
    const listed = kind.apply(revisions.draft, node, read.kind === 'children' ? read.names : undefined);
    revisions.changed();
    const fresh = this.tracker.track(node.path, listed);
    await Promise.all(fresh.flatMap((child) => kind.expand(node, child)).map((next) => this.sync(next)));
  }

  /** Its children, its data or that it is missing; undefined when there is nothing to apply. */
  private async read(node: WatchedNode, reads: 'children' | 'data'): Promise<WatchedRead | undefined> {
    if (this.retired) return undefined;
    const { client, limiter, revisions } = this.deps;
    const read = await limiter.run(() => {
      const watcher = this.watcher(node);
      return reads === 'children' ? readChildren(client, node.path, watcher) : readData(client, node.path, watcher);
    });
    if (!leftWatchArmed(read, reads)) this.armed.delete(node.path); // so the next read of it arms one
    if (this.retired) return undefined;
    if (read.kind === 'lost') {
      this.lost.set(node.path, node);
      throw read.error;
    }
    if (read.kind === 'failed') {
      // A node we may not read (ACL) or a reply the client could not decode: say so, keep going.
      revisions.draft.addWarning(`read:${node.path}`, 'READ_FAILED', `${node.path}: ${errorText(read.error)}`);
      revisions.changed();
      return undefined;
    }
    revisions.draft.removeWarning(`read:${node.path}`);
    return read;
  }

  /** A one-shot watcher: fires at most once; the sync it triggers arms the next. */
  private watcher(node: WatchedNode): ZkWatcher | undefined {
    if (this.armed.has(node.path)) return undefined;
    this.armed.add(node.path);
    return () => {
      this.armed.delete(node.path);
      if (!this.retired) this.syncInBackground(node);
    };
  }

  private syncInBackground(node: WatchedNode): void {
    this.sync(node).catch((error: unknown) => {
      // A lost read is kept in `lost`: a reconnection in the same session redoes it, a new session resyncs.
      if (!this.retired) this.deps.logger.warn({ err: error }, 'registry read failed');
    });
  }
}

function splitPath(path: string): [parent: string, child: string] {
  const slash = path.lastIndexOf('/');
  return [slash <= 0 ? '/' : path.slice(0, slash), path.slice(slash + 1)];
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
