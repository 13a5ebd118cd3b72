/**
 * Turns contract zod schemas into OpenAPI 3.1 schema objects (JSON Schema 2020-12) with `z.toJSONSchema`,
 * collecting every named contract schema (component-names.ts) into `components.schemas` and referencing it
 * instead of inlining it again. Requests are converted as zod parses them (`io: input`: defaults make a
 * field optional), answers as handlers produce them (`io: output`); a named schema whose two readings differ
 * gets a second component, `<Name>Input`. Answers leave out `additionalProperties: false` for plain objects:
 * the API adds fields (never renames them), so clients must tolerate new ones.
 */
import { z } from 'zod';

export type JsonSchema = Record<string, unknown>;
export type Io = 'input' | 'output';

const REF_PREFIX = '#/components/schemas/';
const INPUT_MARK = '@input';

export interface SchemaComponents {
  /** The schema object for one zod schema (a `$ref` when it is a named component). */
  schema(schema: z.ZodType, io: Io): JsonSchema;
  /** Ends the collection: the components, and `resolve` to apply to everything that holds a `schema()` result. */
  finish(): { readonly schemas: Record<string, JsonSchema>; resolve<T>(value: T): T };
}

export function schemaComponents(names: ReadonlyMap<z.ZodType, string>): SchemaComponents {
  const registry = z.registry<{ id: string }>();
  for (const [schema, id] of names) registry.add(schema, { id });
  const defs: Record<Io, Map<string, JsonSchema>> = { input: new Map(), output: new Map() };
  return {
    schema(schema, io) {
      const { $defs, $schema: _ignored, ...json } = z.toJSONSchema(schema, { metadata: registry, io, unrepresentable: 'any', override: tidy(io) }) as JsonSchema & {
        $defs?: Record<string, JsonSchema>;
      };
      for (const [id, def] of Object.entries($defs ?? {})) defs[io].set(id, retarget(def, io));
      return retarget(json, io);
    },
    finish() {
      const distinct = distinctInputs(defs.input, defs.output);
      const inputName = (id: string): string => (distinct.has(id) ? `${id}Input` : id);
      const resolve = <T>(value: T): T => mapRefs(value, (ref) => (ref.endsWith(INPUT_MARK) ? REF_PREFIX + inputName(ref.slice(REF_PREFIX.length, -INPUT_MARK.length)) : ref));
      const schemas: Record<string, JsonSchema> = {};
      for (const [id, def] of defs.output) schemas[id] = def;
      for (const [id, def] of defs.input) if (distinct.has(id) || !defs.output.has(id)) schemas[inputName(id)] = resolve(def);
      return { schemas: Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b))), resolve };
    },
  };
}

/** Input components that differ from the output component of the same name, directly or through a component they refer to. */
function distinctInputs(input: ReadonlyMap<string, JsonSchema>, output: ReadonlyMap<string, JsonSchema>): Set<string> {
  const asOutput = (json: JsonSchema) => JSON.stringify(mapRefs(json, (ref) => (ref.endsWith(INPUT_MARK) ? ref.slice(0, -INPUT_MARK.length) : ref)));
  const distinct = new Set([...input].filter(([id, json]) => output.has(id) && asOutput(json) !== JSON.stringify(output.get(id))).map(([id]) => id));
  for (let grew = true; grew; ) {
    grew = false;
    for (const [id, json] of input) {
      if (distinct.has(id) || !output.has(id)) continue;
      const text = JSON.stringify(json);
      if ([...distinct].some((other) => text.includes(`"${REF_PREFIX}${other}${INPUT_MARK}"`))) {
        distinct.add(id);
        grew = true;
      }
    }
  }
  return distinct;
}

function retarget(json: JsonSchema, io: Io): JsonSchema {
  return mapRefs(json, (ref) => (ref.startsWith('#/$defs/') ? `${REF_PREFIX}${ref.slice('#/$defs/'.length)}${io === 'input' ? INPUT_MARK : ''}` : ref));
}

function mapRefs<T>(value: T, map: (ref: string) => string): T {
  if (Array.isArray(value)) return value.map((item: unknown) => mapRefs(item, map)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).map(([key, item]) => [key, key === '$ref' && typeof item === 'string' ? map(item) : mapRefs(item, map)]);
  return Object.fromEntries(entries) as T;
}

type Override = NonNullable<NonNullable<Parameters<typeof z.toJSONSchema>[1]>['override']>;

/** Drops the noise of zod's output: the safe-integer bounds of every `.int()`, and closed answer objects (see above). */
function tidy(io: Io): Override {
  return ({ zodSchema, jsonSchema }) => {
    if (jsonSchema['minimum'] === Number.MIN_SAFE_INTEGER) delete jsonSchema['minimum'];
    if (jsonSchema['maximum'] === Number.MAX_SAFE_INTEGER) delete jsonSchema['maximum'];
    const def = (zodSchema as { _zod: { def: { type: string; catchall?: unknown } } })._zod.def;
    if (io === 'output' && def.type === 'object' && def.catchall === undefined) delete jsonSchema['additionalProperties'];
  };
}
