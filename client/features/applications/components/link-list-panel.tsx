import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BreakableText } from '../../../components/breakable-text.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { Panel } from '../../../components/panel.tsx';
import { SearchBox } from '../../../components/search-box.tsx';
import { formatCount } from '../../../lib/display-format.ts';
import styles from './link-list-panel.module.css';

type LinkListPanelProps = {
  title: string;
  names: readonly string[];
  href: (name: string) => string;
  emptyTitle: string;
  mono?: boolean;
};

const FILTER_FROM = 10;

/** A titled, filterable, scrolling list of links (services provided, caller applications…). */
export function LinkListPanel({ title, names, href, emptyTitle, mono = false }: LinkListPanelProps) {
  const { t } = useTranslation('applications');
  const [filter, setFilter] = useState('');
  const needle = filter.toLowerCase();
  const shown = (needle ? names.filter((name) => name.toLowerCase().includes(needle)) : [...names]).sort();
  return (
    <Panel title={title} count={formatCount(names.length)}>
      {names.length >= FILTER_FROM ? (
        <div className={styles.filter}>
          <SearchBox label={t('links.filter', { what: title.toLowerCase() })} placeholder={t('links.filterPlaceholder')} value={filter} onSearch={setFilter} delayMs={100} width="100%" />
        </div>
      ) : null}
      {shown.length === 0 ? (
        <EmptyState title={filter ? t('links.noMatch', { filter }) : emptyTitle} />
      ) : (
        <ul className={styles.list} aria-label={title}>
          {shown.map((name) => (
            <li key={name}>
              <Link to={href(name)} className={mono ? 'mono' : undefined}>
                {mono ? <BreakableText text={name} /> : name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
