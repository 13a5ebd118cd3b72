/**
 * A JSON Schema (request body or answer) as a tree of fields a person can read: each field's name, type in
 * a code-like notation (`integer | null`, `RuleRef[]`, `map<string, string>`), whether it is required, its
 * enum values and bounds, and its own fields below it. `$ref`s are resolved against components.schemas;
 * a component that contains itself is shown once and marked recursive (schema-ref.ts), and a depth limit
 * stops anything pathological. Words are left to the component: constraints are kinds plus values.
 */
import type { JsonSchema, SchemaComponents } from './openapi-reading.ts';
import { asRecord, asStrings, isSchema, resolveSchema } from './schema-ref.ts';

export const CONSTRAINT_KINDS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'minItems', 'maxItems', 'pattern', 'format', 'default'] as const;
export type ConstraintKind = (typeof CONSTRAINT_KINDS)[number];
export type FieldConstraint = { readonly kind: ConstraintKind; readonly value: string };

export type FieldRole = 'root' | 'property' | 'variant' | 'values';

export type FieldNode = {
  /** The property name; a variant's discriminating `field = value` when it has one; undefined otherwise. */
  readonly name: string | undefined;
  readonly role: FieldRole;
  readonly required: boolean;
  readonly type: string;
  /** The component (components.schemas name) the field's value is. */
  readonly component: string | undefined;
  /** Allowed values (`enum`, or a `const`), as JSON. */
  readonly values: readonly string[];
  readonly constraints: readonly FieldConstraint[];
  readonly description: string | undefined;
  /** The component is already open above this field: its fields are not repeated. */
  readonly recursive: boolean;
  /** `oneOf`/`anyOf`: the children are the alternatives (role 'variant'). */
  readonly choice: 'oneOf' | 'anyOf' | undefined;
  readonly children: readonly FieldNode[];
};

const MAX_DEPTH = 12;

type Place = { name: string | undefined; role: FieldRole; required: boolean };

export function fieldTree(schema: JsonSchema, components: SchemaComponents): FieldNode {
  return describeField(schema, components, new Set(), 0, { name: undefined, role: 'root', required: true });
}

function describeField(raw: JsonSchema, components: SchemaComponents, open: ReadonlySet<string>, depth: number, place: Place): FieldNode {
  const resolved = resolveSchema(raw, components, open);
  const { schema, component } = resolved;
  const base: FieldNode = {
    ...place,
    type: component ?? 'object',
    component,
    values: valuesOf(schema),
    constraints: constraintsOf(schema),
    description: typeof schema['description'] === 'string' ? schema['description'] : undefined,
    recursive: resolved.recursive,
    choice: undefined,
    children: [],
  };
  if (resolved.recursive || depth >= MAX_DEPTH) return { ...base, recursive: true };

  const choice = Array.isArray(schema['oneOf']) ? 'oneOf' : Array.isArray(schema['anyOf']) ? 'anyOf' : undefined;
  if (choice !== undefined) return describeChoice(schema, choice, base, components, resolved.open, depth);

  const types = typeNames(schema);
  const nullable = types.includes('null');
  const main = types.filter((t) => t !== 'null');
  if (main.length === 1 && main[0] === 'array' && isSchema(schema['items'])) {
    const item = describeField(schema['items'], components, resolved.open, depth + 1, place);
    return {
      ...base,
      type: withNull(`${parenthesised(item.type)}[]`, nullable),
      component: item.component,
      values: item.values,
      constraints: [...base.constraints, ...item.constraints.filter((c) => !base.constraints.some((own) => own.kind === c.kind))],
      recursive: item.recursive,
      choice: item.choice,
      children: item.children,
    };
  }
  const properties = asRecord(schema['properties']);
  const required = new Set(asStrings(schema['required']));
  const children = Object.entries(properties)
    .filter((entry): entry is [string, JsonSchema] => isSchema(entry[1]))
    .map(([name, property]) => describeField(property, components, resolved.open, depth + 1, { name, role: 'property', required: required.has(name) }));
  const extra = schema['additionalProperties'];
  if (children.length === 0 && isSchema(extra)) {
    const value = describeField(extra, components, resolved.open, depth + 1, { name: undefined, role: 'values', required: false });
    const type = withNull(`map<string, ${value.type}>`, nullable);
    return { ...base, type, component: undefined, children: value.children.length > 0 || value.constraints.length > 0 || value.values.length > 0 ? [value] : [] };
  }
  const shown = main.length > 0 ? main : children.length > 0 || component !== undefined ? ['object'] : ['any'];
  const type = shown.map((t) => (t === 'object' && component !== undefined ? component : t)).join(' | ');
  return { ...base, type: withNull(type, nullable), children };
}

