/**
 * What an operator asks governance to do, validated once at the edge of the pure planner.
 * Invariants: a valid operation has an integer weight in 0–10000 (set-weight only), at least one
 * provider address in `ip:port` form (IPv4, port 1–65535, deduplicated, in input order), and a
 * well-formed target (a Dubbo service key or an application name). Errors carry stable codes.
 */
import type { RuleTarget } from '../contract/rule-target.ts';
import { validationError } from '../errors/domain-error.ts';
import { parseServiceKey, serviceKeyOf } from '../dubbo/service-key.ts';

export type GovernanceAction =
  | { readonly kind: 'set-weight'; readonly weight: number }
  | { readonly kind: 'disable' }
  | { readonly kind: 'enable' };

export interface RuleOperation {
  readonly action: GovernanceAction;
  readonly target: RuleTarget;
  /** Provider instances, `ip:port`. */
  readonly addresses: readonly string[];
  /** Override the LAST_PROVIDER / ALL_WEIGHTS_ZERO guardrails. */
  readonly force: boolean;
  /** Also write/remove the 2.6 `override://` node (dubbo-format.md §3a). */
  readonly legacy: boolean;
  /** Replace a rule file Dubbo cannot read instead of refusing. */
  readonly replaceInvalid: boolean;
}

export interface RuleOperationInput {
  readonly action: 'set-weight' | 'disable' | 'enable';
  readonly weight?: unknown;
  readonly scope: 'service' | 'application';
  readonly serviceKey?: string;
  readonly application?: string;
  readonly addresses: readonly unknown[];
  readonly force?: boolean;
  readonly legacy?: boolean;
  readonly replaceInvalid?: boolean;
}

export const MAX_WEIGHT = 10000;

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const APPLICATION = /^[A-Za-z0-9][A-Za-z0-9._\-]*$/;

/** `ip:port` with a dotted-quad IPv4 and a port 1–65535; returns the canonical form or undefined. */
export function canonicalAddress(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const m = /^([^:]+):(\d{1,5})$/.exec(raw.trim());
  if (!m || !IPV4.test(m[1] ?? '') || m[1] === '0.0.0.0') return undefined;
  const port = Number(m[2]);
  return port >= 1 && port <= 65535 ? `${m[1]}:${port}` : undefined;
}

export function validateWeight(raw: unknown): number {
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 0 || raw > MAX_WEIGHT) {
    throw validationError('WEIGHT_OUT_OF_RANGE', `weight must be an integer from 0 to ${MAX_WEIGHT}`, { weight: raw });
  }
  return raw;
}

function validateAddresses(raw: readonly unknown[]): string[] {
  if (raw.length === 0) throw validationError('BAD_ADDRESS', 'at least one provider address (ip:port) is required');
  const out: string[] = [];
  for (const a of raw) {
    const address = canonicalAddress(a);
    if (address === undefined) {
      throw validationError('BAD_ADDRESS', `"${String(a)}" is not a provider address (ip:port)`, { address: a });
    }
    if (!out.includes(address)) out.push(address);
  }
  return out;
}

function validateTarget(input: RuleOperationInput): RuleTarget {
  if (input.scope === 'application') {
    const app = input.application ?? '';
    if (!APPLICATION.test(app)) throw validationError('BAD_TARGET', `"${app}" is not an application name`);
    return { scope: 'application', application: app };
  }
  const key = input.serviceKey ?? '';
  try {
    // Canonical `[group/]interface[:version]`; a rule key (`iface:v:g`) is refused rather than guessed.
    const id = parseServiceKey(key);
    if (id.version.includes(':') || /[\s,*]/.test(key)) throw new Error('not a concrete service key');
    return { scope: 'service', serviceKey: serviceKeyOf(id) };
  } catch {
    throw validationError('BAD_TARGET', `"${key}" is not a service key ([group/]interface[:version])`);
  }
}

function validateAction(input: RuleOperationInput): GovernanceAction {
  switch (input.action) {
    case 'set-weight':
      return { kind: 'set-weight', weight: validateWeight(input.weight) };
    case 'disable':
      return { kind: 'disable' };
    case 'enable':
      return { kind: 'enable' };
    default:
      throw validationError('BAD_ACTION', `unknown action "${String(input.action)}"`);
  }
}

/** Throws DomainError (validation) with WEIGHT_OUT_OF_RANGE, BAD_ADDRESS, BAD_TARGET or BAD_ACTION. */
export function validateOperation(input: RuleOperationInput): RuleOperation {
  return {
    action: validateAction(input),
    target: validateTarget(input),
    addresses: validateAddresses(input.addresses),
    force: input.force === true,
    legacy: input.legacy === true,
    replaceInvalid: input.replaceInvalid === true,
  };
}
