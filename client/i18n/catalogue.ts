/**
 * The message catalogues: one JSON file per namespace and language under `locales/<language>/<namespace>.json`
 * (a namespace per feature, `common` for shared components and formats, `shell` for the header and frame,
 * `errors` for the API's stable error codes). Files are found by Vite's glob, so a feature adds its
 * namespace by adding its two files. test/unit/client/i18n-catalogue.test.ts checks both languages hold
 * the same keys with the same placeholders and that every key the source uses exists.
 */
import { isLanguage, type Language } from './language.ts';

export type Messages = { readonly [key: string]: string | Messages };
export type Catalogue = Record<Language, Record<string, Messages>>;

const files = import.meta.glob<Messages>('./locales/*/*.json', { eager: true, import: 'default' });

/** Groups glob results (`./locales/zh/services.json` → zh.services). */
export function catalogueFrom(modules: Readonly<Record<string, Messages>>): Catalogue {
  const catalogue: Catalogue = { en: {}, zh: {} };
  for (const [path, messages] of Object.entries(modules)) {
    const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match?.[1] || !match[2] || !isLanguage(match[1])) throw new Error(`i18n: unexpected catalogue file ${path}`);
    catalogue[match[1]][match[2]] = messages;
  }
  return catalogue;
}

export const catalogue: Catalogue = catalogueFrom(files);
