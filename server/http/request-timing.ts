/**
 * Times every HTTP request and tells an observer (the console's metrics) its method, route, status and
 * duration once the response is finished. The route is the pattern that took the request — an API route's
 * `/api/services/:key`, never the raw URL — so the label set stays bounded whatever clients send:
 * `/metrics`, `client` for the built UI, `unmatched` for everything else (unknown paths, and requests
 * refused before a route was matched, such as a bad Bearer token). Event streams are not timed: their
 * duration is the client's stay (the SSE client gauge counts them instead).
 */
import type { RequestHandler } from 'express';
import { routeLabelOf, setRouteLabel } from './request-context.ts';

export interface HttpRequestTiming {
  readonly method: string;
  readonly route: string;
  readonly statusCode: number;
  readonly seconds: number;
}

export interface HttpRequestObserver {
  request(timing: HttpRequestTiming): void;
}

export const UNMATCHED_ROUTE = 'unmatched';
export const CLIENT_ROUTE = 'client';

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

export function requestTiming(observer: HttpRequestObserver): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      if ((res.getHeader('content-type')?.toString() ?? '').startsWith('text/event-stream')) return;
      observer.request({
        method: METHODS.has(req.method) ? req.method : 'OTHER',
        route: routeLabelOf(res) ?? UNMATCHED_ROUTE,
        statusCode: res.statusCode,
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
      });
    });
    next();
  };
}

/** Records the route pattern that took the request (mounted first in front of each route's handler). */
export function labelRoute(route: string): RequestHandler {
  return (_req, res, next) => {
    setRouteLabel(res, route);
    next();
  };
}
