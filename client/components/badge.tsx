import type { ReactNode } from 'react';
import styles from './badge.module.css';

export type BadgeTone = 'neutral' | 'success' | 'warning' | 'danger' | 'info' | 'accent';

type BadgeProps = {
  tone?: BadgeTone;
  children: ReactNode;
  /** Longer explanation, shown on hover (and exposed as the accessible description). */
  title?: string;
  mono?: boolean;
};

export function Badge({ tone = 'neutral', children, title, mono = false }: BadgeProps) {
  const className = [styles.badge, styles[tone], mono ? styles.mono : ''].filter(Boolean).join(' ');
  return (
    <span className={className} title={title}>
      {children}
    </span>
  );
}
