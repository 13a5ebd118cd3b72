// Spellings of protected paths and headers a client controls never reach a handler without credentials:
// access belongs to the route Express matched, so every variant that matches a route meets its check, and
// nothing else (User-Agent, X-Forwarded-For, X-Original-URL, a `/login` suffix) is ever consulted.
// Raw HTTP requests, so dot segments and double slashes reach the server exactly as written.

import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeededSwitchboard } from '../../support/seeded-switchboard.ts';
import { requireZooKeeper, useZooKeeper } from '../../support/use-zookeeper.ts';
import { samplePath } from './route-walk.ts';
import { startTeamConsole } from './team-console.ts';

function rawRequest(base: string, method: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const body = method === 'GET' ? undefined : '{}';
    const sized = body === undefined ? {} : { 'content-length': String(body.length) };
    const req = http.request({ host: url.hostname, port: url.port, method, path, headers: { host: url.host, ...sized, ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
        if (text.length > 4096) res.destroy();
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.on('close', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', (error) => reject(new Error(`${method} ${path}: ${error.message}`)));
    req.end(body);
  });
}

/** Ways of writing `/api<path>` that a naive path check might let through. */
function spellings(path: string): string[] {
  const [first = '', ...rest] = path.slice(1).split('/');
  const tail = rest.length > 0 ? `/${rest.join('/')}` : '';
  return [
    `/api${path}`,
    `/api${path}/`,
    `/API${path.toUpperCase()}`,
    `/api/${first.charAt(0).toUpperCase()}${first.slice(1)}${tail}`,
    `//api${path}`,
    `/api/${path}`,
    `/api${path}//`,
    `/api/%${first.charCodeAt(0).toString(16)}${first.slice(1)}${tail}`,
    `/api/health/..${path}`,
    `/api/health/%2e%2e${path}`,
    `/api/health/%2E%2E${path}`,
    `/api/session/..${path}`,
    `/api/./${path.slice(1)}`,
    `/api${path}/login`,
    `/api${path};/login`,
    `/api${path}?/login`,
    `/api${path}%2flogin`,
    `/api${path}?next=/login`,
    `/api${path}/..;/login`,
    `/api${path}%00`,
    `/api${path}.json`,
  ];
}

const SPOOFS: ReadonlyArray<Record<string, string>> = [
  { 'user-agent': 'Nacos-Server' },
  { 'x-forwarded-for': '127.0.0.1', 'x-real-ip': '127.0.0.1' },
  { 'x-original-url': '/api/health', 'x-rewrite-url': '/api/health' },
  { 'x-forwarded-host': 'localhost', 'x-forwarded-proto': 'https' },
  { authorization: 'Basic YWRtaW46YWRtaW4=' },
  { authorization: 'Bearer ' },
  { cookie: 'switchboard_session=eyJ1IjoiYWRhIn0.AAAA' },
  { cookie: 'switchboard_session=' },
  { 'x-csrf-token': 'anything', origin: 'http://127.0.0.1' },
];

describe.runIf(requireZooKeeper())('path and header tricks', () => {
  const zk = useZooKeeper();
  let team: SeededSwitchboard & { stop(): Promise<void> };
  beforeAll(async () => {
    team = await startTeamConsole(zk.connectString);
  }, 60_000);
  afterAll(async () => {
    await team?.stop();
  });

  it('never answers a protected route to an anonymous caller, however its path is spelt', async () => {
    const leaks: string[] = [];
    let refused = 0;
    for (const route of team.app.routes.filter((r) => r.access.min !== 'public')) {
      for (const path of spellings(samplePath(route.path))) {
        const { status, body } = await rawRequest(team.app.url, route.method.toUpperCase(), path);
        // 401 = the route's check refused; 404/400 from the router itself = no handler matched (an
        // unroutable path). A 2xx, or a handler's own validation error, would mean a handler ran.
        const handlerRan = status < 300 || /VALIDATION_FAILED|_NOT_FOUND"|"INVALID_/.test(body) && !/ROUTE_NOT_FOUND/.test(body);
        if (handlerRan || status >= 500) leaks.push(`${route.method.toUpperCase()} ${path} → ${status} ${body.slice(0, 120)}`);
        if (status === 401) refused += 1;
      }
    }
    expect(leaks).toEqual([]);
    expect(refused).toBeGreaterThan(team.app.routes.length * 5);
  });

  it('ignores headers a client controls when deciding who is calling', async () => {
    const leaks: string[] = [];
    for (const route of team.app.routes.filter((r) => r.access.min !== 'public')) {
      for (const headers of SPOOFS) {
        const { status, body } = await rawRequest(team.app.url, route.method.toUpperCase(), `/api${samplePath(route.path)}`, {
          'content-type': 'application/json',
          ...headers,
        });
        if (status !== 401) leaks.push(`${route.method.toUpperCase()} ${route.path} with ${JSON.stringify(headers)} → ${status} ${body.slice(0, 120)}`);
      }
    }
    expect(leaks).toEqual([]);
  });
});
