// Fuzzing every API route with thousands of random and hostile bodies, queries and path parameters, as
// anonymous, viewer, operator and admin: no answer is a 5xx, every caller below a route's role is refused,
// nothing the refused callers sent changed ZooKeeper, and the console is still healthy afterwards.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiRoute } from '../../../server/http/api-route.ts';
import type { SeededSwitchboard } from '../../support/seeded-switchboard.ts';
import { requireZooKeeper, useZooKeeper } from '../../support/use-zookeeper.ts';
import { zkTree } from '../../support/zk-tree.ts';
import { hostileBody, hostileParam, hostileQuery, seededRng, type Rng } from './hostile-values.ts';
import { routeKey, samplePath } from './route-walk.ts';
import { ANONYMOUS_CALLER, type Caller, PEOPLE, sessionCaller, startTeamConsole } from './team-console.ts';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20261203);
const PER_ROUTE_AND_CALLER = 40;
const RANK = { public: 0, viewer: 1, operator: 2, admin: 3 } as const;

interface Outcome {
  readonly status: number;
  readonly code: string | undefined;
}

async function fuzzOnce(base: string, route: ApiRoute, caller: Caller, rng: Rng): Promise<Outcome & { request: string }> {
  const path = rng() < 0.3 ? route.path.replace(/:(\w+)/g, () => hostileParam(rng)) : samplePath(route.path);
  const query = rng() < 0.5 ? hostileQuery(rng) : '';
  const write = route.method !== 'get';
  const body = write ? hostileBody(rng) : undefined;
  const request = `${route.method.toUpperCase()} /api${path}${query ? `?${query}` : ''}${body === undefined ? '' : ` ${body.slice(0, 200)}`}`;
  const controller = new AbortController();
  const res = await fetch(new URL(`/api${path}${query ? `?${query}` : ''}`, base), {
    method: route.method.toUpperCase(),
    headers: write ? caller.write : caller.read,
    ...(body === undefined ? {} : { body }),
    signal: controller.signal,
  });
  const code = (res.headers.get('content-type') ?? '').includes('json')
    ? ((await res.json().catch(() => ({}))) as { error?: { code?: string } }).error?.code
    : undefined;
  controller.abort();
  return { status: res.status, code, request };
}

describe.runIf(requireZooKeeper())('API fuzzing', () => {
  const zk = useZooKeeper();
  let team: SeededSwitchboard & { stop(): Promise<void> };
  const callers: Array<{ caller: Caller; rank: number }> = [];
  // The console's own session with ZooKeeper keeps leader-election and ephemeral nodes: compare the rest.
  const owned = (tree: Record<string, string>) => Object.fromEntries(Object.entries(tree).filter(([p]) => !p.includes('/leader/')));

  beforeAll(async () => {
    team = await startTeamConsole(zk.connectString);
    callers.push({ caller: ANONYMOUS_CALLER, rank: 0 });
    for (const person of PEOPLE) callers.push({ caller: await sessionCaller(team.app.url, person), rank: RANK[person.role] });
  }, 60_000);
  afterAll(async () => {
    await team?.stop();
  });

  it(`refuses every caller below a route's role and changes nothing for them (seed ${SEED})`, async () => {
    const rng = seededRng(SEED);
    const before = owned(await zkTree(team.registrar.client, '/'));
    const problems: string[] = [];
    let sent = 0;
    for (const route of team.app.routes) {
      for (const { caller, rank } of callers.filter((c) => c.rank < RANK[route.access.min])) {
        for (let i = 0; i < PER_ROUTE_AND_CALLER; i += 1) {
          const { status, code, request } = await fuzzOnce(team.app.url, route, caller, rng);
          sent += 1;
          const refused = rank === 0 ? status === 401 || status === 404 : (status === 403 && code === 'FORBIDDEN') || status === 404;
          if (!refused) problems.push(`${caller.label}: ${request} → ${status} ${code}`);
        }
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(sent).toBeGreaterThan(1000);
    expect(owned(await zkTree(team.registrar.client, '/'))).toEqual(before);
  }, 300_000);

  it(`answers hostile input from allowed callers with 4xx or success, never 5xx (seed ${SEED + 1})`, async () => {
    const rng = seededRng(SEED + 1);
    const problems: string[] = [];
    let sent = 0;
    for (const route of team.app.routes) {
      for (const { caller } of callers.filter((c) => c.rank >= RANK[route.access.min])) {
        for (let i = 0; i < PER_ROUTE_AND_CALLER; i += 1) {
          const { status, code, request } = await fuzzOnce(team.app.url, route, caller, rng);
          sent += 1;
          if (status >= 500) problems.push(`${caller.label}: ${request} → ${status} ${code}`);
        }
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(sent).toBeGreaterThan(1000);
    const health = await fetch(new URL('/api/health', team.app.url));
    expect(health.status).toBe(200);
    expect(routeKey(team.app.routes[0] as ApiRoute)).toBe('GET /health');
  }, 300_000);
});
