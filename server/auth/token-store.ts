/**
 * The API tokens in ZooKeeper: one persistent node per token, `<folder>/<id>`, holding its record (the hash
 * of the secret, never the secret). Every replica keeps a cache of the records, fed by a child watch on the
 * folder (re-armed by the listing each event triggers; listed again on each new session, whose watches are
 * gone), so a revocation anywhere stops the token here as soon as the watch reports the node gone. A token
 * not in the cache yet (created on another replica a moment ago) is read from its node directly.
 * ZooKeeper failures become REGISTRY_UNAVAILABLE.
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { registryUnavailableError } from '../errors/domain-error.ts';
import { moduleLogger } from '../logger.ts';
import type { ZkClient } from '../zk/zk-client.ts';
import { isZkError } from '../zk/zk-error.ts';
import { decodeTokenRecord, encodeTokenRecord, formatBearer, hashSecret, isExpired, parseBearer, secretMatches, TOKEN_ID_PATTERN } from './bearer-token.ts';
import type { NewToken, TokenDirectory, TokenRecord } from './token-directory.ts';

const RETRY_MS = 1000;

export class TokenStore implements TokenDirectory {
  private readonly logger: Logger;
  private readonly cache = new Map<string, TokenRecord>();
  /** The ids of the latest listing: a read that finishes after its node was listed gone is dropped. */
  private listed = new Set<string>();
  private armed = false;
  private running = false;
  private unsubscribe: (() => void) | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private readonly onFolderEvent = (): void => {
    this.armed = false;
    this.run(() => this.listFolder());
  };

  constructor(
    private readonly client: ZkClient,
    private readonly folder: string,
    logger: Logger,
  ) {
    this.logger = moduleLogger(logger, 'token-store');
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

  async create(input: NewToken, now: Date): Promise<{ readonly token: string; readonly record: TokenRecord }> {
    const secret = randomBytes(32).toString('base64url');
    const record: TokenRecord = {
      id: randomBytes(8).toString('hex'),
      name: input.name,
      owner: input.owner,
      createdAt: now.toISOString(),
      expiresAt: input.expiresAt === null ? null : input.expiresAt.toISOString(),
      hash: hashSecret(secret),
    };
    await this.zk(async () => {
      const path = `${this.folder}/${record.id}`;
      try {
        await this.client.create(path, encodeTokenRecord(record));
      } catch (error) {
        if (!isZkError(error, 'NO_NODE')) throw error;
        await this.client.mkdirp(this.folder);
        await this.client.create(path, encodeTokenRecord(record));
      }
    });
    this.listed.add(record.id);
    this.cache.set(record.id, record);
    return { token: formatBearer(record.id, secret), record };
  }

  /** Read from ZooKeeper itself (not the cache): a listing shows what every replica created up to now. */
  async list(): Promise<readonly TokenRecord[]> {
    return this.zk(async () => {
      const ids = ((await this.client.getChildrenIfExists(this.folder)) ?? []).filter((id) => TOKEN_ID_PATTERN.test(id));
      const records = await Promise.all(ids.map((id) => this.readNode(id)));
      return records.filter((r): r is TokenRecord => r !== undefined).sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
    });
  }

  async revoke(id: string): Promise<boolean> {
    if (!TOKEN_ID_PATTERN.test(id)) return false;
    const removed = await this.zk(async () => {
      try {
        await this.client.remove(`${this.folder}/${id}`);
        return true;
      } catch (error) {
        if (isZkError(error, 'NO_NODE')) return false;
        throw error;
      }
    });
    this.listed.delete(id);
    this.cache.delete(id);
    return removed;
  }

  async verify(bearer: string, now: Date): Promise<TokenRecord | undefined> {
    const parsed = parseBearer(bearer);
    if (!parsed) return undefined;
    const record = this.cache.get(parsed.id) ?? (await this.zk(() => this.readNode(parsed.id)));
    if (!record || !secretMatches(parsed.secret, record.hash) || isExpired(record, now)) return undefined;
    return record;
  }

  private async readNode(id: string): Promise<TokenRecord | undefined> {
    try {
      const { data } = await this.client.getData(`${this.folder}/${id}`);
      return decodeTokenRecord(id, data);
    } catch (error) {
      if (isZkError(error, 'NO_NODE')) return undefined;
      throw error;
    }
  }

  private async zk<T>(task: () => Promise<T>): Promise<T> {
    try {
      return await task();
    } catch (error) {
      if (!isZkError(error)) throw error;
      throw registryUnavailableError(`The API tokens in ZooKeeper could not be reached: ${error.message}`, { code: error.code });
    }
  }

  /** A new session lost the watch: list the folder and read every token again. */
  private reload(): void {
    this.armed = false;
    this.run(() => this.listFolder(true));
  }

  private run(task: () => Promise<void>): void {
    if (!this.running) return;
    task().catch((error: unknown) => {
      if (!this.running) return;
      this.logger.warn({ err: error }, 'reading the API tokens failed; trying again');
      clearTimeout(this.retryTimer);
      this.retryTimer = setTimeout(() => this.reload(), RETRY_MS);
    });
  }

  private async listFolder(rereadAll = false): Promise<void> {
    const watcher = this.armed ? undefined : this.onFolderEvent;
    this.armed = true;
    let names: string[] | undefined;
    try {
      names = await this.client.getChildrenIfExists(this.folder, watcher);
    } catch (error) {
      this.armed = false;
      throw error;
    }
    const ids = (names ?? []).filter((id) => TOKEN_ID_PATTERN.test(id));
    this.listed = new Set(ids);
    for (const id of [...this.cache.keys()]) if (!this.listed.has(id)) this.cache.delete(id);
    const toRead = rereadAll ? ids : ids.filter((id) => !this.cache.has(id));
    await Promise.all(
      toRead.map(async (id) => {
        const record = await this.readNode(id);
        if (record && this.listed.has(id)) this.cache.set(id, record);
      }),
    );
  }
}
