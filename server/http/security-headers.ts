/**
 * Response headers every answer carries (helmet): a Content-Security-Policy that fits the built client —
 * scripts and workers only from the console itself, no inline script, nothing may frame the console —
 * plus nosniff, a strict referrer policy and no `X-Powered-By`. Inline styles stay allowed: React Flow
 * positions nodes with style attributes.
 */
import helmet from 'helmet';
import type { RequestHandler } from 'express';

export function securityHeaders(options: { readonly hsts: boolean }): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
    // Only over TLS (or behind a TLS-terminating proxy): HSTS on plain-HTTP loopback would pin localhost.
    strictTransportSecurity: options.hsts ? { maxAge: 15_552_000 } : false,
    xFrameOptions: { action: 'deny' },
  });
}
