import type { Instance } from '@contract/instance.ts';
import { i18n } from '../../i18n/i18n.ts';

/**
 * How one provider's effective state reads to an operator: what it registered, what rules made of
 * it, and why. Pure, so the wording rules are tested without a browser.
 */
export type ProviderStateView = {
  enabled: boolean;
  /** "Enabled" / "Disabled", in the operator's language. */
  label: string;
  /** Why, when the state is not simply "registered enabled". */
  reason?: string;
  /** Rules that may be responsible (the ones applied to this provider), as people read them. */
  ruleLabels: string[];
};

export function providerStateView(provider: Instance): ProviderStateView {
  const ruleLabels = provider.appliedRules.map((rule) => rule.label);
  const enabled = i18n.t('services:state.enabled');
  const disabled = i18n.t('services:state.disabled');
  if (!provider.enabled) {
    if (!provider.registeredEnabled) return { enabled: false, label: disabled, reason: i18n.t('services:state.reason.atRegistration'), ruleLabels: [] };
    return { enabled: false, label: disabled, reason: i18n.t('services:state.reason.byRule'), ruleLabels };
  }
  if (!provider.registeredEnabled) return { enabled: true, label: enabled, reason: i18n.t('services:state.reason.byRuleRegisteredDisabled'), ruleLabels };
  return { enabled: true, label: enabled, ruleLabels: [] };
}

export type WeightView = { registered: number; effective: number; overridden: boolean };

export function weightView(provider: Instance): WeightView {
  return {
    registered: provider.registeredWeight,
    effective: provider.weight,
    overridden: provider.weight !== provider.registeredWeight,
  };
}

/** Text the providers search matches against. */
export function providerSearchText(provider: Instance): string {
  return [
    provider.address,
    provider.application,
    provider.protocol,
    provider.release,
    provider.dubboVersion,
    provider.enabled ? 'enabled' : 'disabled',
    ...provider.tags,
    ...provider.appliedRules.flatMap((rule) => [rule.label, rule.node]),
  ].join(' ');
}
