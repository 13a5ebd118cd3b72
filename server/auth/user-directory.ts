/**
 * The people who may sign in, as the users file (server/auth/users-file.ts) lists them. The file is re-read
 * when it changes, so every lookup goes through `find` at request time: a removed user or a changed role or
 * password takes effect on the next request, sessions and tokens included.
 */
import type { Role } from '../contract/session.ts';

export interface UserRecord {
  readonly name: string;
  readonly role: Role;
  /** An argon2id PHC string (`$argon2id$v=19$…`) or a bcrypt hash (`$2a$`/`$2b$`/`$2y$`). */
  readonly passwordHash: string;
}

export interface UserDirectory {
  find(name: string): UserRecord | undefined;
}
