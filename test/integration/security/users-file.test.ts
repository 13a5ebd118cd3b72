// The users file on a real file system: live reload (in place and by rename, as editors and config
// management write it), a bad edit keeping the users already loaded, and `npm run users` making hashes
// and maintaining the file.

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../../server/auth/password-hash.ts';
import { parseUsersFile, UsersFileError } from '../../../server/auth/users-file.ts';
import { UsersFileWatch } from '../../../server/auth/users-file-watch.ts';
import { waitFor } from '../../support/wait-for.ts';

const REPO = fileURLToPath(new URL('../../..', import.meta.url));
const ARGON = '$argon2id$v=19$m=19456,t=2,p=1$Np344QLSk68tLtD3jR9XKg$1m6Zt5lKaN02FL55pl5Vf5VgaK3wFU7LOHtWsfafdro';
const file = (...users: Array<[string, string]>) => `users:\n${users.map(([n, r]) => `  - {name: ${n}, role: ${r}, password: "${ARGON}"}\n`).join('')}`;

function cli(args: string[], stdin: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, ['--import', 'tsx', 'server/users-cli.ts', ...args], { cwd: REPO }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
    child.stdin?.end(stdin);
  });
}

describe('users file', () => {
  const dirs: string[] = [];
  const watches: UsersFileWatch[] = [];
  afterEach(() => {
    for (const w of watches.splice(0)) w.stop();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-users-'));
    dirs.push(dir);
    return dir;
  };

  it('re-reads the file when it changes in place or is replaced, and keeps the last good users on a bad edit', async () => {
    const path = join(tempDir(), 'users.yaml');
    writeFileSync(path, file(['alice', 'viewer']));
    const lines: Array<{ level: string; fields: Record<string, unknown>; message: string }> = [];
    const log = (level: string) => (fields: object, message: string) => void lines.push({ level, fields: fields as Record<string, unknown>, message });
    const watch = new UsersFileWatch({ path, logger: { info: log('info'), warn: log('warn') }, pollMs: 200 });
    watches.push(watch);
    watch.start();
    expect(watch.find('alice')?.role).toBe('viewer');

    writeFileSync(path, file(['alice', 'admin'], ['bob', 'operator']));
    await waitFor(() => (watch.find('bob') ? true : undefined), { message: 'bob added in place' });
    expect(watch.find('alice')?.role).toBe('admin');

    const temp = `${path}.tmp`;
    writeFileSync(temp, file(['carol', 'viewer']));
    renameSync(temp, path);
    await waitFor(() => (watch.find('carol') && !watch.find('bob') ? true : undefined), { message: 'replaced by rename' });

    writeFileSync(path, 'users:\n  - {name: mallory, role: admin, password: letmein}\n');
    await waitFor(() => (lines.some((l) => l.level === 'warn') ? true : undefined), { message: 'bad edit reported' });
    expect(watch.find('carol')?.role).toBe('viewer');
    expect(watch.find('mallory')).toBeUndefined();
    const warning = lines.find((l) => l.level === 'warn');
    expect(warning?.message).toMatch(/keeping the users already loaded/);
    expect(String(warning?.fields['reason'])).toMatch(/Plain-text passwords are refused/);
    expect(JSON.stringify(lines)).not.toContain('letmein');
  });

  it('refuses to start on a missing file or a plain-text password', () => {
    const dir = tempDir();
    const quiet = { info: () => undefined, warn: () => undefined };
    expect(() => new UsersFileWatch({ path: join(dir, 'none.yaml'), logger: quiet }).start()).toThrow(/cannot read the users file \(ENOENT\)/);
    const plain = join(dir, 'plain.yaml');
    writeFileSync(plain, 'users:\n  - {name: root, role: admin, password: root}\n');
    expect(() => new UsersFileWatch({ path: plain, logger: quiet }).start()).toThrow(UsersFileError);
  });

  it('hashes a password from stdin, and adds and updates users in place keeping comments', async () => {
    const hashed = await cli(['hash'], 'pa55word\n');
    expect(hashed.code).toBe(0);
    const line = hashed.stdout.trim();
    expect(await verifyPassword(line, 'pa55word')).toBe(true);

    const path = join(tempDir(), 'users.yaml');
    writeFileSync(path, `# who may sign in\nusers:\n  - name: alice # the lead\n    role: viewer\n    password: "${ARGON}"\n`);
    expect((await cli(['add', 'bob', '--role', 'operator', '--file', path], 'bobs-password\n')).stdout).toMatch(/added bob \(operator\)/);
    expect((await cli(['add', 'alice', '--role', 'admin', '--file', path], 'alices-new-password\n')).stdout).toMatch(/updated alice \(admin\)/);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('# who may sign in');
    expect(text).toContain('# the lead');
    const users = parseUsersFile(text, path);
    expect(users.map((u) => [u.name, u.role])).toEqual([['alice', 'admin'], ['bob', 'operator']]);
    expect(await verifyPassword(users[1]?.passwordHash ?? '', 'bobs-password')).toBe(true);
    expect(await verifyPassword(users[0]?.passwordHash ?? '', 'alices-new-password')).toBe(true);
    expect(text).not.toContain('bobs-password');

    const fresh = join(tempDir(), 'new.yaml');
    expect((await cli(['add', 'ada', '--role', 'viewer', '--file', fresh], 'x\n')).code).toBe(0);
    expect(statSync(fresh).mode & 0o777).toBe(0o600);
    expect(parseUsersFile(readFileSync(fresh, 'utf8'), fresh).map((u) => u.name)).toEqual(['ada']);

    const bad = await cli(['add', 'eve', '--role', 'root', '--file', fresh], 'x\n');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--role must be viewer, operator or admin/);
    expect((await cli(['add', 'eve', '--role', 'viewer', '--file', fresh], '')).stderr).toMatch(/no password/);
  });
});
