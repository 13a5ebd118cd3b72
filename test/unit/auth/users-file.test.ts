import { describe, expect, it } from 'vitest';
import { parseUsersFile, UsersFileError } from '../../../server/auth/users-file.ts';

const ARGON = '$argon2id$v=19$m=19456,t=2,p=1$Np344QLSk68tLtD3jR9XKg$1m6Zt5lKaN02FL55pl5Vf5VgaK3wFU7LOHtWsfafdro';
const BCRYPT = `$2y$10$${'a'.repeat(53)}`;

describe('the users file', () => {
  it('reads users with argon2id and bcrypt hashes, ignoring other keys', () => {
    const text = `# team\nusers:\n  - name: alice\n    role: operator\n    password: "${ARGON}"\n    email: a@example.com\n  - name: bob.ops@corp\n    role: admin\n    password: '${BCRYPT}'\nversion: 2\n`;
    expect(parseUsersFile(text, 'users.yaml')).toEqual([
      { name: 'alice', role: 'operator', passwordHash: ARGON },
      { name: 'bob.ops@corp', role: 'admin', passwordHash: BCRYPT },
    ]);
  });

  it('reads an empty list as nobody', () => {
    expect(parseUsersFile('users: []\n', 'u')).toEqual([]);
  });

  it.each([
    ['not YAML', 'users: [\n', /u\.yaml: not valid YAML \(line \d\)/],
    ['no users list', 'people: []\n', /expected a top-level "users:" list/],
    ['an empty file', '', /expected a top-level "users:" list/],
    ['an entry that is not a map', 'users:\n  - alice\n', /users\[0\]: expected \{name, role, password\}/],
    ['a bad name', `users:\n  - {name: "al ice", role: viewer, password: "${ARGON}"}\n`, /users\[0\]: "name" must be/],
    ['a duplicate name', `users:\n  - {name: a, role: viewer, password: "${ARGON}"}\n  - {name: a, role: admin, password: "${ARGON}"}\n`, /user a is listed twice/],
    ['an unknown role', `users:\n  - {name: a, role: root, password: "${ARGON}"}\n`, /user a: "role" must be viewer, operator or admin/],
    ['a missing password', 'users:\n  - {name: a, role: viewer}\n', /user a: "password" \(a password hash\) is missing/],
    ['a duplicate key', `users:\n  - {name: a, name: b, role: viewer, password: "${ARGON}"}\n`, /not valid YAML/],
  ])('refuses %s with a message saying where', (_what, text, message) => {
    expect(() => parseUsersFile(text, 'u.yaml')).toThrow(UsersFileError);
    expect(() => parseUsersFile(text, 'u.yaml')).toThrow(message);
  });

  it('refuses a plain-text password without repeating it, and says how to make a hash', () => {
    const attempt = () => parseUsersFile('users:\n  - name: alice\n    role: admin\n    password: Sup3rSecret!\n', 'users.yaml');
    expect(attempt).toThrow(/user alice: "password" is not an argon2id or bcrypt hash\. Plain-text passwords are refused.*npm run users -- hash/);
    try {
      attempt();
    } catch (error) {
      expect((error as Error).message).not.toContain('Sup3rSecret');
    }
  });
});
