import type { ReactNode } from 'react';
import styles from './state-message.module.css';

type EmptyStateProps = {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
};

/** Nothing to show — say why, and offer the way out (usually "clear filters"). */
export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <div className={styles.message} role="status">
      <p className={styles.title}>{title}</p>
      {children ? <div className={styles.detail}>{children}</div> : null}
      {action ? <div className={styles.action}>{action}</div> : null}
    </div>
  );
}
