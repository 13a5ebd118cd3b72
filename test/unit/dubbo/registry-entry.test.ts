import { describe, expect, it } from 'vitest';
import { parseDubboUrl } from '../../../server/dubbo/dubbo-url.ts';
import {
  applicationOf,
  isEnabledByRegistration,
  isReadableRuleNodeName,
  providerAddressOf,
  registeredWeightOf,
  registryCategoryOf,
} from '../../../server/dubbo/registry-entry.ts';

describe('registry entries', () => {
  it.each([
    ['dubbo://1.2.3.4:20880/a.B?side=provider', 'providers', '1.2.3.4:20880', true, 100],
    ['tri://[::1]:50051/a.B?weight=300', 'providers', '[::1]:50051', true, 300],
    ['consumer://1.2.3.4/a.B?category=consumers&side=consumer', 'consumers', '1.2.3.4', true, 100],
    ['dubbo://1.2.3.4:20880/a.B?enabled=false', 'providers', '1.2.3.4:20880', false, 100],
    ['dubbo://1.2.3.4:20880/a.B?enabled=false&disabled=false', 'providers', '1.2.3.4:20880', false, 100],
    ['dubbo://1.2.3.4:20880/a.B?disabled=true&weight=-5', 'providers', '1.2.3.4:20880', false, 0],
    ['dubbo://1.2.3.4:20880/a.B?disabled=TRUE&weight=abc', 'providers', '1.2.3.4:20880', false, 100],
    ['override://0.0.0.0/a.B?category=configurators', 'configurators', '0.0.0.0', true, 100],
    ['route://0.0.0.0/a.B?category=routers', 'routers', '0.0.0.0', true, 100],
    ['condition://0.0.0.0/a.B', 'routers', '0.0.0.0', true, 100],
  ] as const)('%s', (full, category, address, enabled, weight) => {
    const url = parseDubboUrl(full);
    expect(registryCategoryOf(url)).toBe(category);
    expect(providerAddressOf(url)).toBe(address);
    expect(isEnabledByRegistration(url)).toBe(enabled);
    expect(registeredWeightOf(url)).toBe(weight);
  });

  it('reads the application, falling back to the username', () => {
    expect(applicationOf(parseDubboUrl('dubbo://1.2.3.4:1/a?application=app'))).toBe('app');
    expect(applicationOf(parseDubboUrl('override://app2@0.0.0.0/a'))).toBe('app2');
    expect(applicationOf(parseDubboUrl('dubbo://1.2.3.4:1/a'))).toBeUndefined();
  });

  it.each([
    ['override%3A%2F%2F0.0.0.0%2Fa.B%3Fweight%3D5', true],
    ['override://0.0.0.0/a.B?weight=5', false],
    ['override%3a%2f%2f0.0.0.0', false],
  ] as const)('3.x reads rule node %s: %s', (node, readable) => {
    expect(isReadableRuleNodeName(node)).toBe(readable);
  });
});
