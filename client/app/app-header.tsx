import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { appPaths } from '../lib/app-paths.ts';
import { formatCount } from '../lib/display-format.ts';
import { usePermissions } from '../lib/session-query.ts';
import styles from './app-header.module.css';
import { LanguagePicker } from './language-picker.tsx';
import { SessionStatus } from './session-status.tsx';
import { ThemeSwitch } from './theme-switch.tsx';

type AppHeaderProps = {
  /** Registry warnings to flag next to the nav item; undefined while unknown. */
  warningCount: number | undefined;
  status: ReactNode;
};

const navItems = [
  { to: appPaths.topology, label: 'nav.topology' },
  { to: appPaths.services, label: 'nav.services' },
  { to: appPaths.applications, label: 'nav.applications' },
  { to: appPaths.warnings, label: 'nav.warnings' },
  { to: appPaths.releases, label: 'nav.releases' },
  { to: appPaths.rules, label: 'nav.rules' },
  { to: appPaths.audit, label: 'nav.audit' },
  { to: appPaths.reference, label: 'nav.reference' },
] as const;

export function AppHeader({ warningCount, status }: AppHeaderProps) {
  const { t } = useTranslation('shell');
  const { ownTokens } = usePermissions();
  const items = ownTokens ? [...navItems, { to: appPaths.tokens, label: 'nav.tokens' } as const] : navItems;
  return (
    <header className={styles.header}>
      <Link to={appPaths.topology} className={styles.brand} aria-label={t('brandHome')}>
        <img src="/favicon.svg" alt="" width={22} height={22} />
        <span>{t('brand')}</span>
      </Link>
      <nav aria-label={t('nav.label')} className={styles.nav}>
        {items.map((item) => (
          <NavLink
            key={item.to}
            to={item.to}
            className={({ isActive }) => `${styles.navLink} ${isActive ? styles.active : ''}`}
          >
            {t(item.label)}
            {item.to === appPaths.warnings && warningCount ? (
              <span className={styles.count} title={t('warningCount', { count: warningCount })}>
                {formatCount(warningCount)}
              </span>
            ) : null}
          </NavLink>
        ))}
      </nav>
      <div className={styles.status}>{status}</div>
      <LanguagePicker />
      <ThemeSwitch />
      <SessionStatus />
    </header>
  );
}
