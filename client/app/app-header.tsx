import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { appPaths } from '../lib/app-paths.ts';
import { formatCount } from '../lib/display-format.ts';
import { usePermissions } from '../lib/session-query.ts';
import styles from './app-header.module.css';
import { SessionStatus } from './session-status.tsx';

type AppHeaderProps = {
  /** Registry warnings to flag next to the nav item; undefined while unknown. */
  warningCount: number | undefined;
  status: ReactNode;
};

const navItems = [
  { to: appPaths.topology, label: 'Topology' },
  { to: appPaths.services, label: 'Services' },
  { to: appPaths.applications, label: 'Applications' },
  { to: appPaths.warnings, label: 'Warnings' },
  { to: appPaths.releases, label: 'Releases' },
  { to: appPaths.rules, label: 'Rules' },
  { to: appPaths.audit, label: 'Audit' },
] as const;

export function AppHeader({ warningCount, status }: AppHeaderProps) {
  const { ownTokens } = usePermissions();
  const items = ownTokens ? [...navItems, { to: appPaths.tokens, label: 'Tokens' }] : navItems;
  return (
    <header className={styles.header}>
      <Link to={appPaths.topology} className={styles.brand} aria-label="Switchboard home">
        <img src="/favicon.svg" alt="" width={22} height={22} />
        <span>Switchboard</span>
      </Link>
      <nav aria-label="Main" className={styles.nav}>
        {items.map((item) => (
          <NavLink
            key={item.to}
            to={item.to}
            className={({ isActive }) => `${styles.navLink} ${isActive ? styles.active : ''}`}
          >
            {item.label}
            {item.to === appPaths.warnings && warningCount ? (
              <span className={styles.count} title={`${warningCount} registry warnings`}>
                {formatCount(warningCount)}
              </span>
            ) : null}
          </NavLink>
        ))}
      </nav>
      <div className={styles.status}>{status}</div>
      <SessionStatus />
    </header>
  );
}
