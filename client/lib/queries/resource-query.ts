import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { QueryKey } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiGet } from '../api-client.ts';

/**
 * The query options of one API resource: its key (from query-keys.ts), its path and the contract schema
 * its answer is parsed with. Every feature that shows the resource uses the same options, so there is one
 * cache entry, one fetch and one invalidation per key.
 */
export type ResourceQuery<Schema extends z.ZodType, Key extends QueryKey> = {
  queryKey: Key;
  path: string;
  schema: Schema;
  /** Lists: keep showing the previous answer while the next page or filter loads, so it never flashes empty. */
  keepPrevious?: boolean;
};

export function resourceQuery<Schema extends z.ZodType, Key extends QueryKey>(resource: ResourceQuery<Schema, Key>) {
  return queryOptions({
    queryKey: resource.queryKey,
    queryFn: ({ signal }): Promise<z.output<Schema>> => apiGet(resource.path, resource.schema, { signal }),
    ...(resource.keepPrevious ? { placeholderData: keepPreviousData } : {}),
  });
}

/** One item of a collection, `GET <collection>/<id>` (the id URL-encoded), keyed by `key(id)`. */
export type DetailResource<Schema extends z.ZodType, Key extends QueryKey> = {
  key: (id: string) => Key;
  collection: string;
  schema: Schema;
};

export function detailQuery<Schema extends z.ZodType, Key extends QueryKey>(resource: DetailResource<Schema, Key>) {
  return (id: string) =>
    resourceQuery({ queryKey: resource.key(id), path: `${resource.collection}/${encodeURIComponent(id)}`, schema: resource.schema });
}
