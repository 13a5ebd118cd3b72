/**
 * API tokens for automation, as the console keeps them: only a SHA-256 of the secret is stored (in
 * ZooKeeper under `<stateRoot>/tokens`, so every replica sees a revocation within a second). A token acts
 * with its owner's current role (looked up in the users file at each request).
 */
export interface TokenRecord {
  /** Public id, also the ZooKeeper node name and the part of the bearer string before the secret. */
  readonly id: string;
  readonly name: string;
  readonly owner: string;
  readonly createdAt: string;
  /** ISO time; null = until revoked. */
  readonly expiresAt: string | null;
  /** Hex SHA-256 of the secret. */
  readonly hash: string;
}

export interface NewToken {
  readonly owner: string;
  readonly name: string;
  readonly expiresAt: Date | null;
}

export interface TokenDirectory {
  /** Creates a token; the bearer string is returned here once and never again. */
  create(input: NewToken, now: Date): Promise<{ readonly token: string; readonly record: TokenRecord }>;
  list(): Promise<readonly TokenRecord[]>;
  /** Removes the token; false when no token has that id. */
  revoke(id: string): Promise<boolean>;
  /** The token a bearer string belongs to, when its secret matches and it has not expired; else undefined. */
  verify(bearer: string, now: Date): Promise<TokenRecord | undefined>;
}
