import { describe, expect, it } from 'vitest';
import { classifyRuleNode } from '../../../server/registry/rule-catalog.ts';

describe('classifyRuleNode', () => {
  it.each([
    ['org.foo.Svc:1.0.0:g1.configurators', 'configurators', { scope: 'service', serviceKey: 'g1/org.foo.Svc:1.0.0' }],
    ['org.foo.Svc::.configurators', 'configurators', { scope: 'service', serviceKey: 'org.foo.Svc' }],
    ['org.foo.Svc:1.0.0:.condition-router', 'condition-router', { scope: 'service', serviceKey: 'org.foo.Svc:1.0.0' }],
    ['demo-provider.configurators', 'configurators', { scope: 'application', application: 'demo-provider' }],
    ['demo-provider.tag-router', 'tag-router', { scope: 'application', application: 'demo-provider' }],
    ['demo-provider.MESHAPPRULE', 'mesh', { scope: 'application', application: 'demo-provider' }],
    ['dubbo.properties', 'other', { scope: 'application', application: 'dubbo.properties' }],
  ])('%s', (node, kind, target) => {
    expect(classifyRuleNode(node)).toEqual({ kind, target });
  });
});
