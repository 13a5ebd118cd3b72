/**
 * A mutable draft over an immutable snapshot. The mirror feeds it what ZooKeeper listed
 * (whole child lists, rule texts, instance JSON); the draft diffs that against the base,
 * parses only what is new, records what changed, and `commit()` yields the next revision.
 * Copy-on-write: a map is copied the first time the draft changes it, never otherwise, and the copy is
 * then changed in place for the rest of the draft (`owned` remembers the maps this draft made).
 * Pure: no I/O, the clock is injected (warnings carry a "since" time).
 */
import type { RegistryWarning } from '../contract/warnings.ts';
import { parseAppInstance, parseServiceMapping, type AppInstance } from '../dubbo/app-instance.ts';
import { decodeJavaUrl } from '../dubbo/java-url-codec.ts';
import { parseNodeName } from '../dubbo/dubbo-url.ts';
import {
  emptyFolder,
  type Category,
  type InterfaceFolder,
  type RegistrySnapshot,
  type RuleFile,
  type UrlNode,
} from './registry-snapshot.ts';
import { ruleProblem } from './rule-catalog.ts';
import { emptyChange, type SnapshotChange } from './snapshot-change.ts';

type MutableFolder = { -readonly [K in keyof InterfaceFolder]: InterfaceFolder[K] };

export class SnapshotDraft {
  private readonly base: RegistrySnapshot;
  private readonly now: () => Date;
  private interfaces: Map<string, InterfaceFolder> | undefined;
  private rules: Map<string, RuleFile> | undefined;
  private appInstances: Map<string, ReadonlyMap<string, AppInstance>> | undefined;
  private mappings: Map<string, readonly string[]> | undefined;
  private warnings: Map<string, RegistryWarning> | undefined;
  private readonly change: SnapshotChange = emptyChange();
  /** Maps this draft created: not shared with any snapshot yet, so safe to mutate. */
  private readonly owned = new WeakSet<ReadonlyMap<string, unknown>>();

  constructor(base: RegistrySnapshot, now: () => Date) {
    this.base = base;
    this.now = now;
  }

  get current(): Pick<RegistrySnapshot, 'interfaces' | 'rules' | 'appInstances' | 'mappings' | 'root'> {
    return {
      root: this.base.root,
      interfaces: this.interfaces ?? this.base.interfaces,
      rules: this.rules ?? this.base.rules,
      appInstances: this.appInstances ?? this.base.appInstances,
      mappings: this.mappings ?? this.base.mappings,
    };
  }

  /** Whole-list update of one category folder; `undefined` means the folder does not exist. */
  setCategory(folderName: string, category: Category, children: readonly string[] | undefined): void {
    const folders = this.current.interfaces;
    const before = folders.get(folderName);
    const old = before?.[category] ?? new Map<string, UrlNode>();
    const listed = new Set(children ?? []);
    let next: Map<string, UrlNode> | undefined;
    const parentPath = `${this.base.root}/${folderName}/${category}`;
    // `next` may be `old` itself (a copy this draft owns): deleting while iterating a Map is well defined.
    for (const node of old.keys()) {
      if (!listed.has(node)) {
        next ??= this.own(old);
        next.delete(node);
        this.noteUrlChange(old.get(node)?.url.params['application']);
      }
    }
    for (const node of listed) {
      if (old.has(node)) continue;
      const path = `${parentPath}/${node}`;
      const parsed = this.parseChild(path, node);
      if (!parsed) continue;
      next ??= this.own(old);
      next.set(node, parsed);
      this.noteUrlChange(parsed.url.params['application']);
    }
    this.dropWarningsUnder(parentPath, listed);
    if (!next) return;
    if (before?.[category] === next) {
      this.change.interfaces.add(before.interfaceName); // our own copy, already in our own folder object
      return;
    }
    const folder: MutableFolder = { ...(before ?? this.newFolder(folderName)) };
    folder[category] = next;
    this.writeFolder(folderName, folder);
  }

  /** Root listing: folders no longer listed disappear with everything in them. */
  setFolderNames(names: readonly string[]): void {
    const listed = new Set(names);
    for (const name of this.current.interfaces.keys()) {
      if (!listed.has(name)) this.removeFolder(name);
    }
  }

  removeFolder(folderName: string): void {
    const folder = this.current.interfaces.get(folderName);
    if (!folder) return;
    for (const category of ['providers', 'consumers'] as const) {
      for (const { url } of folder[category].values()) this.noteUrlChange(url.params['application']);
    }
    this.interfaces ??= new Map(this.base.interfaces);
    this.interfaces.delete(folderName);
    this.change.interfaces.add(folder.interfaceName);
    this.dropWarningsUnder(`${this.base.root}/${folderName}/`, new Set());
  }

  setRuleNodes(nodes: readonly string[]): void {
    const listed = new Set(nodes);
    for (const node of this.current.rules.keys()) if (!listed.has(node)) this.setRule(node, undefined);
  }

  setRule(node: string, file: RuleFile | undefined): void {
    const old = this.current.rules.get(node);
    if (old === file || (old && file && old.version === file.version && old.text === file.text)) return;
    if (!old && !file) return;
    this.rules ??= new Map(this.base.rules);
    if (file) this.rules.set(node, file);
    else this.rules.delete(node);
    this.change.rules.add(node);
    const path = file?.path ?? old?.path ?? `${this.base.root}/config/dubbo/${node}`;
    const problem = file ? ruleProblem(file) : undefined;
    if (problem) this.addWarning(path, problem.code, problem.message);
    else this.removeWarning(path);
  }

