/**
 * Where the login page goes after signing in: only a same-site relative path (`/services?q=x`). Anything
 * that could leave the console — `//host`, `/\host`, a scheme, control characters — falls back to `/`,
 * so `?next=` is no open redirect. `/login` itself falls back too (no loop).
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next) return '/';
  if (!next.startsWith('/')) return '/';
  if (next.startsWith('//') || next.startsWith('/\\')) return '/';
  // Browsers drop tabs and newlines from URLs, turning `/\t/host` into `//host`.
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return '/';
  let url: URL;
  try {
    url = new URL(next, 'http://switchboard.invalid');
  } catch {
    return '/';
  }
  if (url.origin !== 'http://switchboard.invalid') return '/';
  if (isLoginPath(url.pathname)) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

export const LOGIN_PATH = '/login';

export function isLoginPath(pathname: string): boolean {
  return pathname.replace(/\/+$/, '').toLowerCase() === LOGIN_PATH;
}

/** The login URL that brings the person back to `current` (path + search + hash) afterwards. */
export function loginPathFor(current: string): string {
  const next = safeNextPath(current);
  return next === '/' ? LOGIN_PATH : `${LOGIN_PATH}?${new URLSearchParams({ next }).toString()}`;
}
