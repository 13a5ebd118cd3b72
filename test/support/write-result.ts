import type { GovernanceResult } from '../../server/contract/governance.ts';

/** A governance or rollback answer (one schema) for client flow tests; override what the test is about. */
export function writeResult(status: GovernanceResult['status'], overrides: Partial<GovernanceResult> = {}): GovernanceResult {
  return {
    status,
    rule: { node: 'com.foo.DemoService::.configurators', label: 'com.foo.DemoService::.configurators', path: '/dubbo/config/dubbo/x', kind: 'configurators', scope: 'service' },
    version: status === 'applied' ? 3 : null,
    before: 'a\n',
    after: 'b\n',
    diff: '--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n+b\n',
    legacy: { created: [], removed: [] },
    preview: [],
    warnings: [],
    auditId: null,
    historyVersion: null,
    ...overrides,
  };
}
