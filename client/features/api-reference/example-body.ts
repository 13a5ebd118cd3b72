/**
 * A minimal request body for the curl example: only the required fields, each with its default, its
 * first allowed value, its lower bound, or a `<name>` placeholder for text. Meant to be edited before
 * use, never to be a meaningful write on its own. Recursive components stop at `{}`.
 */
import type { JsonSchema, SchemaComponents } from './openapi-reading.ts';
import { asRecord, asStrings, isSchema, resolveSchema } from './schema-ref.ts';

const MAX_DEPTH = 8;

export function exampleBody(schema: JsonSchema, components: SchemaComponents): unknown {
  return exampleValue(schema, components, new Set(), 0, undefined);
}

function exampleValue(raw: JsonSchema, components: SchemaComponents, open: ReadonlySet<string>, depth: number, name: string | undefined): unknown {
  const resolved = resolveSchema(raw, components, open);
  const { schema } = resolved;
  if (resolved.recursive || depth > MAX_DEPTH) return {};
  if (schema['default'] !== undefined) return schema['default'];
  if (schema['const'] !== undefined) return schema['const'];
  if (Array.isArray(schema['enum']) && schema['enum'].length > 0) return schema['enum'][0];
  const options = [schema['oneOf'], schema['anyOf']].find(Array.isArray)?.filter(isSchema);
  const option = options?.find((o) => o['type'] !== 'null');
  if (option !== undefined) return exampleValue(option, components, resolved.open, depth + 1, name);
  const type = Array.isArray(schema['type']) ? asStrings(schema['type']).find((t) => t !== 'null') : schema['type'];
  switch (type) {
    case 'integer':
    case 'number':
      return typeof schema['minimum'] === 'number' ? schema['minimum'] : 0;
    case 'boolean':
      return false;
    case 'string':
      return `<${name ?? 'value'}>`;
    case 'array': {
      const min = typeof schema['minItems'] === 'number' ? schema['minItems'] : 0;
      return min > 0 && isSchema(schema['items']) ? [exampleValue(schema['items'], components, resolved.open, depth + 1, name)] : [];
    }
    case 'null':
      return null;
    default: {
      const properties = asRecord(schema['properties']);
      const required = asStrings(schema['required']);
      const out: Record<string, unknown> = {};
      for (const field of required) {
        const property = properties[field];
        out[field] = isSchema(property) ? exampleValue(property, components, resolved.open, depth + 1, field) : null;
      }
      return out;
    }
  }
}
