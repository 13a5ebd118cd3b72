import { useId } from 'react';
import type { ReactNode } from 'react';
import styles from './panel.module.css';

type PanelProps = {
  title: string;
  /** A count or short status next to the title. */
  count?: ReactNode;
  toolbar?: ReactNode;
  /** Text under the title: caveats the operator must see before reading the table. */
  note?: ReactNode;
  children: ReactNode;
  id?: string;
};

/** A titled card holding one table or list; its heading labels the region for assistive tech. */
export function Panel({ title, count, toolbar, note, children, id }: PanelProps) {
  // A title in Chinese has no slug: an id of its own, unique on the page, instead.
  const autoId = useId();
  const headingId = `${id ?? (slug(title) || autoId)}-heading`;
  return (
    <section className={styles.panel} aria-labelledby={headingId} id={id}>
      <div className={styles.head}>
        <h2 id={headingId} className={styles.title}>
          {title}
          {count !== undefined ? <span className={styles.count}>{count}</span> : null}
        </h2>
        {toolbar ? <div className={styles.toolbar}>{toolbar}</div> : null}
      </div>
      {note ? <div className={styles.note}>{note}</div> : null}
      {children}
    </section>
  );
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}
