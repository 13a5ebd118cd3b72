import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseThemePreference, themePreferences } from '../lib/theme-preference.ts';
import { setThemePreference } from '../lib/theme-store.ts';
import { useThemePreference } from '../lib/use-theme.ts';
import styles from './theme-switch.module.css';

/** The header's theme choice: follow the system setting, or pin light or dark (remembered in this browser). */
export function ThemeSwitch() {
  const { t } = useTranslation('shell');
  const preference = useThemePreference();
  const choose = (event: ChangeEvent<HTMLSelectElement>) => setThemePreference(parseThemePreference(event.target.value));
  return (
    <label className={styles.theme}>
      <span className="visually-hidden">{t('theme.label')}</span>
      <svg className={styles.icon} viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M8 1.75a6.25 6.25 0 0 1 0 12.5z" fill="currentColor" />
      </svg>
      <select className={styles.select} value={preference} onChange={choose}>
        {themePreferences.map((option) => (
          <option key={option} value={option}>
            {t(`theme.${option}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
