import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage } from '../i18n/i18n.ts';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage } from '../i18n/language.ts';
import styles from './app-header.module.css';

/** The header's language switch: each language named in itself; the choice is remembered in this browser. */
export function LanguagePicker() {
  const { t } = useTranslation('shell');
  return (
    <select
      className={styles.language}
      aria-label={t('language.label')}
      title={t('language.label')}
      value={currentLanguage()}
      onChange={(event) => {
        if (isLanguage(event.target.value)) void setLanguage(event.target.value);
      }}
    >
      {LANGUAGES.map((language) => (
        <option key={language} value={language} lang={language}>
          {LANGUAGE_NAMES[language]}
        </option>
      ))}
    </select>
  );
}
