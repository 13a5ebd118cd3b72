import { z } from 'zod';
import { ruleKindSchema } from '@contract/rule-ref.ts';
import { listUrlState } from '../../lib/list-url-state.ts';
import { urlField } from '../../lib/url-state.ts';

/** /rules?q=&kind=&page= — the list filter is shareable. */
export const rulesUrlState = listUrlState({ filters: { q: urlField.text(), kind: urlField.text() }, paging: {} });
export type RulesUrlState = ReturnType<typeof rulesUrlState.schema.parse>;

/** /rules/:node?view=parsed&compare=3 — which view of the text, which history version is diffed. */
export const ruleDetailUrlStateSchema = z.object({
  view: urlField.oneOf(['text', 'parsed'], 'text'),
  compare: z.coerce.number().int().min(-1).catch(-1),
});
export type RuleDetailUrlState = z.output<typeof ruleDetailUrlStateSchema>;

/** Every rule kind the server reports, in the contract's order (the kind filter's options). */
export const RULE_KINDS = ruleKindSchema.options;
