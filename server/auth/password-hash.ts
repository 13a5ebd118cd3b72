/**
 * Password hashes the users file may hold: argon2id PHC strings (what `npm run users -- hash` makes) and
 * bcrypt hashes (`$2a$`/`$2b$`/`$2y$`, e.g. from `htpasswd -B`). Anything else is not a hash — most likely a
 * password typed in by hand — and the users file refuses it. Verification never throws: a malformed hash
 * simply matches nothing.
 */
import { hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2';
import bcrypt from 'bcryptjs';

export type PasswordHashKind = 'argon2id' | 'bcrypt';

const ARGON2ID = /^\$argon2id\$v=19\$m=\d{1,7},t=\d{1,3},p=\d{1,3}\$[A-Za-z0-9+/]{11,}\$[A-Za-z0-9+/]{16,}$/;
const BCRYPT = /^\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}$/;

/** OWASP's argon2id minimum: 19 MiB, 2 passes, 1 lane. */
export const ARGON2ID_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** A real argon2id hash of a random password nobody knows: checked for unknown users, so timing tells nothing. */
export const DUMMY_PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$Np344QLSk68tLtD3jR9XKg$1m6Zt5lKaN02FL55pl5Vf5VgaK3wFU7LOHtWsfafdro';

export function passwordHashKind(text: string): PasswordHashKind | undefined {
  if (ARGON2ID.test(text)) return 'argon2id';
  if (BCRYPT.test(text)) return 'bcrypt';
  return undefined;
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    switch (passwordHashKind(passwordHash)) {
      case 'argon2id':
        return await argon2Verify(passwordHash, password);
      case 'bcrypt':
        // bcryptjs reads $2y$ (PHP/htpasswd) as the $2b$ it is.
        return await bcrypt.compare(password, passwordHash.replace(/^\$2y\$/, '$2b$'));
      default:
        return false;
    }
  } catch {
    return false;
  }
}

export function hashPassword(password: string): Promise<string> {
  return argon2Hash(password, ARGON2ID_OPTIONS);
}
