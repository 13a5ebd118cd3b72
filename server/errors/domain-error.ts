/**
 * Domain errors carry a stable `code` that operators can script against and optional
 * `details`. Only `server/http/` maps them to HTTP statuses.
 */
export type DomainErrorKind = 'validation' | 'not-found' | 'conflict' | 'unavailable' | 'forbidden';

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

export const forbiddenError = (code: string, message: string, details?: unknown): DomainError =>
  new DomainError('forbidden', code, message, details);
