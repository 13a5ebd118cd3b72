import type { RuleDetail } from '@contract/rules.ts';
import { Panel } from '../../../components/panel.tsx';
import styles from './rule-text-panel.module.css';

type RuleTextPanelProps = { detail: RuleDetail; view: 'text' | 'parsed'; onView: (view: 'text' | 'parsed') => void };

/** The stored text verbatim, or the configurators as Dubbo parses them. */
export function RuleTextPanel({ detail, view, onView }: RuleTextPanelProps) {
  return (
    <Panel
      title="Rule file"
      id="rule-file"
      note={detail.rule.valid ? undefined : <strong className={styles.problem}>Dubbo cannot read this file: {detail.rule.problem ?? 'invalid YAML'}. It has no effect.</strong>}
      toolbar={
        <div className={styles.tabs} role="tablist" aria-label="Rule view">
          {(['text', 'parsed'] as const).map((tab) => (
            <button key={tab} type="button" role="tab" aria-selected={view === tab} className={`button button-small ${view === tab ? styles.active : ''}`} onClick={() => onView(tab)}>
              {tab === 'text' ? 'Raw text' : 'Parsed'}
            </button>
          ))}
        </div>
      }
    >
      {view === 'text' ? (
        <pre className={styles.text} aria-label="Rule text">{detail.text || '(empty file)'}</pre>
      ) : detail.parsed === null ? (
        <p className={styles.none}>No parsed view: the file is invalid or not a configurator file.</p>
      ) : (
        <pre className={styles.text} aria-label="Parsed rule">{JSON.stringify(detail.parsed, null, 2)}</pre>
      )}
    </Panel>
  );
}
