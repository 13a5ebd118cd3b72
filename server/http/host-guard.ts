/**
 * DNS-rebinding defence for local mode. A console without users trusts whoever reaches its loopback port,
 * so a foreign site that re-points its own name at 127.0.0.1 would be "same origin" with it and could read
 * its CSRF token. Browsers always send the name they resolved as `Host`: local mode answers only requests
 * addressed to a loopback name.
 */
import type { RequestHandler } from 'express';
import { forbiddenError } from '../errors/domain-error.ts';

export function isLoopbackHost(hostHeader: string): boolean {
  const host = hostHeader.trim().toLowerCase();
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '');
  return name === 'localhost' || name.endsWith('.localhost') || name === '[::1]' || /^127(\.\d{1,3}){3}$/.test(name);
}

export function loopbackHostGuard(): RequestHandler {
  return (req, _res, next) => {
    const host = req.get('host') ?? '';
    if (!isLoopbackHost(host)) {
      throw forbiddenError('HOST_NOT_ALLOWED', `A console without users answers only on a loopback name (localhost, 127.0.0.1); this request was addressed to "${host}"`);
    }
    next();
  };
}
