import { useTranslation } from 'react-i18next';
import type { RuleHistoryEntry } from '@contract/rules.ts';
import { DiffView } from '../../../components/diff-view.tsx';
import { Panel } from '../../../components/panel.tsx';
import { diffTexts, foldContext, parseUnifiedDiff } from '../../../lib/line-diff.ts';
import styles from './rule-detail-page.module.css';

type HistoryCompareProps = { entries: readonly RuleHistoryEntry[]; version: number; current: string | null; onClose: () => void };

/** A history version against the current text, and what that version itself changed. */
export function HistoryCompare({ entries, version, current, onClose }: HistoryCompareProps) {
  const { t } = useTranslation('rules');
  const entry = entries.find((candidate) => candidate.version === version);
  if (!entry) return null;
  return (
    <Panel
      title={t('compare.title', { version })}
      id="compare"
      toolbar={<button type="button" className="button button-small" onClick={onClose}>{t('compare.close')}</button>}
      note={t('compare.note')}
    >
      <div className={styles.layout} style={{ padding: 12 }}>
        <DiffView label={t('compare.diffLabel', { version })} lines={foldContext(diffTexts(entry.text, current))} emptyText={t('compare.identical')} />
        <h3 style={{ fontSize: 13 }}>{t('compare.changedHeading', { version })}</h3>
        <DiffView label={t('compare.changesLabel', { version })} lines={parseUnifiedDiff(entry.diff)} emptyText={t('compare.changedNothing')} />
      </div>
    </Panel>
  );
}
