/**
 * Everything search knows, read once per build from the collections: each searchable page's
 * title, description and the words people use for it, and the safety boxes. The search
 * page's data file (src/pages/search/data.json.ts) is this, and the search index build step
 * (src/integrations/pagefind.ts) reads the search words back from that file, so the words
 * are read and checked here only. A search-words record naming a page that search does not
 * list, or a situation with no file, fails the build naming the file and the field.
 */
import { getCollection } from 'astro:content';
import { getQuestions } from './get-questions';
import { getTriageData } from './get-warning-signs';
import type { SearchData } from '../lib/search-data';
import { safetyData } from '../lib/search-safety';
import { toQuickPage, type SearchablePage } from '../lib/search-quick';
import { checkSearchTerms, termsByPage, termsBySign } from '../lib/search-terms';
import { articleSectionIds, entryPath, getSection, sectionPath, sections } from '../lib/sections';
import { sitePages, type SitePage } from '../lib/site';

/** The pages outside the sections that search lists (the others are not indexed). */
const SEARCHABLE_SITE_PAGES: readonly SitePage[] = [
  sitePages.home,
  sitePages.whenToSeeADoctor,
  sitePages.triage,
  sitePages.about,
  sitePages.routine,
];

function sitePage(page: SitePage): SearchablePage {
  if (!page.description) throw new Error(`Search: ${page.path} needs a description in sitePages.`);
  return {
    url: page.path,
    title: page.title,
    section: page.section,
    description: page.description,
  };
}

async function searchablePages(): Promise<SearchablePage[]> {
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
    ...SEARCHABLE_SITE_PAGES.map(sitePage),
    ...sectionPages,
    ...articles.flat(),
    ...questions,
  ];
}

let cached: Promise<SearchData> | undefined;

async function load(): Promise<SearchData> {
  const [pages, entries, triage] = await Promise.all([
    searchablePages(),
    getCollection('search-terms'),
    getTriageData(),
  ]);
  checkSearchTerms(entries, {
    pages: new Set(pages.map((page) => page.url)),
    signs: new Set(triage.situations.map((situation) => situation.id)),
  });
  const byPage = termsByPage(entries);
  return {
    pages: pages.map((page) => {
      const terms = byPage.get(page.url);
      return toQuickPage(terms ? { ...page, terms } : page);
    }),
    safety: safetyData(triage, termsBySign(entries)),
  };
}

export function getSearchData(): Promise<SearchData> {
  cached ??= load();
  return cached;
}
