/**
 * The site's two languages: English at the root, Spanish under /es/. Facts are written once;
 * only words have a version per language (src/lib/words/<lang>/, src/content/es/). Each page
 * names its language, and a page with a twin in the other language links to it.
 */
import { esPaths, paths, searchResultsPaths, type PageKey } from './paths.ts';

export const langs = ['en', 'es'] as const;
export type Lang = (typeof langs)[number];

export const DEFAULT_LANG: Lang = 'en';

/** The <html lang> and hreflang of each language: the US editions. */
export const htmlLang: Record<Lang, string> = { en: 'en-US', es: 'es-US' };

/** Open Graph locales. */
export const ogLocale: Record<Lang, string> = { en: 'en_US', es: 'es_US' };

/** The addresses of each language's pages. */
export const pathsIn: Record<Lang, Record<PageKey, string>> = { en: paths, es: esPaths };

/** The language of a page address: Spanish under /es/. */
export const langOf = (path: string): Lang => (/^\/es(\/|$)/.test(path) ? 'es' : 'en');

/**
 * A page's twin in the other language, by address: /when-to-see-a-doctor/ and
 * /es/cuando-ver-al-medico/ are twins. Undefined while the page has no twin.
 */
export function twinOf(path: string): string | undefined {
  const from = langOf(path);
  const to: Lang = from === 'en' ? 'es' : 'en';
  if (path === searchResultsPaths[from]) return searchResultsPaths[to];
  const key = (Object.keys(paths) as PageKey[]).find((k) => pathsIn[from][k] === path);
  if (!key) return undefined;
  const twin = pathsIn[to][key];
  return twin !== path && langOf(twin) === to ? twin : undefined;
}
