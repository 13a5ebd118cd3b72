/** What one committed revision changed, before it is resolved to service keys for clients. */
export interface SnapshotChange {
  /** Decoded interface names whose folder, legacy rules or mapping changed. */
  readonly interfaces: Set<string>;
  readonly applications: Set<string>;
  /** Config-center rule node names. */
  readonly rules: Set<string>;
  warnings: boolean;
  /** A resync or a change too large to list: clients refetch everything. */
  all: boolean;
}

export function emptyChange(): SnapshotChange {
  return { interfaces: new Set(), applications: new Set(), rules: new Set(), warnings: false, all: false };
}

export function mergeChange(into: SnapshotChange, from: SnapshotChange): void {
  for (const name of from.interfaces) into.interfaces.add(name);
  for (const app of from.applications) into.applications.add(app);
  for (const node of from.rules) into.rules.add(node);
  into.warnings ||= from.warnings;
  into.all ||= from.all;
}
