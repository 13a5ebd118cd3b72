// GET /api/openapi.json against a real console: it is public and valid OpenAPI 3.1, it lists exactly the
// routes the Express app serves (walked from the app's router stack, not the route table, outside /api
// too), and what it says about input and answers is what the handlers do: every documented query
// parameter and body is validated (400 VALIDATION_FAILED), and every GET answer parses with its schema.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/http/create-app.ts';
import { openApiPath } from '../../server/http/openapi/documented-route.ts';
import { localSecurity } from '../../server/http-security.ts';
import type { SeededSwitchboard } from '../support/seeded-switchboard.ts';
import { requireZooKeeper, useZooKeeper } from '../support/use-zookeeper.ts';
import { routeKey, samplePath, servedRoutes } from './security/route-walk.ts';
import { type Caller, personOf, sessionCaller, startTeamConsole } from './security/team-console.ts';

type Operation = { parameters: Array<{ name: string; in: string }>; requestBody?: unknown; responses: Record<string, unknown> };
type Document = { info: { version: string }; paths: Record<string, Record<string, Operation>> };

/** What the app serves that the document leaves out on purpose: the built client's SPA fallback. */
const NOT_DOCUMENTED = ['GET /{*spa}'];

const operations = (doc: Document): Array<{ key: string; path: string; method: string; op: Operation }> =>
  Object.entries(doc.paths).flatMap(([p, methods]) => Object.entries(methods).map(([method, op]) => ({ key: `${method.toUpperCase()} ${p}`, path: p, method, op })));

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe.runIf(requireZooKeeper())('OpenAPI document', () => {
  const zk = useZooKeeper();
  let team: SeededSwitchboard & { stop(): Promise<void> };
  let admin: Caller;
  let doc: Document;

  beforeAll(async () => {
    team = await startTeamConsole(zk.connectString);
    admin = await sessionCaller(team.app.url, personOf('admin'));
    const res = await fetch(new URL('/api/openapi.json', team.app.url));
    expect(res.status).toBe(200);
    doc = (await res.json()) as Document;
  }, 60_000);
  afterAll(async () => {
    await team?.stop();
  });

  it('is served to anyone, valid OpenAPI 3.1, with the console’s version', async () => {
    expect(await new Validator().validate(doc as unknown as Parameters<Validator['validate']>[0])).toEqual({ valid: true });
    const health = (await (await fetch(new URL('/api/health', team.app.url))).json()) as { version: string };
    expect(doc.info.version).toBe(health.version);
    expect(operations(doc).map((o) => o.key)).toContain('GET /api/openapi.json');
  });

  it('lists exactly the routes the app serves, inside /api and outside it', async () => {
    const clientDir = mkdtempSync(path.join(tmpdir(), 'switchboard-client-'));
    writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>client</title>');
    const { app, stop } = createApp({
      registry: team.app.mirror,
      registryAddress: 'test',
      logger: pino({ level: 'silent' }),
      version,
      clientDir,
      governance: team.app.governance,
      releases: team.app.releases.store,
      security: localSecurity(),
    });
    const server: Server = createServer(app);
    try {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const own = (await (await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/openapi.json`)).json()) as Document;
      expect(own.info.version).toBe(version);
      const served = servedRoutes(app);
      for (const excluded of NOT_DOCUMENTED) expect(served).toContain(excluded);
      const documented = served.filter((key) => !NOT_DOCUMENTED.includes(key)).map((key) => key.replace(/ (.*)$/, (_m, p: string) => ` ${openApiPath(p)}`));
      expect(documented.sort()).toEqual(operations(own).map((o) => o.key).sort());
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      stop();
    }
  });

  it('validates every documented query parameter in the handler', async () => {
    const problems: string[] = [];
    const checked: string[] = [];
    for (const { key, path: p, op } of operations(doc)) {
      for (const param of op.parameters.filter((x) => x.in === 'query')) {
        const url = new URL(`${samplePath(p.replace(/\{(\w+)\}/g, ':$1'))}?${param.name}=${'x'.repeat(600)}`, team.app.url);
        const res = await fetch(url, { headers: admin.read });
        const body = (await res.json()) as { error?: { code?: string; details?: { issues?: Array<{ path: string }> } } };
        checked.push(`${key} ${param.name}`);
        if (res.status !== 400 || body.error?.code !== 'VALIDATION_FAILED' || body.error.details?.issues?.[0]?.path !== param.name) {
          problems.push(`${key}?${param.name}=… → ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checked.length).toBeGreaterThan(20);
  });

  it('validates every documented request body in the handler', async () => {
    const problems: string[] = [];
    const withBody = operations(doc).filter((o) => o.op.requestBody !== undefined);
    for (const { key, path: p, method } of withBody) {
      const res = await fetch(new URL(samplePath(p.replace(/\{(\w+)\}/g, ':$1')), team.app.url), {
        method: method.toUpperCase(),
        headers: admin.write,
        body: JSON.stringify({ notInTheContract: [] }),
      });
      const body = (await res.json()) as { error?: { code?: string } };
      if (res.status !== 400 || body.error?.code !== 'VALIDATION_FAILED') problems.push(`${key} → ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
    }
    expect(problems).toEqual([]);
    expect(withBody.length).toBeGreaterThanOrEqual(15);
  });

  it('answers every GET route without path parameters with its documented schema', async () => {
    const problems: string[] = [];
    const reads = team.app.routes.filter((r) => r.method === 'get' && !r.path.includes(':'));
    for (const route of reads) {
      const controller = new AbortController();
      const res = await fetch(new URL(`/api${route.path}`, team.app.url), { headers: admin.read, signal: controller.signal });
      const answer = route.answers.find((a) => a.status === res.status);
      if (answer?.kind === 'json') {
        const parsed = answer.schema.safeParse(await res.json());
        if (!parsed.success) problems.push(`${routeKey(route)}: ${parsed.error.message.slice(0, 300)}`);
      } else if (answer?.kind === 'media') {
        if (!(res.headers.get('content-type') ?? '').startsWith(answer.mediaType)) problems.push(`${routeKey(route)}: ${res.headers.get('content-type')}`);
      } else {
        problems.push(`${routeKey(route)}: undocumented status ${res.status}`);
      }
      controller.abort();
    }
    expect(problems).toEqual([]);
    expect(reads.length).toBeGreaterThan(8);
  });
});
