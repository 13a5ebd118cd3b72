import { encodeJavaUrl } from '../dubbo/java-url-codec.ts';
import type { ZkClient } from '../zk/zk-client.ts';
import { joinPath } from '../zk/zk-path.ts';
import type { DemoRuleSpec } from './fleet-model.ts';
import { createIfAbsent } from './registry-writes.ts';

/**
 * Writes the rules an earlier operator left in the registry, exactly where Dubbo reads them
 * (dubbo-format.md §1.3 config center, §3a legacy `/configurators` nodes, persistent because dynamic=false).
 * Existing nodes are left alone, so restarting the demo against a real registry never clobbers later edits.
 */
export async function seedRules(client: ZkClient, root: string, rules: readonly DemoRuleSpec[]): Promise<void> {
  await Promise.all(
    rules.map((rule) =>
      rule.kind === 'config-center'
        ? createIfAbsent(client, joinPath(root, 'config', 'dubbo', rule.node), Buffer.from(rule.text, 'utf8'))
        : createIfAbsent(client, joinPath(root, encodeJavaUrl(rule.interface), 'configurators', encodeJavaUrl(rule.url)), Buffer.alloc(0)),
    ),
  );
}
