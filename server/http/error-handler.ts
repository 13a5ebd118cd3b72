/**
 * The one place that maps errors to HTTP. Domain errors keep their stable code; anything
 * else is a 500 with a request id, logged once with its cause.
 */
import { randomUUID } from 'node:crypto';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { ApiError } from '../contract/api-error.ts';
import { DomainError, TooManyRequestsError, type DomainErrorKind } from '../errors/domain-error.ts';

const STATUS: Record<DomainErrorKind, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'unsupported-media': 415,
  'too-many-requests': 429,
  unavailable: 503,
};

export function errorBody(code: string, message: string, details?: unknown, requestId?: string): ApiError {
  return {
    error: { code, message, ...(details === undefined ? {} : { details }), ...(requestId ? { requestId } : {}) },
  };
}

export function notFoundHandler(): RequestHandler {
  return (req, res) => {
    res.status(404).json(errorBody('ROUTE_NOT_FOUND', `No API route for ${req.method} ${req.path}`));
  };
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    if (error instanceof DomainError) {
      if (error instanceof TooManyRequestsError) res.setHeader('Retry-After', String(error.retryAfterSeconds));
      res.status(STATUS[error.kind]).json(errorBody(error.code, error.message, error.details));
      return;
    }
    const status = httpStatusOf(error);
    if (status && status >= 400 && status < 500) {
      // Express/body-parser errors: malformed JSON, payload too large.
      const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
      res.status(status).json(errorBody(code, error instanceof Error ? error.message : 'Bad request'));
      return;
    }
    const requestId = randomUUID();
    logger.error({ err: error, requestId }, 'unhandled error');
    res.status(500).json(errorBody('INTERNAL', 'Internal error; see the server log for this request id', undefined, requestId));
  };
}

function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as { status?: unknown; statusCode?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' ? status : undefined;
}
