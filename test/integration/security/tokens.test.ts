// API tokens: created by a signed-in person (the secret answered once, ZooKeeper holding only its hash),
// sent as `Authorization: Bearer` with the owner's role and no CSRF token, refused when expired, revoked
// or malformed, never able to mint tokens; listing and revoking others' tokens is for admins; a token
// created on one replica works on another at once and a revocation reaches it within a second.

import { afterEach, describe, expect, it } from 'vitest';
import type { Role } from '../../../server/contract/session.ts';
import type { CreatedToken, TokenList } from '../../../server/contract/tokens.ts';
import * as fx from '../../fixtures/registry/mixed-registry.ts';
import { writeHeaders } from '../../support/csrf.ts';
import type { SeededSwitchboard } from '../../support/seeded-switchboard.ts';
import { startSeededSwitchboard } from '../../support/seeded-switchboard.ts';
import { startTestConsole } from '../../support/test-console.ts';
import { requireZooKeeper, useZooKeeper } from '../../support/use-zookeeper.ts';
import { usersSecurity } from '../../support/users-security.ts';
import { PEOPLE, personOf, signIn, startTeamConsole } from './team-console.ts';

const WEIGHT = `/api/services/${encodeURIComponent(fx.DEMO)}/instances/10.0.0.4:20880/weight`;
const DAY_MS = 86_400_000;

interface Answer<T = unknown> {
  readonly status: number;
  readonly body: T;
  readonly code: string | undefined;
}

