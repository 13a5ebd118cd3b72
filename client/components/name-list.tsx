import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import styles from './name-list.module.css';

type NameListProps = {
  names: readonly string[];
  /** Where each name links to; plain text when omitted. */
  href?: (name: string) => string;
  /** How many to show before "+N more". */
  limit?: number;
  empty?: string;
};

/** A compact one-line list (apps of a service, rules of a provider); the rest are named on hover. */
export function NameList({ names, href, limit = 3, empty = '—' }: NameListProps) {
  const { t } = useTranslation('common');
  if (names.length === 0) return <span className={styles.empty}>{empty}</span>;
  const shown = names.slice(0, limit);
  const hidden = names.length - shown.length;
  return (
    <span className={styles.list}>
      {shown.map((name) => (
        <span key={name} className={styles.item}>
          {href ? <Link to={href(name)}>{name}</Link> : name}
        </span>
      ))}
      {hidden > 0 ? (
        <span className={styles.more} title={t('nameList.also', { names: names.slice(limit).join(t('nameList.separator')) })}>
          +{hidden}
        </span>
      ) : null}
    </span>
  );
}
