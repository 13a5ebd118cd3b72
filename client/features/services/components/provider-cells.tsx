import { useTranslation } from 'react-i18next';
import type { Instance } from '@contract/instance.ts';
import { Badge } from '../../../components/badge.tsx';
import { formatCount } from '../../../lib/display-format.ts';
import { providerStateView, weightView } from '../provider-state.ts';
import styles from './provider-cells.module.css';
import { RuleLabel } from '../../../components/rule-label.tsx';

/** Cells of the providers table that carry more than one value. */

export function AddressCell({ provider }: { provider: Instance }) {
  const { t } = useTranslation('services');
  return (
    <span className={styles.address}>
      <span className="mono">{provider.address}</span>
      {provider.nodes > 1 ? (
        <Badge tone="info" title={t('providers.reRegisteringHint', { count: provider.nodes })}>
          {t('providers.reRegistering')}
        </Badge>
      ) : null}
    </span>
  );
}

export function EffectiveWeightCell({ provider }: { provider: Instance }) {
  const { t } = useTranslation('services');
  const weight = weightView(provider);
  if (!weight.overridden) return <span>{formatCount(weight.effective)}</span>;
  return (
    <Badge tone="warning" title={t('providers.weightChanged', { registered: formatCount(weight.registered), effective: formatCount(weight.effective) })}>
      {formatCount(weight.effective)}
    </Badge>
  );
}

/** The state badge and why; the rules themselves are named in the "Applied rules" cell. */
export function EnabledCell({ provider }: { provider: Instance }) {
  const { t } = useTranslation('services');
  const state = providerStateView(provider);
  const title =
    state.ruleLabels.length > 0
      ? t('state.titleWithRules', { state: state.label, reason: state.reason, rules: state.ruleLabels.join(', ') })
      : t('state.title', { state: state.label, reason: state.reason });
  return (
    <span className={styles.state}>
      <Badge tone={state.enabled ? 'success' : 'danger'}>{state.label}</Badge>
      {state.reason ? (
        <span className={styles.reason} title={title}>
          {state.reason}
        </span>
      ) : null}
    </span>
  );
}

export function RulesCell({ provider }: { provider: Instance }) {
  const { t } = useTranslation('services');
  const applied = provider.appliedRules;
  const specific = provider.consumerSpecificRules.map((rule) => rule.label);
  return (
    <span className={styles.rules}>
      {applied.length > 0 ? (
        <ul className={styles.ruleNames} aria-label={t('providers.appliedRules')}>
          {applied.map((rule) => (
            <li key={rule.path}>
              <RuleLabel rule={rule} clamped />
            </li>
          ))}
        </ul>
      ) : (
        <span className="muted">{t('providers.noRules')}</span>
      )}
      {specific.length > 0 ? (
        <Badge tone="accent" title={t('providers.consumerSpecificHint', { rules: specific.join(', ') })}>
          {t('providers.consumerSpecific', { count: specific.length })}
        </Badge>
      ) : null}
    </span>
  );
}
