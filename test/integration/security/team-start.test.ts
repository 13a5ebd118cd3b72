// Starting the console for a team, as an operator does (`npm start` = server/main.ts): the refusals at
// start (no users on a non-loopback address, users without a secret, a plain-text password), and a real
// start in users mode where sign-in works and an edit of the users file takes effect without a restart.

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hash } from '@node-rs/argon2';
import { afterEach, describe, expect, it } from 'vitest';
import { startConsoleProcess, type ConsoleProcess } from '../../support/console-process.ts';
import { waitFor } from '../../support/wait-for.ts';
import { signIn } from './team-console.ts';

const REPO = fileURLToPath(new URL('../../..', import.meta.url));
const SECRET = 'team-start-test-secret-0123456789abcdefghij';

function refusal(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stderr: string }> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SWITCHBOARD_')));
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'server/main.ts', '--no-demo', '--port', '0', ...args], { cwd: REPO, env: { ...clean, ...env }, timeout: 30_000 }, (error, _stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stderr });
    });
  });
}

describe('starting for a team', () => {
  const dirs: string[] = [];
  const consoles: ConsoleProcess[] = [];
  afterEach(async () => {
    for (const c of consoles.splice(0)) await c.stop();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const usersFile = async (role: string, password = 'alice-password'): Promise<string> => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-team-'));
    dirs.push(dir);
    const path = join(dir, 'users.yaml');
    writeFileSync(path, `users:\n  - name: alice\n    role: ${role}\n    password: "${await hash(password)}"\n`);
    return path;
  };

  it('refuses a non-loopback address without users, naming --users', async () => {
    const { code, stderr } = await refusal(['--host', '0.0.0.0']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Refusing to bind 0\.0\.0\.0 without users.*--users <file>/);
  });

  it('refuses users without a session secret, or with a short one — there is no default', async () => {
    const path = await usersFile('viewer');
    const none = await refusal(['--users', path]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/needs a session secret.*no built-in default/);
    const short = await refusal(['--users', path], { SWITCHBOARD_SESSION_SECRET: 'password' });
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/at least 32 characters/);
  });

  it('refuses a users file with a plain-text password, without printing it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-team-'));
    dirs.push(dir);
    const path = join(dir, 'users.yaml');
    writeFileSync(path, 'users:\n  - name: root\n    role: admin\n    password: root\n');
    const { code, stderr } = await refusal(['--users', path, '--session-secret', SECRET]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/user root: "password" is not an argon2id or bcrypt hash\. Plain-text passwords are refused/);
    expect(stderr).not.toMatch(/password: root/);
  });

  it('starts in users mode on any address: sign-in required, and the users file is followed live', async () => {
    const path = await usersFile('viewer');
    const started = startConsoleProcess(['--no-demo', '--port', '0', '--host', '0.0.0.0', '--users', path], { SWITCHBOARD_SESSION_SECRET: SECRET });
    consoles.push(started);
    const url = (await started.consoleUrl()).replace('0.0.0.0', '127.0.0.1');
    expect(started.startRecord()?.['mode']).toEqual({ kind: 'team', users: 1, usersFile: path });
    expect((await fetch(new URL('/api/services', url))).status).toBe(401);
    const cookie = await signIn(url, { name: 'alice', password: 'alice-password' });
    const whoAmI = async () => ((await (await fetch(new URL('/api/session', url), { headers: { cookie } })).json()) as { role: string | null });
    expect(await whoAmI()).toMatchObject({ role: 'viewer' });
    expect((await fetch(new URL('/api/services', url), { headers: { cookie } })).status).toBe(200);
    writeFileSync(path, `users:\n  - name: alice\n    role: operator\n    password: "${await hash('alice-password')}"\n`);
    // A new hash of the same password is a changed password: the old session ends, a new sign-in is operator.
    await waitFor(async () => ((await whoAmI()).role === null ? true : undefined), { message: 'users file reloaded' });
    const again = await signIn(url, { name: 'alice', password: 'alice-password' });
    expect(((await (await fetch(new URL('/api/session', url), { headers: { cookie: again } })).json()) as { role: string }).role).toBe('operator');
    expect(started.stdout()).not.toContain(SECRET);
  });
});
