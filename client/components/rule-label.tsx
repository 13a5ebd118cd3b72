import type { RuleRef } from '@contract/rule-ref.ts';
import { BreakableText } from './breakable-text.tsx';
import styles from './rule-label.module.css';

/**
 * A rule as people read it (`label`: a legacy rule's decoded override URL, a config-center node name).
 * A URL's parameters wrap between `key=value` pairs, never inside one; anything still too long for
 * its cell wraps anywhere rather than overflowing it.
 */
export function RuleLabel({ rule }: { rule: RuleRef }) {
  const queryStart = rule.label.indexOf('?');
  const address = queryStart < 0 ? rule.label : rule.label.slice(0, queryStart);
  const query = queryStart < 0 ? '' : rule.label.slice(queryStart);
  return (
    <span className={styles.label} title={rule.path}>
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