  setApplicationNames(apps: readonly string[]): void {
    const listed = new Set(apps);
    for (const app of this.current.appInstances.keys()) if (!listed.has(app)) this.setAppInstanceIds(app, undefined);
  }

  /** Instance ids listed under `/services/<app>`; new ids wait for `setAppInstance`. */
  setAppInstanceIds(app: string, ids: readonly string[] | undefined): void {
    const old = this.current.appInstances.get(app);
    if (!old) return;
    const listed = new Set(ids ?? []);
    let next: Map<string, AppInstance> | undefined;
    for (const id of old.keys()) {
      if (listed.has(id)) continue;
      next ??= this.own(old);
      next.delete(id);
    }
    if (!next) return;
    this.writeApp(app, next);
  }

  setAppInstance(app: string, id: string, path: string, json: string | undefined): void {
    const old = this.current.appInstances.get(app);
    this.removeWarning(path);
    let instance: AppInstance | undefined;
    if (json !== undefined) {
      try {
        instance = parseAppInstance(app, id, json);
      } catch (error) {
        this.addWarning(path, 'MALFORMED_INSTANCE', errorMessage(error));
      }
    }
    if (instance === undefined && !old?.has(id)) return;
    const next = old ? this.own(old) : this.own(new Map<string, AppInstance>());
    if (instance) next.set(id, instance);
    else next.delete(id);
    this.writeApp(app, next);
  }

  setMappingNames(names: readonly string[]): void {
    const listed = new Set(names);
    for (const name of this.current.mappings.keys()) if (!listed.has(name)) this.setMapping(name, undefined);
  }

  setMapping(interfaceName: string, text: string | undefined): void {
    const old = this.current.mappings.get(interfaceName);
    const apps = text === undefined ? undefined : parseServiceMapping(text);
    if (old === undefined && apps === undefined) return;
    if (old && apps && old.join(',') === apps.join(',')) return;
    this.mappings ??= new Map(this.base.mappings);
    if (apps) this.mappings.set(interfaceName, apps);
    else this.mappings.delete(interfaceName);
    this.change.interfaces.add(interfaceName);
    for (const app of [...(old ?? []), ...(apps ?? [])]) this.change.applications.add(app);
  }

  addWarning(path: string, code: RegistryWarning['code'], message: string): void {
    const old = (this.warnings ?? this.base.warnings).get(path);
    if (old && old.code === code && old.message === message) return;
    this.warnings ??= new Map(this.base.warnings);
    this.warnings.set(path, { id: path, code, path, message, since: old?.since ?? this.now().toISOString() });
    this.change.warnings = true;
  }

  removeWarning(path: string): void {
    if (!(this.warnings ?? this.base.warnings).has(path)) return;
    this.warnings ??= new Map(this.base.warnings);
    this.warnings.delete(path);
    this.change.warnings = true;
  }

  hasChanges(): boolean {
    const c = this.change;
    return c.interfaces.size + c.applications.size + c.rules.size > 0 || c.warnings || c.all;
  }

  markAll(): void {
    this.change.all = true;
  }

  commit(): { snapshot: RegistrySnapshot; change: SnapshotChange } | undefined {
    if (!this.hasChanges()) return undefined;
    const snapshot: RegistrySnapshot = {
      revision: this.base.revision + 1,
      root: this.base.root,
      interfaces: this.interfaces ?? this.base.interfaces,
      rules: this.rules ?? this.base.rules,
      appInstances: this.appInstances ?? this.base.appInstances,
      mappings: this.mappings ?? this.base.mappings,
      warnings: this.warnings ?? this.base.warnings,
    };
    return { snapshot, change: this.change };
  }

  private parseChild(path: string, node: string): UrlNode | undefined {
    try {
      const url = parseNodeName(node);
      this.removeWarning(path);
      return { node, url };
    } catch (error) {
      this.addWarning(path, 'MALFORMED_NODE_NAME', errorMessage(error));
      return undefined;
    }
  }

  private newFolder(folderName: string): InterfaceFolder {
    let interfaceName = folderName;
    try {
      interfaceName = decodeJavaUrl(folderName);
    } catch {
      // A folder name that is not valid URL encoding is still shown, under its raw name.
    }
    return emptyFolder(folderName, interfaceName);
  }

  private writeFolder(folderName: string, folder: InterfaceFolder): void {
    this.interfaces ??= new Map(this.base.interfaces);
    this.interfaces.set(folderName, folder);
    this.change.interfaces.add(folder.interfaceName);
  }

  /** `map` itself when this draft made it, else a copy that this draft then owns. */
  private own<V>(map: ReadonlyMap<string, V>): Map<string, V> {
    if (this.owned.has(map)) return map as Map<string, V>;
    const copy = new Map(map);
    this.owned.add(copy);
    return copy;
  }

  private writeApp(app: string, instances: Map<string, AppInstance>): void {
    this.appInstances ??= new Map(this.base.appInstances);
    if (instances.size === 0) this.appInstances.delete(app);
    else this.appInstances.set(app, instances);
    this.change.applications.add(app);
  }

  private noteUrlChange(application: string | undefined): void {
    if (application) this.change.applications.add(application);
  }

  private dropWarningsUnder(prefix: string, keepChildren: ReadonlySet<string>): void {
    const warnings = this.warnings ?? this.base.warnings;
    if (warnings.size === 0) return;
    const parent = prefix.endsWith('/') ? prefix : `${prefix}/`;
    for (const path of warnings.keys()) {
      if (!path.startsWith(parent)) continue;
      const child = path.slice(parent.length);
      if (!keepChildren.has(child)) this.removeWarning(path);
    }
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
