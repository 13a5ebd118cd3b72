import type { RuleRef } from '@contract/rule-ref.ts';
import { BreakableText } from './breakable-text.tsx';
import styles from './rule-label.module.css';

/**
 * A rule as people read it (`label`: a legacy rule's decoded override URL, a config-center node name).
 * A URL's parameters wrap between `key=value` pairs, never inside one; anything still too long for
 * its cell wraps anywhere rather than overflowing it. `clamped` (table cells) shows at most two lines
 * and cuts the rest with an ellipsis; the whole label stays the text (so the accessible name) and
 * the hover title.
 */
export function RuleLabel({ rule, clamped = false }: { rule: RuleRef; clamped?: boolean }) {
  const queryStart = rule.label.indexOf('?');
  const address = queryStart < 0 ? rule.label : rule.label.slice(0, queryStart);
  const query = queryStart < 0 ? '' : rule.label.slice(queryStart);
  return (
    <span className={clamped ? `${styles.label} ${styles.clamped}` : styles.label} title={clamped ? `${rule.label}\n${rule.path}` : rule.path}>
      <BreakableText text={address} />
      {query ? (
        <>
          <wbr />
          <BreakableText text={query} breakAfter="&" />
        </>
      ) : null}
    </span>
  );
}
