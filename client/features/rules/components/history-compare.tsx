import type { RuleHistoryEntry } from '@contract/rules.ts';
import { DiffView } from '../../../components/diff-view.tsx';
import { Panel } from '../../../components/panel.tsx';
import { diffTexts, foldContext, parseUnifiedDiff } from '../../../lib/line-diff.ts';
import styles from './rule-detail-page.module.css';

type HistoryCompareProps = { entries: readonly RuleHistoryEntry[]; version: number; current: string | null; onClose: () => void };

/** A history version against the current text, and what that version itself changed. */
export function HistoryCompare({ entries, version, current, onClose }: HistoryCompareProps) {
  const entry = entries.find((candidate) => candidate.version === version);
  if (!entry) return null;
  return (
    <Panel
      title={`Version #${version} → current`}
      id="compare"
      toolbar={<button type="button" className="button button-small" onClick={onClose}>Close</button>}
      note="Lines removed since that version are red, lines added since are green."
    >
      <div className={styles.layout} style={{ padding: 12 }}>
        <DiffView label={`Diff from version ${version} to current`} lines={foldContext(diffTexts(entry.text, current))} emptyText="The current text is identical to this version." />
        <h3 style={{ fontSize: 13 }}>What version #{version} changed</h3>
        <DiffView label={`Changes in version ${version}`} lines={parseUnifiedDiff(entry.diff)} emptyText="This version changed nothing in the text." />
      </div>
    </Panel>
  );
}
