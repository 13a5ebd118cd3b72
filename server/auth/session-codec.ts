/**
 * Signed, expiring session cookies that any replica can check with the shared secret and nothing else
 * (no server-side session memory). The value is `<payload>.<signature>`: base64url JSON
 * `{u: user, s: session id, e: expiry ms, p: password fingerprint}` and its HMAC-SHA256 under a key derived
 * from `--session-secret`. The password fingerprint ties a session to the password it was opened with, so
 * changing a user's password in the users file ends their open sessions; a removed user or changed role
 * is read from the users file at each request.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface SessionClaims {
  readonly user: string;
  readonly sessionId: string;
  /** Expiry, ms since the epoch. */
  readonly expiresAt: number;
  readonly passwordFingerprint: string;
}

/** At least 32 characters of secret: a short secret can be brute-forced from one captured cookie. */
export const MIN_SECRET_LENGTH = 32;

export function passwordFingerprint(passwordHash: string): string {
  return createHash('sha256').update(passwordHash).digest('base64url').slice(0, 16);
}

export class SessionCodec {
  private readonly signingKey: Buffer;
  private readonly csrfKey: Buffer;

  constructor(
    secret: string,
    readonly ttlMs: number,
  ) {
    if (secret.length < MIN_SECRET_LENGTH) throw new Error(`the session secret must be at least ${MIN_SECRET_LENGTH} characters`);
    // Separate keys per purpose, so a CSRF token can never be replayed as a signature or the other way round.
    this.signingKey = createHmac('sha256', secret).update('switchboard session signing').digest();
    this.csrfKey = createHmac('sha256', secret).update('switchboard csrf').digest();
  }

  issue(user: string, passwordHash: string, now: Date): { readonly value: string; readonly claims: SessionClaims } {
    const claims: SessionClaims = {
      user,
      sessionId: randomBytes(16).toString('base64url'),
      expiresAt: now.getTime() + this.ttlMs,
      passwordFingerprint: passwordFingerprint(passwordHash),
    };
    const payload = Buffer.from(JSON.stringify({ u: claims.user, s: claims.sessionId, e: claims.expiresAt, p: claims.passwordFingerprint })).toString('base64url');
    return { value: `${payload}.${this.sign(payload)}`, claims };
  }

  /** The claims of a well-signed, unexpired cookie value; undefined for anything else. */
  verify(value: string, now: Date): SessionClaims | undefined {
    const dot = value.indexOf('.');
    if (dot <= 0 || value.length > 1024) return undefined;
    const payload = value.slice(0, dot);
    const signature = Buffer.from(value.slice(dot + 1), 'base64url');
    const expected = Buffer.from(this.sign(payload), 'base64url');
    if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) return undefined;
    let raw: unknown;
    try {
      raw = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return undefined;
    }
    if (typeof raw !== 'object' || raw === null) return undefined;
    const { u, s, e, p } = raw as Record<string, unknown>;
    if (typeof u !== 'string' || typeof s !== 'string' || typeof e !== 'number' || typeof p !== 'string') return undefined;
    if (e <= now.getTime()) return undefined;
    return { user: u, sessionId: s, expiresAt: e, passwordFingerprint: p };
  }

  /** The CSRF token of a session (or of local mode, with a fixed id): derived, so every replica agrees on it. */
  csrfToken(sessionId: string): string {
    return createHmac('sha256', this.csrfKey).update(sessionId).digest('base64url');
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.signingKey).update(payload).digest('base64url');
  }
}

/** Constant-time comparison of two strings (lengths may differ). */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
