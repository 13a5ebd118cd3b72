import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import { copyText } from '../lib/copy-text.ts';

type CopyButtonProps = {
  /** What to copy; a function is read at the click (e.g. the page's current address). */
  text: string | (() => string);
  /** The accessible name and hover, e.g. "Copy the service key". */
  label: string;
  /** The visible caption (default "Copy"). */
  caption?: string;
};

/** Copies an identifier (service key, address, a link) to the clipboard and says so briefly. */
export function CopyButton({ text, label, caption }: CopyButtonProps) {
  const { t } = useTranslation('common');
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 1500);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <button
      type="button"
      className="button button-small button-quiet"
      aria-label={label}
      title={label}
      onClick={() => {
        void copyText(typeof text === 'function' ? text() : text).then(setCopied);
      }}
    >
      {copied ? t('copy.copied') : (caption ?? t('copy.copy'))}
    </button>
  );
}
