/**
 * Everything search knows, per language, read once per build from the collections: each
 * searchable page's title, description and the words people use for it, and the safety boxes.
 * Each search page's data file (src/pages/search/data.json.ts, src/pages/es/buscar/data.json.ts)
 * is this, and the search index build step (src/integrations/pagefind.ts) reads the search
 * words back from those files, so the words are read and checked here only. A search-words
 * record naming a page that search does not list, a situation with no file, or a record with
 * no Spanish twin fails the build naming the file and the field.
 *
 * The Spanish search lists the pages that are in Spanish so far; its words come from the
 * Spanish twins (src/content/es/), its search words from src/content/es/search-terms/, which
 * lead where the English record says, to that page's Spanish twin.
 */
import { getCollection } from 'astro:content';
import { getQuestions } from './get-questions';
import { getSpanishPages } from './get-spanish-pages';
import { getTriageData } from './get-warning-signs';
import type { SearchData } from '../lib/search-data';
import { safetyData } from '../lib/search-safety';
import { toQuickPage, type SearchablePage } from '../lib/search-quick';
import {
  checkSearchTerms,
  SIGN_PAGE,
  spanishSearchTerms,
  termsByPage,
  termsBySign,
  type SearchTermsEntry,
} from '../lib/search-terms';
import { english, type Analyzer } from '../lib/search-words';
import { spanish } from '../lib/search-words-es';
import type { Lang } from '../lib/i18n';
import { esPaths, paths } from '../lib/paths';
import { esDescription, esPage } from '../lib/words/es/pages';
import { twinOf } from '../lib/twins';
import { articleSectionIds, entryPath, getSection, sectionPath, sections } from '../lib/sections';
import { sitePages, type SitePage } from '../lib/site';

/** The pages outside the sections that search lists (the others are not indexed). */
const SEARCHABLE_SITE_PAGES = ['home', 'whenToSeeADoctor', 'triage', 'about', 'routine'] as const;

function sitePage(page: SitePage): SearchablePage {
  if (!page.description) throw new Error(`Search: ${page.path} needs a description in sitePages.`);
  return {
    url: page.path,
    title: page.title,
    section: page.section,
    description: page.description,
  };
}

async function englishPages(): Promise<SearchablePage[]> {
  const articles = await Promise.all(
    articleSectionIds.map(async (id) =>
      (await getCollection(id)).map((entry): SearchablePage => ({
        url: entryPath(id, entry.id),
        title: entry.data.title,
        section: getSection(id).label,
        description: entry.data.description,
        alsoCalled: entry.data.alsoCalled,
      })),
    ),
  );
  const questions = (await getQuestions()).map((entry): SearchablePage => ({
    url: entryPath('questions', entry.id),
    title: entry.data.title,
    section: getSection('questions').label,
    description: entry.data.description,
    question: entry.data.question,
    askedAs: entry.data.askedAs,
    alsoCalled: entry.data.alsoCalled,
  }));
  const sectionPages = sections.map((section): SearchablePage => ({
    url: sectionPath(section.id),
    title: section.heading,
    section: section.label,
    description: section.description,
  }));
  return [
    ...SEARCHABLE_SITE_PAGES.map((key) => sitePage(sitePages[key])),
    ...sectionPages,
    ...articles.flat(),
    ...questions,
  ];
}

/** The Spanish twins of the pages English search lists, in the same order. */
async function spanishPages(): Promise<SearchablePage[]> {
  const site = SEARCHABLE_SITE_PAGES.filter((key) => esPaths[key] !== paths[key]).map(
    (key): SearchablePage => {
      const text = esPage(key);
      return {
        url: esPaths[key],
        title: text.title,
        section: text.section,
        description: esDescription(key),
      };
    },
  );
  const content = await getSpanishPages();
  const sectionPages = sections
    .filter((section) => twinOf(sectionPath(section.id)) !== undefined)
    .map((section): SearchablePage => {
      const es = getSection(section.id, 'es');
      return {
        url: sectionPath(section.id, 'es'),
        title: es.heading,
        section: es.label,
        description: es.description,
      };
    });
  const entries = content.map((page): SearchablePage => {
    // Every section's words have a title, a description and other names; questions more.
    const data = page.data as unknown as Omit<SearchablePage, 'url'>;
    return {
      url: page.path,
      title: data.title,
      section: getSection(page.section, 'es').label,
      description: data.description,
      ...(page.section === 'questions' ? { question: data.question, askedAs: data.askedAs } : {}),
      alsoCalled: data.alsoCalled,
    };
  });
  const articles = entries.filter((_, i) => content[i]!.section !== 'questions');
  const questions = entries.filter((_, i) => content[i]!.section === 'questions');
  return [...site, ...sectionPages, ...articles, ...questions];
}

const analyzers: Record<Lang, Analyzer> = { en: english, es: spanish };

/**
 * The search words of a language, each leading to a page of that language: the Spanish ones
 * to their English page's twin (none while it has no twin: their words still name a sign).
 */
async function termEntries(lang: Lang): Promise<SearchTermsEntry[]> {
  const englishEntries = await getCollection('search-terms');
  if (lang === 'en') return englishEntries;
  const entries = spanishSearchTerms(
    englishEntries,
    await getCollection('es-search-terms'),
    spanish,
  );
  return entries.map(({ id, data }) => {
    const page = twinOf(data.page ?? SIGN_PAGE);
    return { id, data: { ...data, page } };
  });
}

const cached = new Map<Lang, Promise<SearchData>>();

async function load(lang: Lang): Promise<SearchData> {
  const [pages, entries, triage] = await Promise.all([
    lang === 'en' ? englishPages() : spanishPages(),
    termEntries(lang),
    getTriageData(lang),
  ]);
  const analyzer = analyzers[lang];
  // A Spanish record whose page is not in Spanish yet names its sign only.
  const leading = entries.filter((entry) => lang === 'en' || entry.data.page !== undefined);
  checkSearchTerms(
    leading,
    {
      pages: new Set(pages.map((page) => page.url)),
      signs: new Set(triage.situations.map((situation) => situation.id)),
    },
    analyzer,
  );
  const byPage = termsByPage(leading);
  return {
    pages: pages.map((page) => {
      const terms = byPage.get(page.url);
      return toQuickPage(terms ? { ...page, terms } : page, analyzer);
    }),
    safety: safetyData(triage, termsBySign(entries), analyzer),
  };
}

export function getSearchData(lang: Lang = 'en'): Promise<SearchData> {
  if (!cached.has(lang)) cached.set(lang, load(lang));
  return cached.get(lang)!;
}
