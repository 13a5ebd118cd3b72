/**
 * The users file: YAML `users: [{name, role, password}]`, where `password` is a hash (password-hash.ts).
 * Parsing is pure and strict about what matters — names, roles, hashes, duplicates — and says exactly which
 * entry is wrong; it never echoes a password. Other keys are ignored (room for comments and tooling).
 */
import { parseDocument } from 'yaml';
import { roleSchema } from '../contract/session.ts';
import { passwordHashKind } from './password-hash.ts';
import type { UserRecord } from './user-directory.ts';

export class UsersFileError extends Error {
  readonly code = 'BAD_USERS_FILE';
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

export function parseUsersFile(text: string, source: string): UserRecord[] {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const line = first?.linePos?.[0]?.line;
    throw new UsersFileError(`${source}: not valid YAML${line ? ` (line ${line})` : ''}: ${first?.message.split('\n')[0] ?? ''}`);
  }
  const root: unknown = doc.toJS();
  const users = typeof root === 'object' && root !== null ? (root as Record<string, unknown>)['users'] : undefined;
  if (!Array.isArray(users)) throw new UsersFileError(`${source}: expected a top-level "users:" list`);
  const seen = new Set<string>();
  return users.map((entry: unknown, index) => {
    const where = `${source}: users[${index}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw new UsersFileError(`${where}: expected {name, role, password}`);
    const { name, role, password } = entry as Record<string, unknown>;
    if (typeof name !== 'string' || !NAME.test(name)) {
      throw new UsersFileError(`${where}: "name" must be 1-64 letters, digits, ".", "_", "-" or "@", starting with a letter or digit`);
    }
    const who = `${source}: user ${name}`;
    if (seen.has(name)) throw new UsersFileError(`${who} is listed twice`);
    seen.add(name);
    const parsedRole = roleSchema.safeParse(role);
    if (!parsedRole.success) throw new UsersFileError(`${who}: "role" must be viewer, operator or admin`);
    if (typeof password !== 'string' || password === '') throw new UsersFileError(`${who}: "password" (a password hash) is missing`);
    if (passwordHashKind(password) === undefined) {
      throw new UsersFileError(
        `${who}: "password" is not an argon2id or bcrypt hash. Plain-text passwords are refused: ` +
          'make a hash with `npm run users -- hash` (or `htpasswd -nB <name>`) and put that in the file',
      );
    }
    return { name, role: parsedRole.data, passwordHash: password };
  });
}