function describeChoice(
  schema: JsonSchema,
  choice: 'oneOf' | 'anyOf',
  base: FieldNode,
  components: SchemaComponents,
  open: ReadonlySet<string>,
  depth: number,
): FieldNode {
  const { oneOf: _one, anyOf: _any, ...outer } = schema;
  const options = (schema[choice] as unknown[]).filter(isSchema);
  const nonNull = options.filter((option) => option['type'] !== 'null');
  const nullable = nonNull.length < options.length;
  if (nonNull.length === 1 && nonNull[0] !== undefined) {
    // `X | null` written as anyOf: one field that may be null, not a choice.
    const single = describeField({ ...outer, ...nonNull[0] }, components, open, depth, { name: base.name, role: base.role, required: base.required });
    return { ...single, type: withNull(single.type, nullable), description: single.description ?? base.description };
  }
  const discriminator = discriminatorOf(nonNull, components, open);
  const variants = nonNull.map((option, index) =>
    describeField(option, components, open, depth + 1, { name: discriminator?.[index], role: 'variant', required: false }),
  );
  const type = [...new Set(variants.map((v) => v.type))].join(' | ');
  return { ...base, type: withNull(base.component ?? type, nullable), choice, children: variants };
}

/** The property every alternative fixes with a `const` (`kind = "service"`), labelling each alternative. */
function discriminatorOf(options: readonly JsonSchema[], components: SchemaComponents, open: ReadonlySet<string>): string[] | undefined {
  const resolved = options.map((option) => asRecord(resolveSchema(option, components, open).schema['properties']));
  const first = resolved[0];
  if (first === undefined) return undefined;
  for (const name of Object.keys(first)) {
    const labels = resolved.map((properties) => {
      const value = asRecord(properties[name])['const'];
      return value === undefined ? undefined : `${name} = ${JSON.stringify(value)}`;
    });
    if (labels.every((label): label is string => label !== undefined)) return labels;
  }
  return undefined;
}

function typeNames(schema: JsonSchema): string[] {
  const type = schema['type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return asStrings(type);
  const literal = schema['const'] ?? (Array.isArray(schema['enum']) ? schema['enum'][0] : undefined);
  if (literal !== undefined) return [literal === null ? 'null' : typeof literal === 'number' ? 'number' : typeof literal];
  if (schema['properties'] !== undefined || schema['additionalProperties'] !== undefined) return ['object'];
  if (schema['items'] !== undefined) return ['array'];
  return [];
}

function valuesOf(schema: JsonSchema): string[] {
  if (schema['const'] !== undefined) return [JSON.stringify(schema['const'])];
  return Array.isArray(schema['enum']) ? schema['enum'].map((value) => JSON.stringify(value)) : [];
}

function constraintsOf(schema: JsonSchema): FieldConstraint[] {
  return CONSTRAINT_KINDS.flatMap((kind) => {
    const value = schema[kind];
    if (value === undefined) return [];
    return [{ kind, value: typeof value === 'string' && kind !== 'default' ? value : JSON.stringify(value) }];
  });
}

function withNull(type: string, nullable: boolean): string {
  return nullable && !type.split(' | ').includes('null') ? `${type} | null` : type;
}

function parenthesised(type: string): string {
  return type.includes(' | ') ? `(${type})` : type;
}
