import type { Configurator, ConfiguratorOrigin } from './configurator.ts';
import { releaseAtLeast, type DubboRelease } from './dubbo-release.ts';
import { paramOf } from './dubbo-url.ts';
import { javaInt } from './java-values.ts';

/**
 * The order in which one Dubbo application runs its configurators (dubbo-format.md §3a "Order", §3b "Order at
 * the consumer"): legacy → application → service, each list as `Configurator.toConfigurators` leaves it —
 * `empty://` clears, a URL with nothing but `anyhost` is skipped (2.6: clears), then a stable sort by host
 * string (so `0.0.0.0` runs first and specific IPs win) and by `priority`.
 */
const ORIGINS: readonly ConfiguratorOrigin[] = ['legacy', 'application', 'service'];

function hasOnlyAnyhost(c: Configurator): boolean {
  return Object.keys(c.url.params).every((k) => k === 'anyhost');
}

function toConfigurators(list: readonly Configurator[], release: DubboRelease): Configurator[] {
  let kept: Configurator[] = [];
  for (const c of list) {
    if (c.url.protocol === 'empty') {
      kept = [];
      break;
    }
    if (hasOnlyAnyhost(c)) {
      if (!releaseAtLeast(release, 2, 7)) kept = [];
      continue;
    }
    kept.push(c);
  }
  return kept.sort(compareConfigurators);
}

/** `Configurator.compareTo`: host string (UTF-16 order, like Java), then integer `priority` (default 0). */
export function compareConfigurators(a: Configurator, b: Configurator): number {
  if (a.url.host !== b.url.host) return a.url.host < b.url.host ? -1 : 1;
  const pa = javaInt(paramOf(a.url, 'priority')) ?? 0;
  const pb = javaInt(paramOf(b.url, 'priority')) ?? 0;
  return pa - pb;
}

/** 2.7+ consumers drop legacy URLs that carry `compatible_config`; providers do not (§3a, §9.10). */
export function isCompatibleCopy(c: Configurator): boolean {
  return c.origin === 'legacy' && (paramOf(c.url, 'compatible_config') ?? '') !== '';
}

/**
 * All legacy nodes form one list (the children of `/configurators`); each YAML node is its own listener.
 * `dropCompatibleCopies` emulates a 2.7+ consumer.
 */
export function orderConfigurators(
  configurators: readonly Configurator[],
  release: DubboRelease,
  dropCompatibleCopies: boolean,
): Configurator[] {
  const ordered: Configurator[] = [];
  for (const origin of ORIGINS) {
    const lists = new Map<string, Configurator[]>();
    for (const c of configurators) {
      if (c.origin !== origin || (dropCompatibleCopies && isCompatibleCopy(c))) continue;
      const listKey = origin === 'legacy' ? '' : c.source;
      const list = lists.get(listKey) ?? [];
      list.push(c);
      lists.set(listKey, list);
    }
    for (const list of lists.values()) ordered.push(...toConfigurators(list, release));
  }
  return ordered;
}
