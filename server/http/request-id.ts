/** Gives every request an id of our own (never one a client sends): `X-Request-Id`, the log and the audit entry. */
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { setRequestId } from './request-context.ts';

export function requestId(): RequestHandler {
  return (_req, res, next) => {
    const id = randomUUID();
    setRequestId(res, id);
    res.setHeader('X-Request-Id', id);
    next();
  };
}
