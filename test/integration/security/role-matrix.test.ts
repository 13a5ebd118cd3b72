// The role matrix, generated from the route table: every API route × anonymous / viewer / operator / admin
// (signed-in sessions and API tokens of each) / local mode → allowed or refused, against this file's own statement of what each
// route needs. A route added without a line here fails the first test; a route mounted outside the table
// fails the second. Allowed writes are sent with empty bodies, so they stop at validation and change nothing.
// The endpoints outside /api (GET /metrics) are walked the same way, from their own declarations.

import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../server/contract/session.ts';
import type { ApiRoute } from '../../../server/http/api-route.ts';
import { createApp } from '../../../server/http/create-app.ts';
import { METRICS_ENDPOINT } from '../../../server/http/routes/metrics-route.ts';
import { localSecurity } from '../../../server/http-security.ts';
import { startSeededSwitchboard, type SeededSwitchboard } from '../../support/seeded-switchboard.ts';
import { requireZooKeeper, useZooKeeper } from '../../support/use-zookeeper.ts';
import { writeHeaders } from '../../support/csrf.ts';
import { ANONYMOUS_CALLER, type Caller, PEOPLE, sessionCaller, startTeamConsole } from './team-console.ts';
import { expressRoutes, rootRoutes, routeKey, samplePath } from './route-walk.ts';

type Need = 'public' | Role;

/** What each route needs, stated independently of the table it checks. */
const NEEDS: Readonly<Record<string, Need>> = {
  'GET /health': 'public',
  'GET /openapi.json': 'public',
  'GET /session': 'public',
  'POST /session': 'public',
  'DELETE /session': 'viewer',
  'POST /tokens': 'viewer',
  'GET /tokens': 'viewer',
  'DELETE /tokens/:id': 'viewer',
  'GET /services': 'viewer',
  'GET /services/:key': 'viewer',
  'GET /applications': 'viewer',
  'GET /applications/:name': 'viewer',
  'GET /topology': 'viewer',
  'GET /warnings': 'viewer',
  'GET /events': 'viewer',
  'PUT /services/:target/instances/:address/weight': 'operator',
  'PUT /services/:target/instances/:address/enabled': 'operator',
  'PUT /applications/:target/instances/:address/weight': 'operator',
  'PUT /applications/:target/instances/:address/enabled': 'operator',
  'POST /governance/operations': 'operator',
  'GET /rules': 'viewer',
  'GET /rules/:node': 'viewer',
  'GET /rules/:node/history': 'viewer',
  'POST /rules/:node/rollback': 'admin',
  'GET /audit': 'viewer',
  'GET /audit/verify': 'admin',
  'GET /releases': 'viewer',
  'POST /releases': 'operator',
  'GET /releases/:id': 'viewer',
  'POST /releases/:id/start': 'operator',
  'POST /releases/:id/advance': 'operator',
  'POST /releases/:id/pause': 'operator',
  'POST /releases/:id/resume': 'operator',
  'POST /releases/:id/promote': 'operator',
  'POST /releases/:id/rollback': 'operator',
};

/** What the endpoints outside /api need: a scraper reads /metrics with a viewer's API token in team mode. */
const ROOT_NEEDS: Readonly<Record<string, Need>> = { 'GET /metrics': 'viewer' };

interface Endpoint extends Pick<ApiRoute, 'method' | 'path' | 'access'> {
  /** The path as requested: `/api/…` for API routes. */
  readonly url: string;
}

/** Every endpoint the console serves behind an access check: the API's route table, then /metrics. */
const endpoints = (routes: readonly ApiRoute[]): Endpoint[] => [
  ...routes.map((r) => ({ method: r.method, path: r.path, access: r.access, url: `/api${samplePath(r.path)}` })),
  { ...METRICS_ENDPOINT, url: METRICS_ENDPOINT.path },
];

const needOf = (endpoint: Endpoint): Need => NEEDS[routeKey(endpoint)] ?? ROOT_NEEDS[routeKey(endpoint)] ?? 'admin';

/** Routes an API token may not use even with the role: signing out and managing tokens need a person. */
const INTERACTIVE = new Set(['DELETE /session', 'POST /tokens', 'DELETE /tokens/:id']);

const RANK: Record<Need, number> = { public: 0, viewer: 1, operator: 2, admin: 3 };
const REFUSALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'TOKEN_NOT_ALLOWED', 'CSRF_TOKEN_INVALID', 'CSRF_REJECTED']);

