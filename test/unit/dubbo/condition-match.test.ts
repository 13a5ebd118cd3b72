import { describe, expect, it } from 'vitest';
import {
  evaluateConditionMatch,
  isAddressMatch,
  isStringMatch,
  parseConditionMatch,
  type MatchSubject,
} from '../../../server/dubbo/condition-match.ts';
import { isMatchGlobPattern, matchIpExpression } from '../../../server/dubbo/ip-expression.ts';

describe('address patterns', () => {
  it.each([
    ['*', '10.0.0.1', true],
    ['10.0.0.*', '10.0.0.7', true],
    ['10.0.0.*', '10.0.1.7', false],
    ['10.0.0.1-9', '10.0.0.5', true],
    ['10.0.0.1-9', '10.0.0.10', false],
    ['10.0.0.0/8', '10.200.3.4', true],
    ['10.0.0.0/8', '11.0.0.1', false],
    ['10.0.0.1', '10.0.0.1', true],
    ['10.0.0.1:20880', '10.0.0.1', false], // §9.4: a port in the pattern never matches the bare host
  ] as const)('matchIpExpression(%s, %s) = %s', (pattern, host, expected) => {
    expect(matchIpExpression(pattern, host)).toBe(expected);
  });

  it.each([
    ['*', 'x', true],
    ['abc*', 'abcdef', true],
    ['*def', 'abcdef', true],
    ['a*f', 'abcdef', true],
    ['a*f', 'abcde', false],
    ['IP:*', '10.0.0.1', false],
  ] as const)('isMatchGlobPattern(%s, %s) = %s', (pattern, value, expected) => {
    expect(isMatchGlobPattern(pattern, value)).toBe(expected);
  });

  it.each([
    [{ wildcard: '0.0.0.0' }, '1.2.3.4', true],
    [{ wildcard: '10.0.0.1:20880' }, '10.0.0.1', false],
    [{ cird: '10.0.0.0/24' }, '10.0.0.9', true],
    [{ exact: '10.0.0.9' }, '10.0.0.9', true],
  ] as const)('isAddressMatch(%j, %s) = %s', (m, input, expected) => {
    expect(isAddressMatch(m, input)).toBe(expected);
  });

  it.each([
    [{ exact: 'a' }, 'a', true],
    [{ prefix: 'de' }, 'demo', true],
    [{ regex: 'd.*o' }, 'demo', true],
    [{ regex: 'd' }, 'demo', false],
    [{ wildcard: '*' }, 'x', true],
    [{ empty: 'true' }, undefined, true],
    [{ noempty: 'true' }, '', false],
    [{ exact: 'a' }, undefined, false],
  ] as const)('isStringMatch(%j, %s) = %s', (m, input, expected) => {
    expect(isStringMatch(m, input)).toBe(expected);
  });
});

describe('evaluateConditionMatch', () => {
  const subject = (over: Partial<MatchSubject> = {}): MatchSubject => ({
    host: '10.0.0.1',
    address: '10.0.0.1:20880',
    serviceKey: 'DemoService',
    application: 'demo-provider',
    param: (k) => ({ match_key1: 'value1' })[k],
    ...over,
  });
  const { match } = parseConditionMatch({
    address: { wildcard: '10.0.0.*' },
    service: { oneof: [{ exact: 'DemoService' }, { exact: 'DemoService2' }] },
    param: [{ key: 'match_key1', value: { exact: 'value1' } }],
  });

  it.each([
    ['everything matches', subject(), true],
    ['another host', subject({ host: '10.0.1.1' }), false],
    ['another service', subject({ serviceKey: 'Other' }), false],
    ['a missing param', subject({ param: () => undefined }), false],
    ['unknown consumer host', subject({ host: undefined }), 'consumer-specific'],
  ] as const)('%s', (_, s, expected) => {
    expect(match).toBeDefined();
    if (match !== undefined) expect(evaluateConditionMatch(match, s)).toBe(expected);
  });
});
