/**
 * Turns what a revision changed in storage terms (interface folders, apps, rule nodes) into
 * what clients cache: service keys, application names and rule nodes. Pure.
 */
import type { RegistryChange } from '../contract/registry-event.ts';
import { applicationIndex } from './application-index.ts';
import type { RegistrySnapshot } from './registry-snapshot.ts';
import { classifyRuleNode } from './rule-catalog.ts';
import { serviceIndex } from './service-index.ts';
import type { SnapshotChange } from './snapshot-change.ts';

const MAX_LISTED = 500;

export function resolveChange(before: RegistrySnapshot, after: RegistrySnapshot, change: SnapshotChange): RegistryChange {
  const services = new Set<string>();
  const applications = new Set(change.applications);
  if (!change.all) {
    for (const snapshot of [before, after]) {
      if (change.interfaces.size === 0) break;
      for (const entry of serviceIndex(snapshot).values()) {
        if (change.interfaces.has(entry.id.interface)) services.add(entry.key);
      }
    }
    for (const node of change.rules) {
      const { target } = classifyRuleNode(node);
      if (target.scope === 'service') {
        services.add(target.serviceKey);
        continue;
      }
      applications.add(target.application);
      for (const key of applicationIndex(after).get(target.application)?.provides ?? []) services.add(key);
    }
  }
  const all = change.all || services.size > MAX_LISTED || applications.size > MAX_LISTED;
  return {
    revision: after.revision,
    services: all ? [] : [...services].sort(),
    applications: all ? [] : [...applications].sort(),
    rules: all ? [] : [...change.rules].sort(),
    warnings: change.warnings,
    all,
  };
}
