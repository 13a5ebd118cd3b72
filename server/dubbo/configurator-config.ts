import { parseConditionMatch, type ConditionMatch } from './condition-match.ts';
import { DubboFormatError } from './dubbo-format-error.ts';
import { javaToString } from './java-values.ts';

/**
 * The typed view of a YAML `.configurators` file, read the way `ConfiguratorConfig.parseFromMap` and
 * `ConfigItem.parseFromMap` read SnakeYAML's map (dubbo-format.md §3b schema). Where Java would throw
 * (a ClassCastException on a non-string `key`, a NullPointerException on missing `configs`), Dubbo ignores the
 * whole file, so this throws DubboFormatError('MALFORMED_RULE').
 */
export interface ConfigItemModel {
  readonly index: number;
  readonly type?: string;
  /** undefined = not written; only read for typed items, where it then becomes `enabled=null` (= false). */
  readonly enabled?: boolean;
  readonly addresses?: readonly string[];
  readonly providerAddresses?: readonly string[];
  readonly services?: readonly string[];
  readonly applications?: readonly string[];
  readonly parameters: ReadonlyArray<readonly [string, string]>;
  readonly side?: string;
  readonly match?: ConditionMatch;
  readonly hasMatch: boolean;
}

export interface ConfiguratorConfigModel {
  readonly configVersion?: string;
  readonly scope?: string;
  readonly key?: string;
  readonly enabled: boolean;
  readonly configs: readonly ConfigItemModel[];
}

function bad(message: string): DubboFormatError {
  return new DubboFormatError('MALFORMED_RULE', message);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** `(String) map.get(k)`: absent/null is fine, anything but a string is a ClassCastException. */
function optionalString(map: Record<string, unknown>, k: string, where: string): string | undefined {
  const v = map[k];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw bad(`${where}${k} must be a string (Dubbo fails on ${typeof v})`);
  return v;
}

/** `Boolean.parseBoolean(value.toString())`. */
function optionalBoolean(map: Record<string, unknown>, k: string): boolean | undefined {
  const v = map[k];
  return v === undefined || v === null ? undefined : javaToString(v).toLowerCase() === 'true';
}

/** Lists are read only when they are lists (anything else is silently dropped), elements `String.valueOf`'d. */
function optionalList(map: Record<string, unknown>, k: string): string[] | undefined {
  const v = map[k];
  return Array.isArray(v) ? v.map((e: unknown) => (e === null || e === undefined ? 'null' : javaToString(e))) : undefined;
}

function readParameters(map: Record<string, unknown>, where: string): Array<readonly [string, string]> {
  const raw = map['parameters'];
  if (!isRecord(raw)) return [];
  return Object.entries(raw).map(([k, v]) => {
    // Collectors.toMap + value.toString(): a null value throws and the file is ignored.
    if (v === null || v === undefined) throw bad(`${where}parameters.${k} has no value`);
    return [k, javaToString(v)] as const;
  });
}

function readItem(raw: unknown, index: number, warnings: string[]): ConfigItemModel {
  const where = `configs[${index}].`;
  if (!isRecord(raw)) throw bad(`configs[${index}] must be a map`);
  const type = optionalString(raw, 'type', where);
  const enabled = optionalBoolean(raw, 'enabled');
  const side = optionalString(raw, 'side', where);
  const addresses = optionalList(raw, 'addresses');
  const providerAddresses = optionalList(raw, 'providerAddresses');
  const services = optionalList(raw, 'services');
  const applications = optionalList(raw, 'applications');
  const hasMatch = isRecord(raw['match']);
  const parsed = hasMatch ? parseConditionMatch(raw['match']) : {};
  if (parsed.warning !== undefined) warnings.push(`${where}match: ${parsed.warning}`);
  if (!hasMatch && raw['match'] !== undefined && raw['match'] !== null) {
    warnings.push(`${where}match is not a map; Dubbo ignores it and applies the item unconditionally`);
  }
  return {
    index,
    ...(type !== undefined ? { type } : {}),
    ...(enabled !== undefined ? { enabled } : {}),
    ...(addresses !== undefined ? { addresses } : {}),
    ...(providerAddresses !== undefined ? { providerAddresses } : {}),
    ...(services !== undefined ? { services } : {}),
    ...(applications !== undefined ? { applications } : {}),
    parameters: readParameters(raw, where),
    ...(side !== undefined ? { side } : {}),
    ...(parsed.match !== undefined ? { match: parsed.match } : {}),
    hasMatch,
  };
}

/** Reads an already YAML-parsed document; throws DubboFormatError('MALFORMED_RULE'). */
export function readConfiguratorConfig(doc: unknown, warnings: string[]): ConfiguratorConfigModel {
  if (!isRecord(doc)) throw bad('a configurator rule must be a YAML map');
  const configVersion = optionalString(doc, 'configVersion', '');
  const scope = optionalString(doc, 'scope', '');
  const key = optionalString(doc, 'key', '');
  const enabled = optionalBoolean(doc, 'enabled') ?? true;
  const configs = doc['configs'];
  if (!Array.isArray(configs)) throw bad('configs must be a list (Dubbo fails on a missing one)');
  return {
    ...(configVersion !== undefined ? { configVersion } : {}),
    ...(scope !== undefined ? { scope } : {}),
    ...(key !== undefined ? { key } : {}),
    enabled,
    configs: configs.map((item: unknown, i) => readItem(item, i, warnings)),
  };
}
