import { useTranslation } from 'react-i18next';
import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';
import styles from './modal-dialog.module.css';

type ModalDialogProps = {
  title: ReactNode;
  /** Escape, the × button and the backdrop call this; the caller decides whether closing is allowed now. */
  onClose: () => void;
  children: ReactNode;
  /** Buttons, right-aligned at the bottom. */
  footer?: ReactNode;
  width?: 'medium' | 'wide';
};

/**
 * A modal on the native <dialog> (focus trap, inert page, Escape) so the confirmation flows get
 * accessibility for free. Mounted = open; the caller unmounts it to close.
 */
export function ModalDialog({ title, onClose, children, footer, width = 'medium' }: ModalDialogProps) {
  const { t } = useTranslation('common');
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const close = useRef(onClose);
  close.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const cancel = (event: Event) => {
      event.preventDefault();
      close.current();
    };
    dialog.addEventListener('cancel', cancel);
    return () => {
      dialog.removeEventListener('cancel', cancel);
      if (dialog.open) dialog.close();
    };
  }, []);

  return (
    <dialog ref={ref} className={`${styles.dialog} ${styles[width]}`} aria-labelledby={titleId}>
      <div className={styles.head}>
        <h2 id={titleId} className={styles.title}>
          {title}
        </h2>
        <button type="button" className={`button button-quiet ${styles.close}`} aria-label={t('dialog.close')} onClick={() => close.current()}>
          ×
        </button>
      </div>
      <div className={styles.body}>{children}</div>
      {footer ? <div className={styles.footer}>{footer}</div> : null}
    </dialog>
  );
}
