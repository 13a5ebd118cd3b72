import { z } from 'zod';
import { ruleKindSchema } from '@contract/rule-ref.ts';
import { urlField } from '../../lib/url-state.ts';

/** /rules?q=&kind=&page= — the list filter is shareable. */
export const rulesUrlStateSchema = z.object({
  q: urlField.text(),
  kind: urlField.text(),
  page: urlField.page(),
});
export type RulesUrlState = z.output<typeof rulesUrlStateSchema>;

/** /rules/:node?view=parsed&compare=3 — which view of the text, which history version is diffed. */
export const ruleDetailUrlStateSchema = z.object({
  view: urlField.oneOf(['text', 'parsed'], 'text'),
  compare: z.coerce.number().int().min(-1).catch(-1),
});
export type RuleDetailUrlState = z.output<typeof ruleDetailUrlStateSchema>;

/** Every rule kind the server reports, in the contract's order (the kind filter's options). */
export const RULE_KINDS = ruleKindSchema.options;
