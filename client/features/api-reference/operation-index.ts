/**
 * The document's operations as the page lists them: one entry per method and path with its anchor
 * (`#get-services-by-key`, from the operationId, so a link to one operation survives path renames),
 * filtered by a search over method, path, summary and operationId, and grouped by first tag in the
 * document's tag order. Operations keep the route table's order inside a group.
 */
import { HTTP_METHODS, type HttpMethod, type OpenApiDocument, type OpenApiOperation } from './openapi-reading.ts';

export type OperationEntry = {
  readonly anchor: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly tag: string;
  readonly operation: OpenApiOperation;
};

export type OperationGroup = { readonly tag: string; readonly operations: readonly OperationEntry[] };

/** The tag given to an operation that has none. */
export const UNTAGGED = 'other';

/** `getServicesByKey` → `get-services-by-key` (lowercase words joined by `-`, safe as an element id). */
export function operationAnchor(operationId: string): string {
  return operationId
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function operationEntries(document: OpenApiDocument): OperationEntry[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    HTTP_METHODS.flatMap((method) => {
      const operation = item[method];
      return operation === undefined ? [] : [{ anchor: operationAnchor(operation.operationId), method, path, tag: operation.tags[0] ?? UNTAGGED, operation }];
    }),
  );
}

/** Every whitespace-separated word of `query` occurs (case-insensitively) in the method, path, summary or operationId. */
export function matchesQuery(entry: OperationEntry, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return true;
  const text = `${entry.method} ${entry.path} ${entry.operation.summary ?? ''} ${entry.operation.operationId}`.toLowerCase();
  return words.every((word) => text.includes(word));
}

/** Groups in the document's tag order (tags it does not list after them, alphabetically); empty groups left out. */
export function groupByTag(entries: readonly OperationEntry[], tagOrder: readonly string[]): OperationGroup[] {
  const byTag = new Map<string, OperationEntry[]>();
  for (const entry of entries) byTag.set(entry.tag, [...(byTag.get(entry.tag) ?? []), entry]);
  const unlisted = [...byTag.keys()].filter((tag) => !tagOrder.includes(tag)).sort();
  return [...tagOrder, ...unlisted].flatMap((tag) => {
    const operations = byTag.get(tag);
    return operations === undefined ? [] : [{ tag, operations }];
  });
}
