/** `switchboard_http_request_duration_seconds{method,route,status_code}`: one observation per finished request. */
import { Histogram, type Registry } from 'prom-client';
import type { HttpRequestObserver } from '../http/request-timing.ts';

export function httpRequestMetrics(registry: Registry): HttpRequestObserver {
  const duration = new Histogram({
    name: 'switchboard_http_request_duration_seconds',
    help: 'HTTP requests by method, route pattern (never the raw URL) and status code, and how long they took',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  return {
    request(timing) {
      duration.observe({ method: timing.method, route: timing.route, status_code: String(timing.statusCode) }, timing.seconds);
    },
  };
}
