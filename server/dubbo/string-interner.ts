/**
 * Shares equal strings between parsed registry URLs. A fleet's 100,000 provider URLs repeat the
 * same few hundred values (interface and application names, method lists, versions, `true`),
 * and substrings would otherwise pin their whole decoded URL in memory. The table is bounded,
 * so high-cardinality values (pids, timestamps) cannot grow it without limit; interning never
 * changes a value, only where it is stored.
 */
const MAX_ENTRIES = 200_000;
const MAX_LENGTH = 256;
const table = new Map<string, string>();

export function intern(value: string): string {
  if (value.length > MAX_LENGTH) return value;
  const known = table.get(value);
  if (known !== undefined) return known;
  // A flat copy: the stored string must not be a slice that keeps its parent alive.
  const flat = value.length < 13 ? value : (' ' + value).slice(1);
  if (table.size < MAX_ENTRIES) table.set(flat, flat);
  return flat;
}
