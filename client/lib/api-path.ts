/**
 * An API path with its query string. Parameters are written in the order given and an empty or
 * undefined value is left out, so a request asks only for what is set (`/api/services?sort=key&…`).
 */
export type ApiParams = Record<string, string | number | undefined>;

export function apiPath(path: string, params: ApiParams = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === '') continue;
    search.set(name, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
