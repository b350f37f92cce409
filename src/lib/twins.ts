/**
 * Every page's twin in the other language, by address: the site's own pages from
 * ./paths.ts, and each content page whose Spanish words exist (src/content/es/<section>/<id>.mdx,
 * whose `slug` is the last part of its Spanish address). Read from disk, not from Astro's
 * content layer, because the sitemap's hreflang (astro.config.mjs) runs outside it; the
 * schemas still judge each slug during the build.
 */
import { langOf, twinOf as siteTwinOf, type Lang } from './i18n.ts';
import { sectionPath } from './sections.ts';
import { readSpanishFiles } from './spanish-files.ts';

/** English address -> Spanish address, for every content page and section with Spanish words. */
export function contentTwins(contentDir = 'src/content'): Map<string, string> {
  const twins = new Map<string, string>();
  for (const file of readSpanishFiles(contentDir)) {
    twins.set(file.englishPath, file.path);
    twins.set(sectionPath(file.section), sectionPath(file.section, 'es'));
  }
  return twins;
}

let cached: { english: Map<string, string>; spanish: Map<string, string> } | undefined;

function table() {
  if (!cached) {
    const english = contentTwins();
    cached = { english, spanish: new Map([...english].map(([en, es]) => [es, en])) };
  }
  return cached;
}

/** A page's twin in the other language; undefined while it has none. */
export function twinOf(path: string): string | undefined {
  const { english, spanish } = table();
  return siteTwinOf(path) ?? english.get(path) ?? spanish.get(path);
}

/** A page's address in a language: its twin there, or itself while it has none. */
export const pathIn = (path: string, lang: Lang): string =>
  langOf(path) === lang ? path : (twinOf(path) ?? path);