async function send<T = unknown>(base: string, method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<Answer<T>> {
  const res = await fetch(new URL(path, base), { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const text = await res.text();
  const parsed = (text ? JSON.parse(text) : undefined) as T & { error?: { code?: string } };
  return { status: res.status, body: parsed, code: parsed?.error?.code };
}

const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });
const bearerWrite = (token: string): Record<string, string> => ({ ...bearer(token), 'content-type': 'application/json' });

describe.runIf(requireZooKeeper())('API tokens', () => {
  const zk = useZooKeeper();
  const stops: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  });
  const team = async (options: Parameters<typeof startTeamConsole>[1] = {}): Promise<SeededSwitchboard> => {
    const started = await startTeamConsole(zk.connectString, options);
    stops.push(() => started.stop());
    return started;
  };

  async function createToken(base: string, role: Role, body: unknown = { name: `${role} ci` }): Promise<CreatedToken> {
    const cookie = await signIn(base, personOf(role));
    const res = await send<CreatedToken>(base, 'POST', '/api/tokens', await writeHeaders(base, cookie), body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }

  it('answers the secret once and keeps only its hash in ZooKeeper', async () => {
    const { app } = await team();
    const created = await createToken(app.url, 'operator', { name: 'deploy bot', expiresInDays: 30 });
    expect(created).toMatchObject({ name: 'deploy bot', owner: 'olga', role: 'operator', expiresAt: expect.any(String) });
    expect(created.token).toMatch(/^sbt_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    expect(created.token).toContain(created.id);
    const secret = created.token.slice(`sbt_${created.id}_`.length);
    const { data } = await app.registryClient.getData(`/switchboard/tokens/${created.id}`);
    const stored = data?.toString('utf8') ?? '';
    expect(JSON.parse(stored)).toMatchObject({ id: created.id, owner: 'olga', name: 'deploy bot', hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(stored).not.toContain(secret);
    // The listing never shows the secret again.
    const cookie = await signIn(app.url, personOf('operator'));
    const list = await send<TokenList>(app.url, 'GET', '/api/tokens', { cookie });
    expect(list.body.items).toEqual([{ id: created.id, name: 'deploy bot', owner: 'olga', role: 'operator', createdAt: created.createdAt, expiresAt: created.expiresAt }]);
    expect(JSON.stringify(list.body)).not.toContain(secret);
  });

  it("acts with the owner's role, without a CSRF token, and cannot mint tokens", async () => {
    const { app } = await team();
    const operator = await createToken(app.url, 'operator');
    const viewer = await createToken(app.url, 'viewer');
    expect((await send(app.url, 'GET', '/api/services', bearer(viewer.token))).status).toBe(200);
    const session = await send(app.url, 'GET', '/api/session', bearer(operator.token));
    expect(session.body).toMatchObject({ user: 'olga', role: 'operator', via: 'token', csrfToken: null });
    const weight = { weight: 42, reason: 'token test' };
    expect(await send(app.url, 'PUT', WEIGHT, bearerWrite(operator.token), weight)).toMatchObject({ status: 200 });
    expect(await send(app.url, 'PUT', WEIGHT, bearerWrite(viewer.token), weight)).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(await send(app.url, 'POST', '/api/tokens', bearerWrite(operator.token), { name: 'child' })).toMatchObject({ status: 403, code: 'TOKEN_NOT_ALLOWED' });
    expect(await send(app.url, 'DELETE', `/api/tokens/${viewer.id}`, bearer(operator.token))).toMatchObject({ status: 403, code: 'TOKEN_NOT_ALLOWED' });
  });

  it('refuses expired, unknown and malformed tokens with 401 INVALID_TOKEN', async () => {
    let now = Date.now();
    const { app } = await team({ security: await usersSecurity(PEOPLE, { clock: () => new Date(now) }) });
    const created = await createToken(app.url, 'viewer', { name: 'short', expiresInDays: 1 });
    expect((await send(app.url, 'GET', '/api/services', bearer(created.token))).status).toBe(200);
    now += 2 * DAY_MS;
    expect(await send(app.url, 'GET', '/api/services', bearer(created.token))).toMatchObject({ status: 401, code: 'INVALID_TOKEN' });
    const wrongSecret = `sbt_${created.id}_${'A'.repeat(43)}`;
    const unknownId = created.token.replace(created.id, 'ffffffffffffffff');
    for (const authorization of [`Bearer ${wrongSecret}`, `Bearer ${unknownId}`, 'Bearer', 'Basic dmljOnBhc3M=', `Bearer ${created.token} extra`, 'Bearer not-a-token']) {
      expect(await send(app.url, 'GET', '/api/services', { authorization }), authorization).toMatchObject({ status: 401, code: 'INVALID_TOKEN' });
    }
  });

  it('lists your own tokens; everyone’s only for admins', async () => {
    const { app } = await team();
    const mine = await createToken(app.url, 'viewer');
    const theirs = await createToken(app.url, 'operator');
    const vic = await signIn(app.url, personOf('viewer'));
    const ada = await signIn(app.url, personOf('admin'));
    const ids = (answer: Answer<TokenList>): string[] => answer.body.items.map((t) => t.id).sort();
    expect(ids(await send<TokenList>(app.url, 'GET', '/api/tokens?owner=me', { cookie: vic }))).toEqual([mine.id]);
    expect(await send(app.url, 'GET', '/api/tokens?owner=all', { cookie: vic })).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(ids(await send<TokenList>(app.url, 'GET', '/api/tokens', { cookie: ada }))).toEqual([]);
    expect(ids(await send<TokenList>(app.url, 'GET', '/api/tokens?owner=all', { cookie: ada }))).toEqual([mine.id, theirs.id].sort());
    // A token may list its owner's tokens (a read).
    expect(ids(await send<TokenList>(app.url, 'GET', '/api/tokens', bearer(mine.token)))).toEqual([mine.id]);
    expect(await send(app.url, 'GET', '/api/tokens?owner=everyone', { cookie: ada })).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
  });

  it('revokes your own token; someone else’s only as an admin (404 otherwise)', async () => {
    const { app } = await team();
    const olgas = await createToken(app.url, 'operator');
    const vics = await createToken(app.url, 'viewer');
    const vic = await signIn(app.url, personOf('viewer'));
    const ada = await signIn(app.url, personOf('admin'));
    expect(await send(app.url, 'DELETE', `/api/tokens/${olgas.id}`, await writeHeaders(app.url, vic))).toMatchObject({ status: 404, code: 'TOKEN_NOT_FOUND' });
    expect((await send(app.url, 'GET', '/api/services', bearer(olgas.token))).status).toBe(200);
    expect((await send(app.url, 'DELETE', `/api/tokens/${vics.id}`, await writeHeaders(app.url, vic))).status).toBe(204);
    expect(await send(app.url, 'GET', '/api/services', bearer(vics.token))).toMatchObject({ status: 401, code: 'INVALID_TOKEN' });
    expect((await send(app.url, 'DELETE', `/api/tokens/${olgas.id}`, await writeHeaders(app.url, ada))).status).toBe(204);
    expect(await send(app.url, 'GET', '/api/services', bearer(olgas.token))).toMatchObject({ status: 401, code: 'INVALID_TOKEN' });
    expect(await send(app.url, 'DELETE', `/api/tokens/${olgas.id}`, await writeHeaders(app.url, ada))).toMatchObject({ status: 404, code: 'TOKEN_NOT_FOUND' });
    expect(await app.registryClient.exists(`/switchboard/tokens/${olgas.id}`)).toBeUndefined();
  });

  it('works on another replica at once, and a revocation reaches it within a second', async () => {
    const shared = await usersSecurity(PEOPLE);
    const first = await team({ security: shared });
    const own = await usersSecurity([]);
    if (own.auth.mode !== 'users' || shared.auth.mode !== 'users') throw new Error('users mode expected');
    const second = await startTestConsole(`zookeeper://${first.connect}`, { security: { ...own, auth: { ...own.auth, users: shared.auth.users } } });
    stops.push(() => second.stop());
    const created = await createToken(first.app.url, 'viewer');
    expect((await send(second.url, 'GET', '/api/services', bearer(created.token))).status).toBe(200);
    const vic = await signIn(first.app.url, personOf('viewer'));
    expect((await send(first.app.url, 'DELETE', `/api/tokens/${created.id}`, await writeHeaders(first.app.url, vic))).status).toBe(204);
    const deadline = Date.now() + 1000;
    let status = 200;
    while (status !== 401 && Date.now() < deadline) status = (await send(second.url, 'GET', '/api/services', bearer(created.token))).status;
    expect(status, 'refused on the second replica within 1 s of the revocation').toBe(401);
  });

  it('needs a users file: local mode answers 409 TOKENS_NEED_USERS', async () => {
    const seeded = await startSeededSwitchboard(zk.connectString, { prefix: 'tokens-local' });
    stops.push(() => seeded.stop());
    const base = seeded.app.url;
    expect(await send(base, 'POST', '/api/tokens', await writeHeaders(base), { name: 'x' })).toMatchObject({ status: 409, code: 'TOKENS_NEED_USERS' });
    expect(await send(base, 'GET', '/api/tokens', {})).toMatchObject({ status: 409, code: 'TOKENS_NEED_USERS' });
  });
});
