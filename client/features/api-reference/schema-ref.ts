/**
 * Reading JSON Schema objects of the OpenAPI document: `$ref` to `#/components/schemas/<Name>` resolved,
 * `allOf` parts merged into one object, and the set of components already open on the way down carried
 * along, so a schema that refers to itself (directly or through others) is reported, never followed forever.
 */
import type { JsonSchema, SchemaComponents } from './openapi-reading.ts';

const COMPONENT_PREFIX = '#/components/schemas/';

/** `#/components/schemas/RuleRef` → `RuleRef`; undefined for any other kind of reference. */
export function componentName(ref: string): string | undefined {
  return ref.startsWith(COMPONENT_PREFIX) ? decodeURIComponent(ref.slice(COMPONENT_PREFIX.length)) : undefined;
}

export type ResolvedSchema = {
  readonly schema: JsonSchema;
  /** The component this schema is, when it came through a `$ref`. */
  readonly component: string | undefined;
  /** The `$ref` named a component already open above: its fields are not repeated. */
  readonly recursive: boolean;
  /** The components open from the root down to (and including) this one. */
  readonly open: ReadonlySet<string>;
};

export function resolveSchema(schema: JsonSchema, components: SchemaComponents, open: ReadonlySet<string> = new Set()): ResolvedSchema {
  const ref = typeof schema['$ref'] === 'string' ? schema['$ref'] : undefined;
  if (ref === undefined) return { schema: mergeAllOf(schema, components, open), component: undefined, recursive: false, open };
  const name = componentName(ref) ?? ref;
  const { $ref: _ref, ...siblings } = schema;
  if (open.has(name)) return { schema: siblings, component: name, recursive: true, open };
  const target = components[name];
  if (target === undefined) return { schema: siblings, component: name, recursive: false, open };
  const inner = new Set(open).add(name);
  const resolved = resolveSchema(target, components, inner);
  return { schema: { ...resolved.schema, ...siblings }, component: resolved.component ?? name, recursive: resolved.recursive, open: resolved.open };
}

/** `allOf: [A, B]` → one schema holding A's and B's properties and required lists (the rest: last one wins). */
function mergeAllOf(schema: JsonSchema, components: SchemaComponents, open: ReadonlySet<string>): JsonSchema {
  const parts = schema['allOf'];
  if (!Array.isArray(parts)) return schema;
  const { allOf: _allOf, ...rest } = schema;
  let merged: Record<string, unknown> = {};
  for (const part of [...parts, rest]) {
    if (!isSchema(part)) continue;
    const resolved = resolveSchema(part, components, open);
    if (resolved.recursive) continue;
    merged = mergeTwo(merged, resolved.schema);
  }
  return merged;
}

function mergeTwo(a: JsonSchema, b: JsonSchema): Record<string, unknown> {
  const properties = { ...asRecord(a['properties']), ...asRecord(b['properties']) };
  const required = [...new Set([...asStrings(a['required']), ...asStrings(b['required'])])];
  return {
    ...a,
    ...b,
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
    ...(required.length > 0 ? { required } : {}),
  };
}

export function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asRecord(value: unknown): Readonly<Record<string, unknown>> {
  return isSchema(value) ? value : {};
}

export function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
