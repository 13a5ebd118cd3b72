// Writes from tests go through the console's CSRF defence like the UI's: the token GET /api/session answers,
// sent as X-CSRF-Token. One token per console origin (and per session cookie, when a test signs in).

const tokens = new Map<string, string>();

export async function csrfToken(base: string, cookie?: string): Promise<string> {
  const key = `${new URL(base).origin} ${cookie ?? ''}`;
  const known = tokens.get(key);
  if (known !== undefined) return known;
  const res = await fetch(new URL('/api/session', base), cookie === undefined ? {} : { headers: { cookie } });
  const body = (await res.json()) as { csrfToken?: string | null };
  if (typeof body.csrfToken !== 'string') throw new Error(`no CSRF token from ${base}: ${JSON.stringify(body)}`);
  tokens.set(key, body.csrfToken);
  return body.csrfToken;
}

/** Headers of a JSON write the console accepts from this (signed-in or local) caller. */
export async function writeHeaders(base: string, cookie?: string): Promise<Record<string, string>> {
  return {
    'content-type': 'application/json',
    'x-csrf-token': await csrfToken(base, cookie),
    ...(cookie === undefined ? {} : { cookie }),
  };
}
