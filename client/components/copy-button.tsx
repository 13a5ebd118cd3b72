import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';

type CopyButtonProps = { text: string; label: string };

/** Copies an identifier (service key, address) to the clipboard and says so briefly. */
export function CopyButton({ text, label }: CopyButtonProps) {
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
        void navigator.clipboard?.writeText(text).then(() => setCopied(true));
      }}
    >
      {copied ? t('copy.copied') : t('copy.copy')}
    </button>
  );
}
