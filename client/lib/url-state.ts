import { z } from 'zod';

/**
 * Shareable page state (filters, sort, page) lives in the query string. Each page declares a zod
 * object whose fields all `.catch()` a default, so any hand-edited or outdated URL still parses;
 * writing leaves defaults out, so links stay short and `/services` means "the default view".
 */
export type UrlStateSchema = z.ZodObject<Record<string, z.ZodType<string | number>>>;

export const PAGE_SIZES = [25, 50, 100, 200] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export const urlField = {
  text: () => z.string().max(256).catch(''),
  page: () => z.coerce.number().int().min(1).max(1_000_000).catch(1),
  pageSize: (fallback: PageSize) => z.coerce.number().pipe(z.literal(PAGE_SIZES)).catch(fallback),
  order: (fallback: 'asc' | 'desc') => z.enum(['asc', 'desc']).catch(fallback),
  oneOf: <const T extends readonly string[]>(values: T, fallback: T[number]) =>
    z.enum(values).catch(fallback),
};

export function readUrlState<S extends UrlStateSchema>(schema: S, params: URLSearchParams): z.output<S> {
  const raw: Record<string, string> = {};
  for (const [name, value] of params) if (!(name in raw)) raw[name] = value;
  return schema.parse(raw);
}

export function urlStateDefaults<S extends UrlStateSchema>(schema: S): z.output<S> {
  return schema.parse({});
}

export function writeUrlState<S extends UrlStateSchema>(schema: S, state: z.output<S>): URLSearchParams {
  const defaults: Record<string, unknown> = urlStateDefaults(schema);
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(state as Record<string, unknown>)) {
    if (value === defaults[name] || value === '' || value === undefined) continue;
    params.set(name, String(value));
  }
  return params;
}

/** Merges a patch into the state the URL currently holds and answers the new query string. */
export function patchUrlState<S extends UrlStateSchema>(
  schema: S,
  current: URLSearchParams,
  patch: Partial<z.output<S>>,
): URLSearchParams {
  return writeUrlState(schema, { ...readUrlState(schema, current), ...patch });
}
