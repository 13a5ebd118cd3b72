/**
 * Safety checks on a planned change, read from its preview: never take the last serving provider of a
 * service away (LAST_PROVIDER), never set every weight to 0 — Dubbo then spreads calls uniformly, the
 * opposite of what was meant (ALL_WEIGHTS_ZERO, dubbo-format.md §6) — unless forced; and warn when fewer
 * than half of a service's providers are left serving. An operation is checked for what it does (disable:
 * LAST_PROVIDER, set-weight: ALL_WEIGHTS_ZERO); a `restore` (rollback to a recorded state) can do either,
 * so it is checked for both.
 */
import { conflictError, type DomainError } from '../errors/domain-error.ts';
import type { GovernanceAction } from './governance-operation.ts';
import type { ServicePreview } from '../contract/governance.ts';

export interface PlanWarning {
  readonly code: string;
  readonly message: string;
  readonly details?: unknown;
}

export interface GuardrailResult {
  readonly refusal?: DomainError;
  readonly warnings: PlanWarning[];
}

/** What a change does: an operation, or a rollback restoring a recorded state. */
export type GuardedChange = GovernanceAction | { readonly kind: 'restore' };

const serving = (side: { enabled: boolean; weight: number }): boolean => side.enabled && side.weight > 0;

export function checkGuardrails(previews: readonly ServicePreview[], action: GuardedChange, force: boolean): GuardrailResult {
  const disables = action.kind === 'disable' || action.kind === 'restore';
  const weighs = action.kind === 'set-weight' || action.kind === 'restore';
  const warnings: PlanWarning[] = [];
  let refusal: DomainError | undefined;
  const refuse = (code: string, message: string, details: unknown): void => {
    if (force) warnings.push({ code: `${code}_FORCED`, message: `${message} (forced)`, details });
    else refusal ??= conflictError(code, `${message}; repeat with force to do it anyway`, details);
  };
  for (const s of previews) {
    const enabledBefore = s.providers.filter((p) => p.before.enabled).length;
    const enabledAfter = s.providers.filter((p) => p.after.enabled).length;
    if (disables && enabledBefore > 0 && enabledAfter === 0) {
      refuse('LAST_PROVIDER', `this would disable the last enabled provider of ${s.serviceKey}`, { serviceKey: s.serviceKey });
    }
    const live = s.providers.filter((p) => p.after.enabled);
    const zeroAfter = live.length > 0 && live.every((p) => p.after.weight === 0);
    const someBefore = s.providers.some((p) => p.before.enabled && p.before.weight > 0);
    if (weighs && zeroAfter && someBefore) {
      refuse('ALL_WEIGHTS_ZERO', `this would set every weight of ${s.serviceKey} to 0, and Dubbo then spreads calls uniformly`, {
        serviceKey: s.serviceKey,
      });
    }
    const before = s.providers.filter((p) => serving(p.before)).length;
    const after = s.providers.filter((p) => serving(p.after)).length;
    if (after * 2 < s.providers.length && after < before) {
      warnings.push({
        code: 'FEW_PROVIDERS_SERVING',
        message: `only ${after} of ${s.providers.length} providers of ${s.serviceKey} would be serving`,
        details: { serviceKey: s.serviceKey, serving: after, providers: s.providers.length },
      });
    }
  }
  return refusal ? { refusal, warnings } : { warnings };
}
