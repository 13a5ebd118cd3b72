/**
 * The story of creating a release, as a pure function of the registry snapshot and the request: choose the
 * canary and stable instances, validate the steps and holds, work out each step's weights and predicted split
 * (weighted) or the tag rule and prove it with the consumers' router (tag), and answer a draft release
 * document. Nothing is written; id, time and actor come in. Refusals are DomainErrors with stable codes.
 */
import type { Release, ReleaseRequest } from '../contract/releases.ts';
import { validationError } from '../errors/domain-error.ts';
import type { RegistrySnapshot } from '../registry/registry-snapshot.ts';
import { selectCanary, type CanarySelection } from './canary-selection.ts';
import { holdsFor, planSteps, validateSteps } from './release-steps.ts';
import { checkTagRelease, everyoneReadsMatch } from './tag-release-check.ts';
import { addReleaseTag, type TagMembers } from './tag-release-rule.ts';

export const DEFAULT_TAG = 'gray';

export interface PlanReleaseInput {
  readonly snapshot: RegistrySnapshot;
  readonly request: ReleaseRequest;
  readonly id: string;
  readonly at: Date;
  readonly actor: string;
}

export interface TagRulePlan {
  readonly node: string;
  /** The tag-router text as found in the snapshot (null: absent). */
  readonly before: string | null;
  readonly after: string;
}

export interface ReleasePlan {
  readonly release: Release;
  readonly selection: CanarySelection;
  /** Tag mode: the rule file the start writes. */
  readonly tagRule?: TagRulePlan;
}

/** `match` when the canary was chosen by parameters and every release involved reads v3.0 match; else addresses. */
export function tagMembers(request: ReleaseRequest, selection: CanarySelection): TagMembers {
  const match = request.canary.match;
  if (match !== undefined && everyoneReadsMatch([...selection.providerReleases, ...selection.consumerReleases])) {
    return { kind: 'match', params: match };
  }
  return { kind: 'addresses', addresses: selection.canary };
}

export function tagRuleNode(application: string): string {
  return `${application}.tag-router`;
}

function planTagRule(input: PlanReleaseInput, selection: CanarySelection, tag: string): { plan: TagRulePlan; warnings: Release['warnings'] } {
  const { snapshot, request } = input;
  const node = tagRuleNode(request.application);
  const before = snapshot.rules.get(node)?.text ?? null;
  const edit = { application: request.application, tag, members: tagMembers(request, selection) };
  const { text, notes } = addReleaseTag(before ?? undefined, edit);
  const after = text ?? '';
  const check = checkTagRelease({ services: selection.services, canary: selection.canary, tag, ruleText: after, consumerReleases: selection.consumerReleases });
  if (check.refusal) throw check.refusal;
  return { plan: { node, before, after }, warnings: [...notes, ...check.warnings] };
}

export function planRelease(input: PlanReleaseInput): ReleasePlan {
  const { snapshot, request } = input;
  if (request.mode === 'weighted' && request.tag !== undefined) {
    throw validationError('TAG_NEEDS_TAG_MODE', 'a tag is only used by tag-mode releases', { tag: request.tag });
  }
  const percents = validateSteps(request.mode, request.steps);
  const holds = holdsFor(percents, request.holdSeconds);
  const selection = selectCanary(snapshot, { application: request.application, service: request.service, canary: request.canary });
  const tag = request.mode === 'tag' ? (request.tag ?? DEFAULT_TAG) : null;
  const planned = planSteps(request.mode, percents, holds, selection);
  const tagged = tag === null ? undefined : planTagRule(input, selection, tag);
  const release: Release = {
    id: input.id,
    application: request.application,
    service: request.service ?? null,
    mode: request.mode,
    tag,
    canarySelector: request.canary,
    state: { kind: 'draft' },
    currentStep: null,
    steps: planned.steps,
    canary: [...selection.canary],
    stable: [...selection.stable],
    timeline: [],
    touchedRules: [],
    createdAt: input.at.toISOString(),
    createdBy: input.actor,
    reason: request.reason ?? '',
    warnings: [...planned.warnings, ...(tagged?.warnings ?? [])],
  };
  return tagged ? { release, selection, tagRule: tagged.plan } : { release, selection };
}