async function send(base: string, route: Endpoint, caller: Caller): Promise<{ status: number; code: string | undefined }> {
  const write = route.method !== 'get';
  const controller = new AbortController();
  const res = await fetch(new URL(route.url, base), {
    method: route.method.toUpperCase(),
    headers: write ? caller.write : caller.read,
    ...(write ? { body: '{}' } : {}),
    signal: controller.signal,
  });
  let code: string | undefined;
  if ((res.headers.get('content-type') ?? '').includes('json')) {
    code = ((await res.json().catch(() => ({}))) as { error?: { code?: string } }).error?.code;
  }
  controller.abort(); // the event stream never ends by itself
  return { status: res.status, code };
}

describe.runIf(requireZooKeeper())('role matrix', () => {
  const zk = useZooKeeper();
  let team: SeededSwitchboard & { stop(): Promise<void> };
  let local: SeededSwitchboard & { stop(): Promise<void> };
  const callers: Array<{ caller: Caller; rank: number; token?: boolean }> = [];

  beforeAll(async () => {
    team = await startTeamConsole(zk.connectString);
    local = await startSeededSwitchboard(zk.connectString, { prefix: 'local' });
    callers.push({ caller: ANONYMOUS_CALLER, rank: 0 });
    for (const person of PEOPLE) {
      const session = await sessionCaller(team.app.url, person);
      callers.push({ caller: session, rank: RANK[person.role] });
      const created = await fetch(new URL('/api/tokens', team.app.url), { method: 'POST', headers: session.write, body: JSON.stringify({ name: 'matrix' }) });
      const { token } = (await created.json()) as { token: string };
      const bearer = { authorization: `Bearer ${token}` };
      callers.push({ caller: { label: `${person.role} token`, read: bearer, write: { ...bearer, 'content-type': 'application/json' } }, rank: RANK[person.role], token: true });
    }
  }, 60_000);
  afterAll(async () => {
    await team?.stop();
    await local?.stop();
  });

  it('states what every route in the table needs, and the table declares exactly that', () => {
    const table = Object.fromEntries(team.app.routes.map((r) => [routeKey(r), r.access.min]));
    expect(Object.keys(table).sort()).toEqual(Object.keys(NEEDS).sort());
    expect(table).toEqual(NEEDS);
    expect(team.app.routes.filter((r) => r.access.interactive === true).map(routeKey).sort()).toEqual([...INTERACTIVE].sort());
    expect({ [routeKey(METRICS_ENDPOINT)]: METRICS_ENDPOINT.access.min }).toEqual(ROOT_NEEDS);
  });

  it('mounts no API route outside the table', () => {
    const { app, stop } = createApp({
      registry: team.app.mirror,
      registryAddress: 'test',
      logger: pino({ level: 'silent' }),
      version: 'test',
      governance: team.app.governance,
      releases: team.app.releases.store,
      security: localSecurity(),
      telemetry: { http: { request: () => undefined }, releases: { transition: () => undefined }, metrics: { scrape: async () => '' } },
    });
    try {
      expect(expressRoutes(app).sort()).toEqual(team.app.routes.map(routeKey).sort());
      expect(rootRoutes(app)).toEqual(Object.keys(ROOT_NEEDS));
    } finally {
      stop();
    }
  });

  it('answers every route for every role as the matrix says, in users mode', async () => {
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const route of endpoints(team.app.routes)) {
      const need = RANK[needOf(route)];
      for (const { caller, rank, token } of callers) {
        const { status, code } = await send(team.app.url, route, caller);
        const refused = status === 401 || (status === 403 && code !== undefined && REFUSALS.has(code));
        outcomes.push(`${routeKey(route)} as ${caller.label}: ${refused ? `refused ${status} ${code}` : 'allowed'}`);
        const refusal =
          rank < need ? (rank === 0 ? '401 UNAUTHENTICATED' : '403 FORBIDDEN') : token === true && INTERACTIVE.has(routeKey(route)) ? '403 TOKEN_NOT_ALLOWED' : undefined;
        expected.push(`${routeKey(route)} as ${caller.label}: ${refusal === undefined ? 'allowed' : `refused ${refusal}`}`);
        expect(status, `${routeKey(route)} as ${caller.label}`).toBeLessThan(500);
      }
    }
    expect(outcomes).toEqual(expected);
  });

  it('lets local mode (the loopback operator) use every route', async () => {
    const headers = await writeHeaders(local.app.url);
    const caller: Caller = { label: 'local', read: {}, write: headers };
    const refused: string[] = [];
    for (const route of endpoints(local.app.routes)) {
      const { status, code } = await send(local.app.url, route, caller);
      if (status === 401 || (status === 403 && code !== undefined && REFUSALS.has(code))) refused.push(`${routeKey(route)}: ${status} ${code}`);
    }
    expect(refused).toEqual([]);
  });
});
