/**
 * Domain errors carry a stable `code` that operators can script against and optional
 * `details`. Only `server/http/` maps them to HTTP statuses.
 */
export type DomainErrorKind =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'unsupported-media'
  | 'too-many-requests'
  | 'unavailable';

export class DomainError extends Error {
  readonly kind: DomainErrorKind;
  readonly code: string;
  readonly details: unknown;

  constructor(kind: DomainErrorKind, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'DomainError';
    this.kind = kind;
    this.code = code;
    this.details = details;
  }
}

export const validationError = (code: string, message: string, details?: unknown): DomainError =>
  new DomainError('validation', code, message, details);

export const notFoundError = (code: string, message: string, details?: unknown): DomainError =>
  new DomainError('not-found', code, message, details);

export const conflictError = (code: string, message: string, details?: unknown): DomainError =>
  new DomainError('conflict', code, message, details);

export const registryUnavailableError = (message: string, details?: unknown): DomainError =>
  new DomainError('unavailable', 'REGISTRY_UNAVAILABLE', message, details);

/** ZooKeeper refused the console's credentials for a node (its ACL): 403 REGISTRY_ACCESS_DENIED, details {path}. */
export const registryAccessDeniedError = (message: string, details: { readonly path: string | undefined; readonly code: string }): DomainError =>
  new DomainError('forbidden', 'REGISTRY_ACCESS_DENIED', message, details);

export const forbiddenError = (code: string, message: string, details?: unknown): DomainError =>
  new DomainError('forbidden', code, message, details);

/** No or bad credentials where they are needed (401). */
export const unauthenticatedError = (code: string, message: string, details?: unknown): DomainError =>
  new DomainError('unauthenticated', code, message, details);

/** Too many attempts; `retryAfterSeconds` becomes the `Retry-After` header (429). */
export class TooManyRequestsError extends DomainError {
  readonly retryAfterSeconds: number;
  constructor(code: string, message: string, retryAfterSeconds: number, details?: unknown) {
    super('too-many-requests', code, message, details);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export const unsupportedMediaError = (message: string, details?: unknown): DomainError =>
  new DomainError('unsupported-media', 'UNSUPPORTED_MEDIA_TYPE', message, details);
