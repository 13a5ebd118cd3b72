// Independent proof of a planned rule file: parse it back with the read side's parser and replay Dubbo's
// matching for each release, comparing every provider before and after (dubbo-format.md §3).
import { expect } from 'vitest';
import { parseConfiguratorRule, parseLegacyOverride, type Configurator } from '../../../server/dubbo/configurator.ts';
import { parseDubboUrl, parseNodeName } from '../../../server/dubbo/dubbo-url.ts';
import { effectiveProviderState } from '../../../server/dubbo/effective-state.ts';
import { ADDRESSES, GREETING, HOSTS, IFACE, providerUrl, RELEASES } from './governance-fixture.ts';

export interface RuleSet {
  readonly node: string;
  readonly scope: 'service' | 'application';
  readonly text: string | null | undefined;
  readonly legacyNodes?: readonly string[];
}

function configurators(rules: RuleSet): Configurator[] {
  const yaml = rules.text ? parseConfiguratorRule(rules.text, { node: rules.node, scope: rules.scope }).configurators : [];
  const legacy = (rules.legacyNodes ?? []).map((n) => parseLegacyOverride(parseNodeName(n), n));
  return [...legacy, ...yaml];
}

export type Expectation = { weight?: number; enabled?: boolean };

export function stateOf(rules: RuleSet, host: string, release: string, iface = IFACE, providerRelease = '3.3.1') {
  const gv = iface === IFACE ? '&group=g1&version=1.0.0' : '';
  const provider = parseDubboUrl(providerUrl(host, iface, gv, providerRelease));
  return effectiveProviderState({ provider, configurators: configurators(rules), release });
}

/**
 * For every release: targets get `want`, every other provider keeps its (weight, enabled) — except the
 * (address, release) pairs listed in `allowed`, which the caller explains.
 */
export function proveEffect(
  before: RuleSet,
  after: RuleSet,
  targets: readonly string[],
  want: Expectation,
  options: { iface?: string; allowed?: ReadonlyArray<readonly [string, string]>; releases?: readonly string[] } = {},
): void {
  const iface = options.iface ?? IFACE;
  for (const release of options.releases ?? [...RELEASES, '3.3.1']) {
    HOSTS.forEach((host, i) => {
      const address = ADDRESSES[i] ?? '';
      const now = stateOf(after, host, release, iface);
      if (targets.includes(address)) {
        if (want.weight !== undefined) {
          expect(now.weight, `${address} weight on ${release}`).toBe(want.weight);
          expect(now.params['weight'], `${address} explicit weight on ${release}`).toBe(String(want.weight));
        }
        if (want.enabled !== undefined) expect(now.enabled, `${address} enabled on ${release}`).toBe(want.enabled);
        return;
      }
      if (options.allowed?.some(([a, r]) => a === address && r === release)) return;
      const was = stateOf(before, host, release, iface);
      expect({ weight: now.weight, enabled: now.enabled }, `${address} unchanged on ${release}`).toEqual({ weight: was.weight, enabled: was.enabled });
    });
  }
}

export { GREETING };
