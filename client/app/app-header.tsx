import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { appPaths } from '../lib/app-paths.ts';
import { formatCount } from '../lib/display-format.ts';
import styles from './app-header.module.css';

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
  return (
    <header className={styles.header}>
      <Link to={appPaths.topology} className={styles.brand} aria-label="Switchboard home">
        <img src="/favicon.svg" alt="" width={22} height={22} />
        <span>Switchboard</span>
      </Link>
      <nav aria-label="Main" className={styles.nav}>
        {navItems.map((item) => (
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
    </header>
  );
}
