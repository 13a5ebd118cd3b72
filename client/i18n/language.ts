/**
 * Which language the console speaks: the operator's own choice when one is remembered, else the first of
 * the browser's preferred languages the console has a catalogue for, else English. Pure, so it is tested
 * without a browser; `client/i18n/i18n.ts` applies it.
 */

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** localStorage key of the remembered choice. */
export const LANGUAGE_STORAGE_KEY = 'switchboard.language';

/** Each language's own name, shown in the picker in that language (never translated). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', zh: '中文' }; // i18n-ignore: names in their own language

/** The BCP 47 tag numbers, dates and relative times are formatted with. */
export const LOCALE_TAGS: Readonly<Record<Language, string>> = { en: 'en-US', zh: 'zh-CN' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** `zh-CN`, `zh-Hans-SG`, `zh` → zh; `en-GB` → en; anything else → undefined. */
export function languageOfTag(tag: string): Language | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLanguage(primary) ? primary : undefined;
}

export function pickLanguage(stored: string | null | undefined, preferred: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of preferred) {
    const language = languageOfTag(tag);
    if (language) return language;
  }
  return 'en';
}
