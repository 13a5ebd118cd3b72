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
