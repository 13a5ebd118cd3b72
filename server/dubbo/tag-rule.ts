import { parse as parseYaml } from 'yaml';
import { parseConditionMatch, type ParamMatch } from './condition-match.ts';
import { DubboFormatError } from './dubbo-format-error.ts';
import { javaToString } from './java-values.ts';

/**
 * A `{providerApp}.tag-router` file as a Dubbo consumer holds it (dubbo-format.md §5): `TagRuleParser` +
 * `AbstractRouterRule.parseFromMap`. Booleans default like Dubbo's (enabled/runtime/valid true, force false);
 * a rule without tags is invalid, and an invalid or disabled rule leaves only static tags in play.
 */
export interface TagRouteTag {
  readonly name: string;
  /** `ip:port`, `ip`, `0.0.0.0:port` or `NetUtils.matchIpExpression` patterns. */
  readonly addresses: readonly string[];
  /** v3.0 `match` (Dubbo 3.2+): providers whose URL parameters all match join the tag. */
  readonly match: readonly ParamMatch[];
}

export interface TagRule {
  readonly enabled: boolean;
  readonly valid: boolean;
  readonly force: boolean;
  readonly key?: string;
  readonly tags: readonly TagRouteTag[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** `Boolean.parseBoolean(value.toString())` with Dubbo's default when the key is absent. */
function flag(map: Record<string, unknown>, key: string, absent: boolean): boolean {
  const v = map[key];
  if (v === undefined || v === null) return absent;
  return javaToString(v).toLowerCase() === 'true';
}

function readTag(raw: unknown, index: number): TagRouteTag {
  if (!isRecord(raw)) throw new DubboFormatError('MALFORMED_RULE', `tags[${index}] is not a map`);
  const addresses = Array.isArray(raw['addresses']) ? raw['addresses'].map((a: unknown) => javaToString(a).trim()) : [];
  const { match } = raw['match'] == null ? {} : parseConditionMatch({ param: raw['match'] });
  return { name: raw['name'] == null ? '' : javaToString(raw['name']), addresses, match: match?.param ?? [] };
}

/** Parses a tag-router file; throws DubboFormatError('MALFORMED_RULE') where Dubbo's parser would throw. */
export function parseTagRule(text: string): TagRule {
  if (text.trim() === '') throw new DubboFormatError('MALFORMED_RULE', 'empty tag rule');
  let doc: unknown;
  try {
    doc = parseYaml(text, { version: '1.1', uniqueKeys: false });
  } catch (e) {
    throw new DubboFormatError('MALFORMED_RULE', `invalid YAML: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  if (!isRecord(doc)) throw new DubboFormatError('MALFORMED_RULE', 'a tag rule must be a map');
  const rawTags = doc['tags'];
  const tags = Array.isArray(rawTags) ? rawTags.map(readTag) : [];
  const key = doc['key'];
  return {
    enabled: flag(doc, 'enabled', true),
    valid: flag(doc, 'valid', true) && tags.length > 0,
    force: flag(doc, 'force', false),
    ...(key == null ? {} : { key: javaToString(key) }),
    tags,
  };
}
