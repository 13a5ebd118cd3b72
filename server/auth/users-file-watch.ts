/**
 * The users file, kept current: read once at start (a bad or missing file stops the console from
 * starting), then re-read whenever it changes — an `fs.watch` on its folder (editors and config management
 * replace files by rename, which a watch on the file itself would miss) plus a slow stat poll where
 * watches are unreliable (network and container mounts). A bad edit keeps the users already loaded and
 * says why in the log; it never signs everyone out.
 */
import { readFileSync, statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parseUsersFile, UsersFileError } from './users-file.ts';
import type { UserDirectory, UserRecord } from './user-directory.ts';

export interface UsersFileLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

export interface UsersFileWatchOptions {
  readonly path: string;
  readonly logger: UsersFileLog;
  /** Stat poll interval (default 1 s). */
  readonly pollMs?: number;
}

export class UsersFileWatch implements UserDirectory {
  private users = new Map<string, UserRecord>();
  private watcher: FSWatcher | undefined;
  private poll: NodeJS.Timeout | undefined;
  private stamp = '';
  private pending: NodeJS.Timeout | undefined;

  constructor(private readonly options: UsersFileWatchOptions) {}

  /** Loads the file; throws UsersFileError when it is missing or wrong (the console must not start). */
  start(): void {
    this.users = this.read();
    this.stamp = this.currentStamp();
    this.options.logger.info({ path: this.options.path, users: this.users.size }, 'users file loaded');
    try {
      this.watcher = watch(dirname(this.options.path), (_event, name) => {
        if (name === null || name === basename(this.options.path)) this.soon();
      });
      this.watcher.on('error', () => undefined);
    } catch {
      // No watch on this file system: the poll below still sees changes.
    }
    this.poll = setInterval(() => {
      if (this.currentStamp() !== this.stamp) this.soon();
    }, this.options.pollMs ?? 1000);
    this.poll.unref();
  }

  stop(): void {
    this.watcher?.close();
    if (this.poll) clearInterval(this.poll);
    if (this.pending) clearTimeout(this.pending);
  }

  find(name: string): UserRecord | undefined {
    return this.users.get(name);
  }

  get size(): number {
    return this.users.size;
  }

  /** Editors write in several steps: re-read once the burst of events has settled. */
  private soon(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = setTimeout(() => this.reload(), 50);
    this.pending.unref();
  }

  private reload(): void {
    this.pending = undefined;
    const stamp = this.currentStamp();
    try {
      const users = this.read();
      this.users = users;
      this.stamp = stamp;
      this.options.logger.info({ path: this.options.path, users: users.size }, 'users file reloaded');
    } catch (error) {
      this.stamp = stamp;
      const reason = error instanceof Error ? error.message : String(error);
      this.options.logger.warn({ path: this.options.path, reason }, 'users file not reloaded: keeping the users already loaded');
    }
  }

  private read(): Map<string, UserRecord> {
    let text: string;
    try {
      text = readFileSync(this.options.path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
      throw new UsersFileError(`${this.options.path}: cannot read the users file (${code})`);
    }
    return new Map(parseUsersFile(text, this.options.path).map((user) => [user.name, user]));
  }

  private currentStamp(): string {
    try {
      const stat = statSync(this.options.path);
      return `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
    } catch {
      return 'missing';
    }
  }
}
