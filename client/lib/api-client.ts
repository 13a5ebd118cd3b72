import type { z } from 'zod';
import { apiErrorSchema } from '@contract/api-error.ts';
import { i18n } from '../i18n/i18n.ts';

/**
 * The one way the client talks to the Switchboard API: fetch JSON, parse it with the contract's zod
 * schema, and turn every failure into an ApiRequestError with a stable `code`. A response that does not
 * match the contract is an error too (`BAD_RESPONSE`), so client/server drift shows up loudly.
 */

/** The request never reached the server or its answer never arrived (status 0). */
export const NETWORK_ERROR = 'NETWORK_ERROR';
/** The server answered 2xx with a body that does not match the contract. */
export const BAD_RESPONSE = 'BAD_RESPONSE';

type ApiRequestErrorInit = {
  status: number;
  code: string;
  message: string;
  details?: unknown;
  requestId?: string | undefined;
  /** Seconds from a `Retry-After` header (429 LOGIN_LOCKED), when the server sent one. */
  retryAfterSeconds?: number | undefined;
};

export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  readonly requestId: string | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(init: ApiRequestErrorInit) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.details = init.details;
    this.requestId = init.requestId;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }

  /** Worth retrying: the server was unreachable or failed, not the request itself. */
  get isTransient(): boolean {
    return this.status === 0 || this.status >= 500;
  }
}

type RequestOptions = { signal?: AbortSignal | undefined };

export async function apiGet<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  options: RequestOptions = {},
): Promise<z.output<Schema>> {
  const response = await send(path, { method: 'GET', headers: { accept: 'application/json' }, signal: options.signal ?? null });
  if (!response.ok) throw await errorFromResponse(response);
  const body = await readJson(response);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? ` at ${issue.path.join('.') || '(root)'}: ${issue.message}` : '';
    throw new ApiRequestError({
      status: response.status,
      code: BAD_RESPONSE,
      message: i18n.t('common:apiClient.unexpectedResponse', { path, where }),
      details: parsed.error.issues,
    });
  }
  return parsed.data;
}

/**
 * A write (PUT/POST/DELETE) with a JSON body; the answer is parsed like apiGet's. Errors keep the server's
 * code and details (409 CONFLICT carries `details.currentVersion`), so callers can branch on them. Every
 * write carries the session's CSRF token (`X-CSRF-Token`); a token gone stale (signed in again, the console
 * restarted in local mode) is fetched anew and the write sent once more.
 */
export async function apiSend<Schema extends z.ZodType>(
  method: 'PUT' | 'POST' | 'DELETE',
  path: string,
  body: unknown,
  schema: Schema,
): Promise<z.output<Schema>> {
  let response = await sendWrite(method, path, body, await csrfToken());
  if (response.status === 403 && (await errorCode(response.clone())) === 'CSRF_TOKEN_INVALID') {
    forgetCsrfToken();
    response = await sendWrite(method, path, body, await csrfToken());
  }
  if (!response.ok) throw await errorFromResponse(response);
  if (response.status === 204) return schema.parse(undefined);
  const parsed = schema.safeParse(await readJson(response));
  if (!parsed.success) {
    throw new ApiRequestError({ status: response.status, code: BAD_RESPONSE, message: i18n.t('common:apiClient.unexpectedResponse', { path, where: '' }), details: parsed.error.issues });
  }
  return parsed.data;
}

function sendWrite(method: string, path: string, body: unknown, token: string | null): Promise<Response> {
  return send(path, {
    method,
    headers: { accept: 'application/json', 'content-type': 'application/json', ...(token === null ? {} : { 'x-csrf-token': token }) },
    body: JSON.stringify(body ?? {}),
  });
}

let csrf: Promise<string | null> | undefined;

/** The CSRF token of the current session (GET /api/session), fetched once and kept until it goes stale. */
function csrfToken(): Promise<string | null> {
  csrf ??= send('/api/session', { method: 'GET', headers: { accept: 'application/json' } })
    .then(async (response) => {
      const body = (await response.json().catch(() => ({}))) as { csrfToken?: unknown };
      return typeof body.csrfToken === 'string' ? body.csrfToken : null;
    })
    .catch(() => {
      csrf = undefined;
      return null;
    });
  return csrf;
}

/** Signing in or out changes the session, hence the token. */
export function forgetCsrfToken(): void {
  csrf = undefined;
}

async function errorCode(response: Response): Promise<string | undefined> {
  const parsed = apiErrorSchema.safeParse(await response.json().catch(() => undefined));
  return parsed.success ? parsed.data.error.code : undefined;
}

async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, init);
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiRequestError({ status: 0, code: NETWORK_ERROR, message: i18n.t('common:apiClient.unreachable') });
  }
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    throw new ApiRequestError({ status: response.status, code: BAD_RESPONSE, message: i18n.t('common:apiClient.invalidJson') });
  }
}

/** Maps a non-2xx answer to an ApiRequestError, preferring the server's `{error:{code,message}}`. */
export async function errorFromResponse(response: Response): Promise<ApiRequestError> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = apiErrorSchema.safeParse(body);
  if (parsed.success) {
    const { code, message, details, requestId } = parsed.data.error;
    const retryAfterSeconds = retryAfterOf(response);
    return new ApiRequestError({ status: response.status, code, message, details, requestId, retryAfterSeconds });
  }
  const gateway = response.status === 502 || response.status === 503 || response.status === 504;
  return new ApiRequestError({
    status: response.status,
    code: gateway ? NETWORK_ERROR : `HTTP_${response.status}`,
    message: gateway
      ? i18n.t('common:apiClient.unreachable')
      : i18n.t('common:apiClient.requestFailed', { status: `${response.status} ${response.statusText}`.trim() }),
  });
}

/** `Retry-After` in whole seconds (delta form only; an HTTP date is not used by the console). */
function retryAfterOf(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (header === null || !/^\d{1,9}$/.test(header.trim())) return undefined;
  return Number(header.trim());
}

/**
 * TanStack Query retry policy: retry transient failures twice, never a 4xx or a contract mismatch, nor
 * REGISTRY_UNAVAILABLE: the page says so at once and refetches when the registry is back (use-live-events).
 */
export function shouldRetryRequest(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiRequestError && error.code === 'REGISTRY_UNAVAILABLE') return false;
  if (error instanceof ApiRequestError) return error.isTransient && failureCount < 2;
  return false;
}
