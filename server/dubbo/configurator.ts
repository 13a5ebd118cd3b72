import { parse as parseYaml } from 'yaml';
import type { ConditionMatch } from './condition-match.ts';
import { configItemUrls } from './config-item-urls.ts';
import { readConfiguratorConfig, type ConfigItemModel, type ConfiguratorConfigModel } from './configurator-config.ts';
import { DubboFormatError } from './dubbo-format-error.ts';
import { parseDubboUrl, type DubboUrl } from './dubbo-url.ts';
import { looksLikeRuleKey } from './service-key.ts';

/**
 * Dynamic-configuration rules as Dubbo holds them in memory: one `override://`/`absent://` URL per
 * address × application/service (dubbo-format.md §3a legacy URLs, §3b YAML). The effective-state code
 * replays Dubbo's matching on these, so the URL is built exactly like `ConfigParser` builds it.
 */
export type ConfiguratorOrigin = 'legacy' | 'application' | 'service';

export interface Configurator {
  /** override:// or absent:// (empty:// clears); for YAML: host = address, path = interface, params incl.
   * side, providerAddresses, application, group, version, configVersion, enabled, category. */
  readonly url: DubboUrl;
  readonly origin: ConfiguratorOrigin;
  /** The rule node it came from (config-center key or legacy node name). */
  readonly source: string;
  /** The item's v3.0 `match`; only Dubbo 3.2.0+ with configVersion v3.0 looks at it. */
  readonly match?: ConditionMatch;
}

export interface ConfiguratorRuleSource {
  readonly node: string;
  readonly scope: 'application' | 'service';
}

export interface ParsedConfiguratorRule {
  configurators: Configurator[];
  /** Top-level `enabled` (default true); only governs untyped/general items. */
  enabled: boolean;
  configVersion?: string;
  warnings: string[];
}

const CONFIGURATOR_PROTOCOLS = new Set(['override', 'absent', 'empty']);

function bad(message: string): DubboFormatError {
  return new DubboFormatError('MALFORMED_RULE', message);
}

/** A child of `/dubbo/<iface>/configurators` (§3a). */
export function parseLegacyOverride(url: DubboUrl, source: string): Configurator {
  if (!CONFIGURATOR_PROTOCOLS.has(url.protocol)) {
    throw bad(`"${url.protocol}://" is not a configurator; Dubbo only knows override://, absent:// and empty://`);
  }
  return { url, origin: 'legacy', source };
}

function parseUrlOrThrow(text: string, where: string): DubboUrl {
  try {
    return parseDubboUrl(text);
  } catch (e) {
    if (e instanceof DubboFormatError) throw bad(`${where}: ${e.message}`);
    throw e;
  }
}

/** `ConfigParser.parseJsonArray`: `["override://…", …]`. undefined when the text is not such an array. */
function parseJsonArray(text: string, source: ConfiguratorRuleSource): Configurator[] | undefined {
  if (!text.trimStart().startsWith('[')) return undefined;
  let list: unknown;
  try {
    list = JSON.parse(text);
  } catch {
    return undefined; // Dubbo falls back to YAML, which may still read a flow sequence
  }
  // An empty or non-string array fails in Dubbo too: it falls back to YAML, then cannot read a list as a rule.
  if (!Array.isArray(list) || list.length === 0 || !list.every((u): u is string => typeof u === 'string')) {
    throw bad('a JSON array rule must hold at least one override URL string');
  }
  return list.map((u, i) => {
    const legacy = parseLegacyOverride(parseUrlOrThrow(u, `[${i}]`), source.node);
    return { ...legacy, origin: source.scope };
  });
}

function itemWarnings(item: ConfigItemModel, config: ConfiguratorConfigModel): string[] {
  const at = `configs[${item.index}]`;
  const w: string[] = [];
  if (item.side === undefined) w.push(`${at} has no side: Dubbo never applies it (dubbo-format.md §9.2)`);
  else if (item.side !== 'provider' && item.side !== 'consumer') w.push(`${at} side "${item.side}" matches nothing`);
  const typed = item.type !== undefined && item.type !== 'general';
  if (typed && item.enabled === undefined) {
    w.push(`${at} has type "${item.type}" but no enabled flag: Dubbo treats it as disabled`);
  }
  if (!typed && !config.enabled) w.push(`${at} is disabled by the top-level enabled: false`);
  if (item.hasMatch && !(config.configVersion ?? '').startsWith('v3.0')) {
    w.push(`${at} match is ignored: it needs configVersion v3.0`);
  } else if (item.hasMatch) {
    w.push(`${at} match is honoured only by Dubbo 3.2.0+; older applications apply the item to every address (§9.3)`);
  }
  const appScope = config.scope === 'application';
  if (appScope && item.applications !== undefined) w.push(`${at} applications is ignored in application scope`);
  if (!appScope && item.services !== undefined) w.push(`${at} services is ignored in service scope`);
  return w;
}

function fileWarnings(config: ConfiguratorConfigModel, source: ConfiguratorRuleSource): string[] {
  const w: string[] = [];
  const yamlScope = config.scope === 'application' ? 'application' : 'service';
  if (yamlScope !== source.scope) {
    w.push(`the node is ${source.scope}-scoped but the YAML says scope: ${config.scope ?? '(none)'}`);
  }
  if (yamlScope === 'service' && config.key !== undefined && looksLikeRuleKey(config.key)) {
    w.push(
      `key "${config.key}" is in rule-key form; Dubbo 3.2+ expects [group/]interface[:version] and ignores the rule (§9.1)`,
    );
  }
  if (yamlScope === 'application' && config.key === undefined) {
    w.push('application scope without key: Dubbo matches application "null"');
  }
  return w;
}

function parseYamlDocument(text: string): unknown {
  try {
    // SnakeYAML is YAML 1.1 (yes/no are booleans) and lets a later duplicate key win.
    return parseYaml(text, { version: '1.1', intAsBigInt: true, uniqueKeys: false });
  } catch (e) {
    throw bad(`invalid YAML: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
}

/**
 * Parses a `.configurators` node (YAML, or a JSON array of legacy URLs). Throws DubboFormatError('MALFORMED_RULE')
 * where Dubbo would ignore the whole file; everything that Dubbo accepts but never applies becomes a warning.
 */
export function parseConfiguratorRule(text: string, source: ConfiguratorRuleSource): ParsedConfiguratorRule {
  const fromJson = parseJsonArray(text, source);
  if (fromJson !== undefined) return { configurators: fromJson, enabled: true, warnings: [] };
  const warnings: string[] = [];
  const config = readConfiguratorConfig(parseYamlDocument(text), warnings);
  warnings.push(...fileWarnings(config, source));
  const configurators: Configurator[] = [];
  for (const item of config.configs) {
    warnings.push(...itemWarnings(item, config));
    for (const [i, text] of configItemUrls(item, config).entries()) {
      const url = parseUrlOrThrow(text, `configs[${item.index}] url ${i}`);
      configurators.push({ url, origin: source.scope, source: source.node, ...(item.match ? { match: item.match } : {}) });
    }
  }
  return {
    configurators,
    enabled: config.enabled,
    ...(config.configVersion !== undefined ? { configVersion: config.configVersion } : {}),
    warnings,
  };
}
