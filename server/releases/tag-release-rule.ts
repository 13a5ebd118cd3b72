/**
 * The `<providerApp>.tag-router` file of a tag-mode release (dubbo-format.md §5), edited through the `yaml`
 * Document API so foreign tags, fields and comments survive (DESIGN.md §2). The release owns one tag (e.g.
 * `gray`): adding it routes that tag to the canary instances; removing it restores the rest as it was.
 * Booleans are written explicitly (§9.6): a new file gets `enabled: true`, `force: false`, `runtime: true`;
 * an existing file keeps its own `force`/`runtime`, because they govern its foreign tags too. `configVersion:
 * v3.0` and `match` are written only when the caller says every release involved reads them (3.2+);
 * otherwise the canaries are listed by address, which Dubbo 2.7+ reads.
 */
import { Document, isMap, isSeq, parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import { DubboFormatError } from '../dubbo/dubbo-format-error.ts';
import { javaToString } from '../dubbo/java-values.ts';
import { parseTagRule } from '../dubbo/tag-rule.ts';
import { conflictError } from '../errors/domain-error.ts';
import { quotedList } from '../governance/managed-items.ts';
import { rebaseText } from '../governance/rebase-text.ts';
import { detectStyle } from '../governance/rule-document.ts';

const PARSE_OPTIONS = { version: '1.1', uniqueKeys: false } as const;
const PRINT_OPTIONS = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false, indentSeq: true } as const;

export type TagMembers =
  | { readonly kind: 'addresses'; readonly addresses: readonly string[] }
  /** Exact provider URL parameters (v3.0 `match`, Dubbo 3.2+). */
  | { readonly kind: 'match'; readonly params: Readonly<Record<string, string>> };

export interface TagRuleEdit {
  readonly application: string;
  readonly tag: string;
  readonly members: TagMembers;
}

export interface TagRuleText {
  /** null: the node should not exist (nothing but our tag was in it). */
  readonly text: string | null;
  readonly notes: ReadonlyArray<{ readonly code: string; readonly message: string }>;
}

function load(text: string, application: string): Document {
  const doc = parseDocument(text, PARSE_OPTIONS);
  let why = doc.errors[0]?.message.split('\n')[0];
  if (why === undefined) {
    try {
      parseTagRule(text);
    } catch (e) {
      why = e instanceof DubboFormatError ? e.message : String(e);
    }
  }
  if (why === undefined && !isMap(doc.contents)) why = 'a tag rule must be a map';
  if (why !== undefined) {
    throw conflictError('INVALID_RULE_FILE', `${application}.tag-router cannot be read by Dubbo (${why}); fix it by hand first`, {
      node: `${application}.tag-router`,
      reason: why,
    });
  }
  return doc;
}

/**
 * Prints an edited file in the layout it was read in: the style that reprints it, and the printer's own
 * normalisations (comment spacing, …) undone on lines the edit did not touch (rebase-text.ts).
 */
function printEdited(original: string, doc: Document, pristine: { text: string; style: ReturnType<typeof detectStyle> }): string {
  return rebaseText(original, pristine.text, doc.toString(pristine.style));
}

function pristineOf(doc: Document, original: string): { text: string; style: ReturnType<typeof detectStyle> } {
  const style = { ...detectStyle(doc, original), lineWidth: 0, minContentWidth: 0 };
  return { text: doc.toString(style), style };
}

function root(doc: Document): YAMLMap {
  return doc.contents as YAMLMap;
}

function tagsOf(doc: Document): YAMLSeq {
  const existing = root(doc).get('tags', true);
  if (isSeq(existing)) return existing;
  const seq = new YAMLSeq();
  root(doc).set('tags', seq);
  return seq;
}

function nameOf(item: unknown): string | undefined {
  if (!isMap(item)) return undefined;
  const name = item.get('name');
  return name === undefined || name === null ? undefined : javaToString(name);
}

function flag(doc: Document, key: string): string | undefined {
  const v = root(doc).get(key);
  return v === undefined || v === null ? undefined : javaToString(v).toLowerCase();
}

/** Sets a header field when it is absent, before `tags`. */
function ensureHeader(doc: Document, key: string, value: unknown): void {
  const map = root(doc);
  if (map.has(key)) return;
  const at = map.items.findIndex((p) => (p.key as { value?: unknown } | null)?.value === 'tags');
  map.items.splice(at < 0 ? map.items.length : at, 0, doc.createPair(key, value));
}

