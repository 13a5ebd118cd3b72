/**
 * The example `curl` command of one operation: method, the full URL with `<name>` placeholders for path
 * parameters (and required query parameters), the credentials the operation takes — a Bearer API token
 * from $SWITCHBOARD_TOKEN when tokens are accepted, else the session cookie plus X-CSRF-Token on writes —
 * and a JSON body when it has one. Shell-quoted; each option after the URL on a line of its own.
 */
import type { OpenApiOperation, OpenApiParameter } from './openapi-reading.ts';

export type Credentials = 'none' | 'token' | 'session' | 'session-csrf';

export const TOKEN_VARIABLE = 'SWITCHBOARD_TOKEN';
export const SESSION_VARIABLE = 'SWITCHBOARD_SESSION';
export const CSRF_VARIABLE = 'SWITCHBOARD_CSRF';

/** What a script needs to send, from the operation's security alternatives (the simplest that suffices). */
export function credentialsOf(operation: Pick<OpenApiOperation, 'security'>): Credentials {
  const alternatives = operation.security ?? [];
  if (alternatives.length === 0 || alternatives.some((alt) => Object.keys(alt).length === 0)) return 'none';
  if (alternatives.some((alt) => 'token' in alt)) return 'token';
  return alternatives.some((alt) => 'csrf' in alt) ? 'session-csrf' : 'session';
}

export type CurlInput = {
  /** The console's origin, e.g. `https://switchboard.example.com`. */
  readonly origin: string;
  readonly method: string;
  /** The OpenAPI path, with `{name}` parameters. */
  readonly path: string;
  readonly parameters: readonly OpenApiParameter[];
  readonly credentials: Credentials;
  /** The session cookie's name (securitySchemes.session.name). */
  readonly cookieName: string;
  /** A JSON body to send, when the operation takes one. */
  readonly body?: unknown;
};

export function curlLine(input: CurlInput): string {
  const method = input.method.toUpperCase();
  const parts = [['curl', ...(method === 'GET' ? [] : [`-X ${method}`]), shellQuote(operationUrl(input))].join(' ')];
  if (input.credentials === 'token') parts.push(`-H "Authorization: Bearer $${TOKEN_VARIABLE}"`);
  if (input.credentials === 'session' || input.credentials === 'session-csrf') parts.push(`-b "${input.cookieName}=$${SESSION_VARIABLE}"`);
  if (input.credentials === 'session-csrf') parts.push(`-H "X-CSRF-Token: $${CSRF_VARIABLE}"`);
  if (input.body !== undefined) parts.push(`-H ${shellQuote('Content-Type: application/json')}`, `-d ${shellQuote(JSON.stringify(input.body))}`);
  return parts.join(' \\\n  ');
}

function operationUrl(input: CurlInput): string {
  const path = input.path.replace(/\{([^}]+)\}/g, (_whole, name: string) => `<${name}>`);
  const query = input.parameters.filter((p) => p.in === 'query' && p.required === true).map((p) => `${encodeURIComponent(p.name)}=<${p.name}>`);
  return `${input.origin.replace(/\/+$/, '')}${path}${query.length > 0 ? `?${query.join('&')}` : ''}`;
}

/** POSIX single quotes; a `'` inside becomes `'\''`. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
