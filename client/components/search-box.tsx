import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import { useDebouncedCallback } from '../lib/use-debounced-callback.ts';
import styles from './search-box.module.css';

type SearchBoxProps = {
  /** The committed value (usually from the URL); typing is local until it settles. */
  value: string;
  onSearch: (value: string) => void;
  label: string;
  placeholder?: string;
  delayMs?: number;
  width?: string;
};

/** A search field that reports its value once typing pauses (Enter reports at once). */
export function SearchBox({ value, onSearch, label, placeholder, delayMs = 250, width }: SearchBoxProps) {
  const { t } = useTranslation('common');
  const [draft, setDraft] = useState(value);
  const debounced = useDebouncedCallback(onSearch, delayMs);

  // Follow outside changes (back button, "clear filters") without clobbering what is being typed.
  useEffect(() => {
    setDraft((current) => (current.trim() === value.trim() ? current : value));
  }, [value]);

  const change = (next: string) => {
    setDraft(next);
    debounced(next.trim());
  };

  return (
    <div className={styles.box} style={width ? { width } : undefined}>
      <svg className={styles.icon} viewBox="0 0 16 16" aria-hidden="true">
        <path d="M11.5 10.1l3.2 3.2-1.4 1.4-3.2-3.2a6 6 0 1 1 1.4-1.4zM6.5 11a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9z" />
      </svg>
      <input
        type="search"
        className={`input ${styles.input}`}
        aria-label={label}
        placeholder={placeholder}
        value={draft}
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => change(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') debounced.flush(draft.trim());
          if (event.key === 'Escape' && draft) change('');
        }}
      />
      {draft ? (
        <button type="button" className={styles.clear} aria-label={t('search.clear', { label: label.toLowerCase() })} onClick={() => {
          setDraft('');
          debounced.flush('');
        }}>
          ×
        </button>
      ) : null}
    </div>
  );
}
