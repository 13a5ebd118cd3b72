import type { Instance } from '@contract/instance.ts';
import { Badge } from '../../../components/badge.tsx';
import { formatCount } from '../../../lib/display-format.ts';
import { providerStateView, weightView } from '../provider-state.ts';
import styles from './provider-cells.module.css';
import { RuleLabel } from '../../../components/rule-label.tsx';

/** Cells of the providers table that carry more than one value. */

export function AddressCell({ provider }: { provider: Instance }) {
  return (
    <span className={styles.address}>
      <span className="mono">{provider.address}</span>
      {provider.nodes > 1 ? (
        <Badge
          tone="info"
          title={`${provider.nodes} registry nodes share this address: the provider is re-registering with changed parameters. They count as one instance.`}
        >
          re-registering
        </Badge>
      ) : null}
    </span>
  );
}

export function EffectiveWeightCell({ provider }: { provider: Instance }) {
  const weight = weightView(provider);
  if (!weight.overridden) return <span>{formatCount(weight.effective)}</span>;
  return (
    <Badge tone="warning" title={`Changed by a rule: registered ${formatCount(weight.registered)}, effective ${formatCount(weight.effective)}`}>
      {formatCount(weight.effective)}
    </Badge>
  );
}

/** The state badge and why; the rules themselves are named in the "Applied rules" cell. */
export function EnabledCell({ provider }: { provider: Instance }) {
  const state = providerStateView(provider);
  const rules = state.ruleLabels.length > 0 ? `: ${state.ruleLabels.join(', ')}` : '';
  return (
    <span className={styles.state}>
      <Badge tone={state.enabled ? 'success' : 'danger'}>{state.label}</Badge>
      {state.reason ? (
        <span className={styles.reason} title={`${state.label} ${state.reason}${rules}`}>
          {state.reason}
        </span>
      ) : null}
    </span>
  );
}

export function RulesCell({ provider }: { provider: Instance }) {
  const applied = provider.appliedRules;
  const specific = provider.consumerSpecificRules.map((rule) => rule.label);
  return (
    <span className={styles.rules}>
      {applied.length > 0 ? (
        <ul className={styles.ruleNames} aria-label="Applied rules">
          {applied.map((rule) => (
            <li key={rule.path}>
              <RuleLabel rule={rule} clamped />
            </li>
          ))}
        </ul>
      ) : (
        <span className="muted">none</span>
      )}
      {specific.length > 0 ? (
        <Badge
          tone="accent"
          title={`Only for some consumers (not part of the effective weight or state): ${specific.join(', ')}`}
        >
          +{specific.length} consumer-specific
        </Badge>
      ) : null}
    </span>
  );
}
