import { isMatchGlobPattern, matchIpExpression } from './ip-expression.ts';
import { javaToString } from './java-values.ts';

/**
 * The v3.0 configurator `match` block (dubbo-format.md §3b schema, §9.3, §9.4): its parsed shape and how
 * 3.2+ evaluates it (`ConditionMatch`, `StringMatch`, `AddressMatch`, `ListStringMatch`, `ParamMatch`).
 * Dubbo before 3.2.0 does not know the field at all; callers decide whether to look at it.
 */
export interface StringMatch {
  readonly exact?: string;
  readonly prefix?: string;
  readonly regex?: string;
  readonly wildcard?: string;
  readonly empty?: string;
  readonly noempty?: string;
}

export interface AddressMatch {
  readonly wildcard?: string;
  readonly cird?: string;
  readonly exact?: string;
}

export interface ListStringMatch {
  readonly oneof: readonly StringMatch[];
}

export interface ParamMatch {
  readonly key?: string;
  readonly value?: StringMatch;
}

export interface ConditionMatch {
  readonly address?: AddressMatch;
  readonly providerAddress?: AddressMatch;
  readonly service?: ListStringMatch;
  readonly app?: ListStringMatch;
  readonly param?: readonly ParamMatch[];
}

class BadMatch extends Error {}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function pickStrings<K extends string>(raw: unknown, keys: readonly K[]): { [P in K]?: string } {
  if (!isRecord(raw)) throw new BadMatch();
  const out: { [P in K]?: string } = {};
  for (const k of keys) {
    const v = raw[k];
    if (v !== undefined && v !== null) out[k] = javaToString(v);
  }
  return out;
}

const STRING_KEYS = ['exact', 'prefix', 'regex', 'wildcard', 'empty', 'noempty'] as const;
const ADDRESS_KEYS = ['wildcard', 'cird', 'exact'] as const;

function listMatch(raw: unknown): ListStringMatch {
  if (!isRecord(raw)) throw new BadMatch();
  const oneof = raw['oneof'];
  if (oneof !== undefined && oneof !== null && !Array.isArray(oneof)) throw new BadMatch();
  return { oneof: (oneof ?? []).map((m: unknown) => pickStrings(m, STRING_KEYS)) };
}

function paramMatches(raw: unknown): ParamMatch[] {
  if (!Array.isArray(raw)) throw new BadMatch();
  return raw.map((p: unknown) => {
    if (!isRecord(p)) throw new BadMatch();
    const key = p['key'];
    const value = p['value'];
    return {
      ...(key !== undefined && key !== null ? { key: javaToString(key) } : {}),
      ...(value !== undefined && value !== null ? { value: pickStrings(value, STRING_KEYS) } : {}),
    };
  });
}

/**
 * Parses a YAML `match` value. Dubbo maps it with PojoUtils and, if that fails, logs and drops the match,
 * so the item then applies without any condition — hence the warning instead of an error.
 */
export function parseConditionMatch(raw: unknown): { match?: ConditionMatch; warning?: string } {
  try {
    if (!isRecord(raw)) throw new BadMatch();
    const m: {
      address?: AddressMatch;
      providerAddress?: AddressMatch;
      service?: ListStringMatch;
      app?: ListStringMatch;
      param?: ParamMatch[];
    } = {};
    if (raw['address'] != null) m.address = pickStrings(raw['address'], ADDRESS_KEYS);
    if (raw['providerAddress'] != null) m.providerAddress = pickStrings(raw['providerAddress'], ADDRESS_KEYS);
    if (raw['service'] != null) m.service = listMatch(raw['service']);
    if (raw['app'] != null) m.app = listMatch(raw['app']);
    if (raw['param'] != null) m.param = paramMatches(raw['param']);
    return { match: m };
  } catch (e) {
    if (!(e instanceof BadMatch)) throw e;
    return { warning: 'match block has an unexpected shape; Dubbo drops it and applies the item unconditionally' };
  }
}

/** `StringMatch.isMatch`: the first field set decides (exact/prefix/regex/wildcard need a value). */
export function isStringMatch(m: StringMatch, input: string | undefined): boolean {
  if (m.exact !== undefined && input !== undefined) return input === m.exact;
  if (m.prefix !== undefined && input !== undefined) return input.startsWith(m.prefix);
  if (m.regex !== undefined && input !== undefined) {
    try {
      return new RegExp(`^(?:${m.regex})$`).test(input);
    } catch {
      return false;
    }
  }
  if (m.wildcard !== undefined && input !== undefined) return input === m.wildcard || m.wildcard === '*';
  if (m.empty !== undefined) return input === undefined || input === '';
  if (m.noempty !== undefined) return input !== undefined && input !== '';
  return false;
}

/** `AddressMatch.isMatch`: cird decides when set (a bad pattern falls through), then wildcard, then exact. */
export function isAddressMatch(m: AddressMatch, input: string | undefined): boolean {
  if (input === undefined) return false;
  if (m.cird !== undefined) return input === m.cird || matchIpExpression(m.cird, input);
  if (m.wildcard !== undefined) {
    return m.wildcard === '0.0.0.0' || m.wildcard === '*' || isMatchGlobPattern(m.wildcard, input);
  }
  return m.exact !== undefined && input === m.exact;
}

export function isListMatch(m: ListStringMatch, input: string | undefined): boolean {
  return m.oneof.some((s) => isStringMatch(s, input));
}

/** What `ConditionMatch.isMatch` sees. `undefined` host/application mean "every consumer" (not known). */
export interface MatchSubject {
  readonly host: string | undefined;
  readonly address: string;
  readonly serviceKey: string;
  readonly application: string | undefined;
  readonly param: (key: string) => string | undefined;
}

/** true / false, or 'consumer-specific' when the answer depends on which consumer is asking. */
export type MatchVerdict = boolean | 'consumer-specific';

function unknownOr(catchAll: boolean): MatchVerdict {
  return catchAll ? true : 'consumer-specific';
}

export function evaluateConditionMatch(m: ConditionMatch, s: MatchSubject): MatchVerdict {
  const verdicts: MatchVerdict[] = [];
  if (m.address !== undefined) {
    const a = m.address;
    verdicts.push(s.host === undefined ? unknownOr(a.wildcard === '*' || a.wildcard === '0.0.0.0') : isAddressMatch(a, s.host));
  }
  if (m.providerAddress !== undefined) verdicts.push(isAddressMatch(m.providerAddress, s.address));
  if (m.service !== undefined) verdicts.push(isListMatch(m.service, s.serviceKey));
  if (m.app !== undefined) {
    const app = m.app;
    verdicts.push(
      s.application === undefined
        ? unknownOr(app.oneof.some((x) => x.wildcard === '*' || x.noempty !== undefined))
        : isListMatch(app, s.application),
    );
  }
  for (const p of m.param ?? []) {
    if (p.key === 'application' && s.application === undefined) verdicts.push('consumer-specific');
    else verdicts.push(p.key !== undefined && p.value !== undefined && isStringMatch(p.value, s.param(p.key)));
  }
  if (verdicts.includes(false)) return false;
  return verdicts.includes('consumer-specific') ? 'consumer-specific' : true;
}