function membersNode(doc: Document, members: TagMembers): [string, unknown] {
  if (members.kind === 'addresses') return ['addresses', quotedList([...members.addresses].sort())];
  const match = Object.entries(members.params)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => ({ key, value: { exact: value } }));
  return ['match', doc.createNode(match)];
}

function tagItem(doc: Document, edit: TagRuleEdit): YAMLMap {
  const item = new YAMLMap();
  item.set('name', edit.tag);
  const [key, node] = membersNode(doc, edit.members);
  item.set(key, node);
  return item;
}

function newDocument(edit: TagRuleEdit): Document {
  const doc = new Document({}, PARSE_OPTIONS);
  if (edit.members.kind === 'match') root(doc).set('configVersion', 'v3.0');
  root(doc).set('force', false);
  root(doc).set('runtime', true);
  root(doc).set('enabled', true);
  root(doc).set('key', edit.application);
  root(doc).set('tags', new YAMLSeq());
  return doc;
}

/** The rule file with the release's tag routing to the canary; refuses to wake foreign tags of a disabled file. */
export function addReleaseTag(current: string | undefined, edit: TagRuleEdit): TagRuleText {
  const notes: Array<{ code: string; message: string }> = [];
  const blank = current === undefined || current.trim() === '';
  const doc = blank ? newDocument(edit) : load(current, edit.application);
  const pristine = blank ? undefined : pristineOf(doc, current);
  const tags = tagsOf(doc);
  const foreign = tags.items.filter((t) => nameOf(t) !== edit.tag);
  const off = flag(doc, 'enabled') === 'false' || flag(doc, 'valid') === 'false';
  if (off && foreign.length > 0) {
    throw conflictError(
      'TAG_RULE_DISABLED',
      `${edit.application}.tag-router is switched off and holds other tags; switching it on for the release would route them too`,
      { tags: foreign.map(nameOf) },
    );
  }
  if (off) {
    root(doc).set('enabled', true);
    if (root(doc).has('valid')) root(doc).set('valid', true);
  }
  ensureHeader(doc, 'enabled', true);
  ensureHeader(doc, 'force', false);
  ensureHeader(doc, 'runtime', true);
  ensureHeader(doc, 'key', edit.application);
  if (edit.members.kind === 'match' && !(flag(doc, 'configVersion') ?? '').startsWith('v3')) {
    root(doc).set('configVersion', 'v3.0');
    notes.push({ code: 'CONFIG_VERSION_SET', message: 'configVersion set to v3.0 so that Dubbo 3.2+ reads match' });
  }
  const ours = tags.items.find((t) => nameOf(t) === edit.tag);
  if (isMap(ours)) {
    notes.push({ code: 'TAG_REPLACED', message: `the existing tag ${edit.tag} now routes to the canary only` });
    ours.delete('addresses');
    ours.delete('match');
    const [key, node] = membersNode(doc, edit.members);
    ours.set(key, node);
  } else {
    tags.items.push(tagItem(doc, edit));
  }
  return { text: blank || pristine === undefined ? doc.toString(PRINT_OPTIONS) : printEdited(current, doc, pristine), notes };
}

/**
 * The rule file without the release's tag: what rollback and promotion leave. `baseline` is the text the
 * release found; when nothing but our tag changed since, the baseline comes back verbatim (null: delete).
 */
export function removeReleaseTag(current: string | undefined, baseline: string | null, edit: TagRuleEdit): TagRuleText {
  if (current === undefined || current.trim() === '') return { text: null, notes: [] };
  if (baseline !== null && current === addReleaseTag(baseline, edit).text) return { text: baseline, notes: [] };
  if (baseline === null && current === addReleaseTag(undefined, edit).text) return { text: null, notes: [] };
  const doc = load(current, edit.application);
  const pristine = pristineOf(doc, current);
  const tags = tagsOf(doc);
  tags.items = tags.items.filter((t) => nameOf(t) !== edit.tag);
  const notes = [{ code: 'RULE_CHANGED_SINCE', message: `${edit.application}.tag-router changed during the release; only the tag ${edit.tag} is removed` }];
  return { text: printEdited(current, doc, pristine), notes };
}
