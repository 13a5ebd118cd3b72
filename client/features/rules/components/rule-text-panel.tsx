import { useTranslation } from 'react-i18next';
import type { RuleDetail } from '@contract/rules.ts';
import { Panel } from '../../../components/panel.tsx';
import styles from './rule-text-panel.module.css';

type RuleTextPanelProps = { detail: RuleDetail; view: 'text' | 'parsed'; onView: (view: 'text' | 'parsed') => void };

/** The stored text verbatim, or the configurators as Dubbo parses them. */
export function RuleTextPanel({ detail, view, onView }: RuleTextPanelProps) {
  const { t } = useTranslation('rules');
  return (
    <Panel
      title={t('text.title')}
      id="rule-file"
      note={detail.rule.valid ? undefined : <strong className={styles.problem}>{t('text.problem', { problem: detail.rule.problem ?? t('text.invalidYaml') })}</strong>}
      toolbar={
        <div className={styles.tabs} role="tablist" aria-label={t('text.viewLabel')}>
          {(['text', 'parsed'] as const).map((tab) => (
            <button key={tab} type="button" role="tab" aria-selected={view === tab} className={`button button-small ${view === tab ? styles.active : ''}`} onClick={() => onView(tab)}>
              {tab === 'text' ? t('text.raw') : t('text.parsed')}
            </button>
          ))}
        </div>
      }
    >
      {view === 'text' ? (
        <pre className={styles.text} aria-label={t('text.textLabel')}>
          {detail.text || t('text.emptyFile')}
        </pre>
      ) : detail.parsed === null ? (
        <p className={styles.none}>{t('text.noParsed')}</p>
      ) : (
        <pre className={styles.text} aria-label={t('text.parsedLabel')}>{JSON.stringify(detail.parsed, null, 2)}</pre>
      )}
    </Panel>
  );
}
