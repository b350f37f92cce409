/**
 * What every page's link-preview card says, from the data the pages themselves are made of:
 * the site pages (src/lib/site.ts), the section index pages (src/lib/sections.ts) and every
 * entry of the content collections, with the exercise drawing on exercise pages. The cards
 * are drawn by src/pages/og/[...path].png.ts; SeoHead names each page's card in its <head>.
 */
import { esPaths, searchResultsPaths, spanishPages } from '../lib/paths';
import { langs, pathsIn } from '../lib/i18n';
import { esPage } from '../lib/words/es/pages';
import { siteText as esSiteText } from '../lib/words/es/site';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { getCollection } from 'astro:content';
import { readFrontmatter } from '../lib/content-files';
import { pageCard, type OgCard } from '../lib/og';
import { entryPath, sectionIds, sectionPath, sections, sectionsIn } from '../lib/sections';
import { getSpanishPages } from './get-spanish-pages';
import { sitePages } from '../lib/site';

interface PageCard {
  /** The page's URL path, as ogImagePath takes it. */
  page: string;
  card: OgCard;
}

/**
 * An exercise's drawing as a data: URL. Astro's image metadata names only the built file, which
 * is not in dist/ yet while pages render, so the card reads the source file the entry's
 * frontmatter names (relative to the entry, as Astro resolves it).
 */
function drawingOf(entryFile: string): string {
  const { illustration } = readFrontmatter(readFileSync(entryFile, 'utf8')) as {
    illustration?: { src?: string };
  };
  if (!illustration?.src) throw new Error(`${entryFile}: no illustration.src for its card`);
  const svg = readFileSync(join(dirname(entryFile), illustration.src));
  return `data:image/svg+xml;base64,${svg.toString('base64')}`;
}

export async function getPageCards(): Promise<PageCard[]> {
  const site = Object.values(sitePages).map((p) => ({
    page: p.path,
    card: pageCard(p.title, 'section' in p ? p.section : undefined),
  }));
  // The Spanish pages, with their Spanish titles and the guide's Spanish name.
  const spanish = spanishPages.map((key) => {
    const text = esPage(key);
    return {
      page: esPaths[key],
      card: pageCard(text.title, text.section ?? esSiteText.brandTopic),
    };
  });
  const indexes = sections.map((s) => ({
    page: sectionPath(s.id),
    card: pageCard(s.heading, s.label),
  }));
  const entries = await Promise.all(
    sectionIds.map(async (id) => {
      const label = sections.find((s) => s.id === id)!.label;
      return (await getCollection(id)).map((entry) => ({
        page: entryPath(id, entry.id),
        card: pageCard(
          entry.data.title,
          label,
          id === 'exercises' && entry.filePath ? drawingOf(entry.filePath) : undefined,
        ),
      }));
    }),
  );
  // The Spanish content pages and the index of each section that has them.
  const spanishSections = sectionsIn('es');
  const spanishEntries = (await getSpanishPages()).map((p) => ({
    page: p.path,
    card: pageCard(
      p.data.title,
      spanishSections.find((s) => s.id === p.section)!.label,
      p.section === 'exercises' && p.english.filePath ? drawingOf(p.english.filePath) : undefined,
    ),
  }));
  const spanishIndexes = spanishSections
    .filter((s) => spanishEntries.some((e) => e.page.startsWith(sectionPath(s.id, 'es'))))
    .map((s) => ({ page: sectionPath(s.id, 'es'), card: pageCard(s.heading, s.label) }));
  // The results address is the search page under a second address: the same card.
  const results = langs.map((lang) => ({
    page: searchResultsPaths[lang],
    card: [...site, ...spanish].find((p) => p.page === pathsIn[lang].search)!.card,
  }));
  return [
    ...site,
    ...spanish,
    ...results,
    ...indexes,
    ...entries.flat(),
    ...spanishIndexes,
    ...spanishEntries,
  ];
}
