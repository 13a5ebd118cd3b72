/**
 * The console's one i18next instance: catalogues from `catalogue.ts`, the language from `language.ts`
 * (remembered choice → browser languages → English), English as the fallback for a key a catalogue
 * lacks (the catalogue test keeps that from happening). `setLanguage` switches, remembers and sets
 * `<html lang>`; components follow through react-i18next's `useTranslation(namespace)`.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogue } from './catalogue.ts';
import { LANGUAGE_STORAGE_KEY, LOCALE_TAGS, isLanguage, pickLanguage, type Language } from './language.ts';

function storedLanguage(): string | null {
  try {
    return globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
  } catch {
    return null; // storage disabled: follow the browser
  }
}

function browserLanguages(): readonly string[] {
  const nav = (globalThis as { navigator?: { languages?: readonly string[]; language?: string } }).navigator;
  return nav?.languages?.length ? nav.languages : nav?.language ? [nav.language] : [];
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: catalogue,
  lng: pickLanguage(storedLanguage(), browserLanguages()),
  fallbackLng: 'en',
  supportedLngs: ['en', 'zh'],
  ns: Object.keys(catalogue.en),
  defaultNS: 'common',
  interpolation: { escapeValue: false }, // React escapes
  returnEmptyString: false,
  initAsync: false,
});
markDocument(currentLanguage());

export function currentLanguage(): Language {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : 'en';
}

/** The BCP 47 tag of the current language, for Intl formatters. */
export function currentLocale(): string {
  return LOCALE_TAGS[currentLanguage()];
}

export async function setLanguage(language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // not remembered, still switched
  }
  await i18n.changeLanguage(language);
  markDocument(language);
}

function markDocument(language: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = LOCALE_TAGS[language];
}
