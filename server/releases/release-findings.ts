/**
 * What should stop a running release, as a pure function of the release, the mirror's snapshot and the
 * current text of its touched rule files (issue 8 §5): `canary-gone` when no canary instance of the release
 * is registered any more, `conflict` when a touched file no longer says what the release last wrote (a
 * manual edit). The leader loop pauses the release on a finding (pause-release.ts). The mirror can lag a
 * release's own write by a moment, so pauseRelease confirms a conflict against ZooKeeper before pausing.
 */
import type { Release } from '../contract/releases.ts';
import type { RegistrySnapshot } from '../registry/registry-snapshot.ts';
import { selectCanary } from './canary-selection.ts';

export interface ReleaseFinding {
  readonly cause: 'canary-gone' | 'conflict';
  readonly reason: string;
}

/** The touched files' texts as the mirror holds them (null: the file does not exist). */
export function currentRuleTexts(snapshot: RegistrySnapshot, release: Release): ReadonlyMap<string, string | null> {
  return new Map(release.touchedRules.map((t) => [t.node, snapshot.rules.get(t.node)?.text ?? null]));
}

/** The canary instances of the release registered now (as providers of its target). */
export function canaryUp(snapshot: RegistrySnapshot, release: Release): readonly string[] {
  try {
    const target = { application: release.application, service: release.service ?? undefined, canary: { addresses: release.canary }, tolerateGone: true };
    return selectCanary(snapshot, target).canary;
  } catch {
    // An unknown service (it left the registry entirely) has no canary up.
    return [];
  }
}

/** A node missing from `currentRuleTexts` counts as absent (null). Only running releases have findings. */
export function releaseFindings(release: Release, snapshot: RegistrySnapshot, texts: ReadonlyMap<string, string | null>): ReleaseFinding[] {
  if (release.state.kind !== 'running') return [];
  const findings: ReleaseFinding[] = [];
  if (canaryUp(snapshot, release).length === 0) {
    findings.push({ cause: 'canary-gone', reason: `no canary instance is registered any more (${release.canary.join(', ')})` });
  }
  for (const touched of release.touchedRules) {
    if ((texts.get(touched.node) ?? null) !== touched.lastWritten) {
      findings.push({ cause: 'conflict', reason: `${touched.node} was edited outside the release` });
    }
  }
  return findings;
}
