// The API reference's schema reading: $ref resolution against components.schemas, allOf merging, field trees
// (types, required, enum values, bounds, nullable, arrays, maps, choices) with cycles shown once, and the
// minimal example body the curl line sends.

import { describe, expect, it } from 'vitest';
import { exampleBody } from '../../../client/features/api-reference/example-body.ts';
import { type FieldNode, fieldTree } from '../../../client/features/api-reference/field-tree.ts';
import { componentName, resolveSchema } from '../../../client/features/api-reference/schema-ref.ts';

const components = {
  RuleRef: { type: 'object', properties: { node: { type: 'string' }, kind: { type: 'string', enum: ['configurators', 'tag-router'] } }, required: ['node', 'kind'] },
  WeightRequest: {
    type: 'object',
    properties: { weight: { type: 'integer', minimum: 0, maximum: 10000 }, reason: { type: 'string', maxLength: 500 }, dryRun: { type: 'boolean' } },
    required: ['weight'],
  },
  Result: {
    type: 'object',
    properties: {
      rule: { $ref: '#/components/schemas/RuleRef' },
      version: { type: ['integer', 'null'] },
      preview: { type: 'array', items: { $ref: '#/components/schemas/RuleRef' } },
      expiresAt: { anyOf: [{ type: 'string' }, { type: 'null' }] },
      match: { type: 'object', additionalProperties: { type: 'string', maxLength: 256 } },
      hold: { anyOf: [{ type: 'integer', minimum: 0 }, { type: 'array', items: { type: 'integer' } }] },
    },
    required: ['rule', 'version'],
  },
  Node: {
    type: 'object',
    properties: { id: { type: 'string' }, children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } },
    required: ['id'],
  },
  Shape: {
    oneOf: [
      { type: 'object', properties: { kind: { const: 'application' }, instances: { type: 'integer' } }, required: ['kind'] },
      { type: 'object', properties: { kind: { const: 'service' }, key: { type: 'string' } }, required: ['kind'] },
    ],
  },
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const child = (node: FieldNode, name: string): FieldNode => {
  const found = node.children.find((c) => c.name === name);
  if (!found) throw new Error(`no field ${name} in ${node.children.map((c) => c.name).join(', ')}`);
  return found;
};

describe('schema references', () => {
  it('name components and resolve them, marking a component already open as recursive', () => {
    expect(componentName('#/components/schemas/RuleRef')).toBe('RuleRef');
    expect(componentName('#/elsewhere/RuleRef')).toBeUndefined();
    const resolved = resolveSchema(ref('RuleRef'), components);
    expect(resolved.component).toBe('RuleRef');
    expect(resolved.recursive).toBe(false);
    expect(resolved.schema['required']).toEqual(['node', 'kind']);
    expect(resolveSchema(ref('Node'), components, new Set(['Node'])).recursive).toBe(true);
  });

  it('merge allOf parts into one object', () => {
    const merged = resolveSchema({ allOf: [ref('RuleRef'), { type: 'object', properties: { extra: { type: 'string' } }, required: ['extra'] }] }, components);
    expect(Object.keys(merged.schema['properties'] as object)).toEqual(['node', 'kind', 'extra']);
    expect(merged.schema['required']).toEqual(['node', 'kind', 'extra']);
  });
});

describe('fieldTree', () => {
  it('lists a request body: types, required, bounds', () => {
    const tree = fieldTree(ref('WeightRequest'), components);
    expect(tree.type).toBe('WeightRequest');
    expect(tree.children.map((c) => [c.name, c.type, c.required])).toEqual([
      ['weight', 'integer', true],
      ['reason', 'string', false],
      ['dryRun', 'boolean', false],
    ]);
    expect(child(tree, 'weight').constraints).toEqual([
      { kind: 'minimum', value: '0' },
      { kind: 'maximum', value: '10000' },
    ]);
    expect(child(tree, 'reason').constraints).toEqual([{ kind: 'maxLength', value: '500' }]);
  });

  it('resolves nested references, arrays, nullable types, maps and choices', () => {
    const tree = fieldTree(ref('Result'), components);
    const rule = child(tree, 'rule');
    expect([rule.type, rule.required, rule.component]).toEqual(['RuleRef', true, 'RuleRef']);
    expect(child(rule, 'kind').values).toEqual(['"configurators"', '"tag-router"']);
    expect(child(tree, 'version').type).toBe('integer | null');
    const preview = child(tree, 'preview');
    expect(preview.type).toBe('RuleRef[]');
    expect(preview.children.map((c) => c.name)).toEqual(['node', 'kind']);
    expect(child(tree, 'expiresAt').type).toBe('string | null');
    const match = child(tree, 'match');
    expect(match.type).toBe('map<string, string>');
    expect(match.children.map((c) => [c.role, c.constraints])).toEqual([['values', [{ kind: 'maxLength', value: '256' }]]]);
    const hold = child(tree, 'hold');
    expect([hold.type, hold.choice]).toEqual(['integer | integer[]', 'anyOf']);
    expect(hold.children.map((c) => c.role)).toEqual(['variant', 'variant']);
  });

  it('labels the alternatives of a discriminated union by their constant field', () => {
    const tree = fieldTree(ref('Shape'), components);
    expect([tree.type, tree.choice]).toEqual(['Shape', 'oneOf']);
    expect(tree.children.map((c) => c.name)).toEqual(['kind = "application"', 'kind = "service"']);
    expect(child(tree.children[1] as FieldNode, 'key').type).toBe('string');
  });

  it('shows a component that contains itself once, then marks it recursive', () => {
    const tree = fieldTree(ref('Node'), components);
    const children = child(tree, 'children');
    expect(children.type).toBe('Node[]');
    expect(children.recursive).toBe(true);
    expect(children.children).toEqual([]);
    const selfRef = { A: { type: 'object', properties: { a: ref('A') } } };
    expect(child(fieldTree(ref('A'), selfRef), 'a').recursive).toBe(true);
  });

  it('survives an unknown reference and an empty schema', () => {
    expect(fieldTree(ref('Missing'), components).type).toBe('Missing');
    expect(fieldTree({}, components).type).toBe('any');
  });
});

describe('exampleBody', () => {
  it.each([
    ['WeightRequest', { weight: 0 }],
    ['RuleRef', { node: '<node>', kind: 'configurators' }],
    ['Node', { id: '<id>' }],
  ])('fills only the required fields of %s', (name, expected) => {
    expect(exampleBody(ref(name), components)).toEqual(expected);
  });

  it('takes defaults and stops at a recursive component', () => {
    expect(exampleBody({ type: 'object', properties: { mode: { type: 'string', default: 'weighted' } }, required: ['mode'] }, components)).toEqual({ mode: 'weighted' });
    const loop = { L: { type: 'object', properties: { next: ref('L') }, required: ['next'] } };
    expect(exampleBody(ref('L'), loop)).toEqual({ next: {} });
  });
});
