import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { CopyButton } from './copy-button.tsx';
import styles from './page-header.module.css';

type Crumb = { label: string; to: string };

type PageHeaderProps = {
  title: ReactNode;
  /** Short description under the title. */
  subtitle?: ReactNode;
  breadcrumbs?: readonly Crumb[];
  /** Badges or meta next to the title. */
  meta?: ReactNode;
  actions?: ReactNode;
};

export function PageHeader({ title, subtitle, breadcrumbs, meta, actions }: PageHeaderProps) {
  const { t } = useTranslation('common');
  return (
    <header className={styles.header}>
      {breadcrumbs && breadcrumbs.length > 0 ? (
        <nav aria-label={t('breadcrumb')} className={styles.breadcrumbs}>
          <ol>
            {breadcrumbs.map((crumb) => (
              <li key={crumb.to}>
                <Link to={crumb.to}>{crumb.label}</Link>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <div className={styles.titleRow}>
        <h1 className={styles.title}>{title}</h1>
        {meta ? <div className={styles.meta}>{meta}</div> : null}
        <div className={styles.actions}>
          {actions}
          <CopyLinkButton />
        </div>
      </div>
      {subtitle ? <p className={styles.subtitle}>{subtitle}</p> : null}
    </header>
  );
}

/** Every page's state (filters, sort, selection, page) is in its address, so a link shows what this person sees. */
export function CopyLinkButton() {
  const { t } = useTranslation('common');
  return <CopyButton text={() => window.location.href} label={t('copy.linkLabel')} caption={t('copy.link')} />;
}
