import { useTranslation } from 'react-i18next';
import type { DiffLine } from '../lib/line-diff.ts';
import { diffStats } from '../lib/line-diff.ts';
import { formatCount } from '../lib/display-format.ts';
import styles from './diff-view.module.css';

type DiffViewProps = {
  lines: readonly DiffLine[];
  /** Accessible name, e.g. "Rule file diff". */
  label: string;
  /** Shown instead of an empty box when nothing changes. */
  emptyText?: string;
};

/** A coloured unified diff: old/new line numbers, +/− gutters, folded unchanged runs. */
export function DiffView({ lines, label, emptyText }: DiffViewProps) {
  const { t } = useTranslation('common');
  const stats = diffStats(lines);
  if (stats.added === 0 && stats.removed === 0) {
    return <p className={styles.empty} role="note" aria-label={label}>{emptyText ?? t('diff.noChanges')}</p>;
  }
  return (
    <figure className={styles.figure} aria-label={label}>
      <figcaption className={styles.caption}>
        <span className={styles.added}>+{stats.added}</span> <span className={styles.removed}>−{stats.removed}</span>
      </figcaption>
      <div className={styles.scroller}>
        <table className={styles.table}>
          <tbody>
            {lines.map((line, index) => (
              <DiffRow key={index} line={line} />
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

function DiffRow({ line }: { line: DiffLine }) {
  const { t } = useTranslation('common');
  if (line.kind === 'meta') return null;
  if (line.kind === 'hunk' || line.kind === 'skip') {
    const text = line.kind === 'hunk' ? line.text : t('diff.unchanged', { count: line.count, lines: formatCount(line.count) });
    return (
      <tr className={styles.hunk}>
        <td colSpan={4}>{text}</td>
      </tr>
    );
  }
  const sign = line.kind === 'add' ? '+' : line.kind === 'remove' ? '−' : ' ';
  return (
    <tr className={styles[line.kind]}>
      <td className={styles.number}>{line.oldLine ?? ''}</td>
      <td className={styles.number}>{line.newLine ?? ''}</td>
      <td className={styles.sign} aria-hidden="true">{sign}</td>
      <td className={styles.code}>
        {line.kind === 'add' ? <span className="visually-hidden">{t('diff.added')} </span> : null}
        {line.kind === 'remove' ? <span className="visually-hidden">{t('diff.removed')} </span> : null}
        {line.text || '\u00a0'}
      </td>
    </tr>
  );
}
