import { MAX_HOLD_SECONDS, MAX_STEPS } from '@contract/releases.ts';
import type { ReleaseMode, ReleaseRequest } from '@contract/releases.ts';
import { i18n } from '../../i18n/i18n.ts';
import { formatCount } from '../../lib/display-format.ts';

/**
 * The release wizard's form as the operator types it, and the request it stands for. Pure: the wizard
 * sends `draftRequest(draft)` as a dry run while the operator edits (the live preview) and for real on
 * "Create and start" / "Save as draft"; a problem found here is shown before anything is sent,
 * in the operator's language (the `releaseWizard` catalogue).
 */
export type CanaryBy = 'instances' | 'match';

export type ReleaseDraft = {
  application: string;
  /** '' = every service of the application. */
  service: string;
  canaryBy: CanaryBy;
  addresses: readonly string[];
  matchKey: string;
  matchValue: string;
  mode: ReleaseMode;
  /** "5, 25, 50, 100" */
  steps: string;
  /** Seconds each step holds before it advances by itself; '' = until the operator advances it. */
  hold: string;
  tag: string;
  reason: string;
};

export const PRESET_STEPS = '5, 25, 50, 100';
export const DEFAULT_TAG = 'gray';

export function emptyDraft(application = '', service = ''): ReleaseDraft {
  return { application, service, canaryBy: 'instances', addresses: [], matchKey: 'version', matchValue: '', mode: 'weighted', steps: PRESET_STEPS, hold: '', tag: DEFAULT_TAG, reason: '' };
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

/** "5, 25 50,100" → [5, 25, 50, 100]: whole percentages 1–100, strictly increasing. */
export function parseSteps(text: string): Parsed<number[]> {
  const parts = text.split(/[\s,]+/).filter(Boolean);
  if (parts.length === 0) return { ok: false, problem: i18n.t('releaseWizard:problem.noSteps') };
  if (parts.length > MAX_STEPS) return { ok: false, problem: i18n.t('releaseWizard:problem.tooManySteps', { max: formatCount(MAX_STEPS) }) };
  const steps: number[] = [];
  for (const part of parts) {
    const value = Number(part.replace(/%$/, ''));
    if (!Number.isInteger(value) || value < 1 || value > 100) return { ok: false, problem: i18n.t('releaseWizard:problem.badPercent', { part }) };
    const previous = steps.at(-1);
    if (previous !== undefined && value <= previous) return { ok: false, problem: i18n.t('releaseWizard:problem.notIncreasing') };
    steps.push(value);
  }
  return { ok: true, value: steps };
}

/** '' → no hold; else whole seconds up to a week. */
export function parseHold(text: string): Parsed<number | undefined> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  const value = Number(trimmed);
  if (!Number.isInteger(value) || value < 0 || value > MAX_HOLD_SECONDS) {
    return { ok: false, problem: i18n.t('releaseWizard:problem.badHold', { max: formatCount(MAX_HOLD_SECONDS) }) };
  }
  return { ok: true, value };
}

/** The request body the draft stands for (without dryRun/start), or the first thing to fix. */
export function draftRequest(draft: ReleaseDraft): Parsed<ReleaseRequest> {
  if (draft.application === '') return { ok: false, problem: i18n.t('releaseWizard:problem.noApplication') };
  const canary = canaryOf(draft);
  if (!canary.ok) return canary;
  const hold = parseHold(draft.hold);
  if (!hold.ok) return hold;
  const steps: Parsed<number[]> = draft.mode === 'tag' ? { ok: true, value: [] } : parseSteps(draft.steps);
  if (!steps.ok) return steps;
  const tag = draft.tag.trim();
  if (draft.mode === 'tag' && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(tag)) {
    return { ok: false, problem: i18n.t('releaseWizard:problem.badTag') };
  }
  const reason = draft.reason.trim();
  return {
    ok: true,
    value: {
      application: draft.application,
      ...(draft.service ? { service: draft.service } : {}),
      mode: draft.mode,
      canary: canary.value,
      steps: steps.value,
      ...(hold.value === undefined ? {} : { holdSeconds: hold.value }),
      ...(draft.mode === 'tag' ? { tag } : {}),
      ...(reason ? { reason } : {}),
    },
  };
}

function canaryOf(draft: ReleaseDraft): Parsed<ReleaseRequest['canary']> {
  if (draft.canaryBy === 'instances') {
    if (draft.addresses.length === 0) return { ok: false, problem: i18n.t('releaseWizard:problem.noInstances') };
    return { ok: true, value: { addresses: [...draft.addresses].sort() } };
  }
  const key = draft.matchKey.trim();
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(key)) return { ok: false, problem: i18n.t('releaseWizard:problem.badParameter') };
  if (draft.matchValue.trim() === '') return { ok: false, problem: i18n.t('releaseWizard:problem.noMatchValue', { key }) };
  return { ok: true, value: { match: { [key]: draft.matchValue.trim() } } };
}
