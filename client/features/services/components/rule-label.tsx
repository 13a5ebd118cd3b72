import type { RuleRef } from '@contract/rule-ref.ts';
import { BreakableText } from '../../../components/breakable-text.tsx';
import styles from './rule-label.module.css';

/**
 * A rule as people read it (`label`: a legacy rule's decoded override URL, a config-center node name).
 * Long URLs wrap after their separators and, failing that, anywhere, so they never overflow a cell.
 */
export function RuleLabel({ rule }: { rule: RuleRef }) {
  return (
    <span className={styles.label} title={rule.path}>
      <BreakableText text={rule.label} />
    </span>
  );
}
