import type { ReactNode } from 'react';
import styles from './notice-box.module.css';

export type NoticeTone = 'danger' | 'warning' | 'info' | 'success';

/** Class names of a toned notice box, for elements other than a div (e.g. a list of warnings). */
export function noticeClassName(tone: NoticeTone): string {
  return `${styles.notice} ${styles[tone]}`;
}

type NoticeBoxProps = {
  tone: NoticeTone;
  title: ReactNode;
  /** `alert` for what needs an answer or failed, `status` for progress. */
  role?: 'alert' | 'status';
  children?: ReactNode;
};

/** A dialog's message of the moment: a question to confirm, a refusal, or where a write stands. */
export function NoticeBox({ tone, title, role = 'alert', children }: NoticeBoxProps) {
  return (
    <div className={noticeClassName(tone)} role={role}>
      <p className={styles.title}>{title}</p>
      {children}
    </div>
  );
}
