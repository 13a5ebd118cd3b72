/**
 * The immutable registry snapshot: what the mirror has read from ZooKeeper, as parsed data.
 * Invariants: every map is keyed by the exact ZooKeeper child name (so a node can always be
 * addressed and deleted exactly, dubbo-format.md §9.8); a node that failed to parse is absent
 * here and present in `warnings`, and never hides its siblings. A new revision shares every
 * unchanged folder with the previous one (structural sharing), so derived indexes can be
 * memoised per folder object.
 */
import type { RegistryWarning } from '../contract/warnings.ts';
import type { AppInstance } from '../dubbo/app-instance.ts';
import type { DubboUrl } from '../dubbo/dubbo-url.ts';

export const CATEGORIES = ['providers', 'consumers', 'configurators', 'routers'] as const;
export type Category = (typeof CATEGORIES)[number];

/** One parsed registry child: its exact node name and the URL it encodes. */
export interface UrlNode {
  readonly node: string;
  readonly url: DubboUrl;
}

/** `/<root>/<interface>`: one folder per interface, shared by all its groups and versions. */
export interface InterfaceFolder {
  /** The folder's child name as stored (URL-encoded interface). */
  readonly name: string;
  /** The decoded interface name. */
  readonly interfaceName: string;
  readonly providers: ReadonlyMap<string, UrlNode>;
  readonly consumers: ReadonlyMap<string, UrlNode>;
  readonly configurators: ReadonlyMap<string, UrlNode>;
  readonly routers: ReadonlyMap<string, UrlNode>;
}

/** A config-center rule file, `/<root>/config/dubbo/<node>`, kept verbatim. */
export interface RuleFile {
  readonly node: string;
  readonly path: string;
  readonly text: string;
  readonly version: number;
  readonly mtime: number;
}

export interface RegistrySnapshot {
  readonly revision: number;
  readonly root: string;
  readonly interfaces: ReadonlyMap<string, InterfaceFolder>;
  readonly rules: ReadonlyMap<string, RuleFile>;
  /** `/services/<app>/<instance id>` (Dubbo 3 application-level discovery). */
  readonly appInstances: ReadonlyMap<string, ReadonlyMap<string, AppInstance>>;
  /** `/<root>/mapping/<interface>` → application names. */
  readonly mappings: ReadonlyMap<string, readonly string[]>;
  /** Keyed by the ZooKeeper path of the offending node. */
  readonly warnings: ReadonlyMap<string, RegistryWarning>;
}

export function emptySnapshot(root: string): RegistrySnapshot {
  return {
    revision: 0,
    root,
    interfaces: new Map(),
    rules: new Map(),
    appInstances: new Map(),
    mappings: new Map(),
    warnings: new Map(),
  };
}

export function emptyFolder(name: string, interfaceName: string): InterfaceFolder {
  return {
    name,
    interfaceName,
    providers: new Map(),
    consumers: new Map(),
    configurators: new Map(),
    routers: new Map(),
  };
}
