/**
 * Transfer budgets per page, checked by tests/build/budget.test.ts and printed by
 * scripts/budget.ts. Reference Astro sites send 60 to 95 KiB per article page; these limits
 * keep this one far below that.
 */
import type { PageWeight } from './page-weight.ts';
import { SEARCH_DATA_PATHS } from '../../src/lib/search-data.ts';

export const KiB = 1024;

export const BUDGET = {
  /** HTML, CSS, images (and anything else) of a page, JavaScript aside. */
  pageWithoutJs: 20 * KiB,
  /**
   * The same for the quiz page, whose records travel twice: as the island's props and as the
   * lists that stand in for the quiz without JavaScript. Raised from 20 KiB when the quiz
   * gained the pregnancy stage, 70 or older, thin bones and the walking-leg sign (20.5 KiB);
   * then to 23 KiB when the Spanish quiz page gained the English page's leg-nerve sentence and
   * "no warning sign" section, in longer sentences (/es/por-donde-empiezo/ 22.5 KiB).
   */
  quizPageWithoutJs: 23 * KiB,
  /**
   * The quiz page: Preact, the island, Astro's loader and inline scripts, gzipped. Raised from
   * 15 KiB for the Spanish edition: the quiz's words moved into one entry per language, which
   * puts the shared quiz code in a chunk of its own (about 0.2 KiB more per page), and Spanish
   * sentences run longer (/triage/ 15.1 KiB, /es/por-donde-empiezo/ 15.6 KiB).
   */
  islandJs: 16 * KiB,
  /**
   * A search page's own script before a search. Raised from 6 KiB: the fallback and the
   * safety box need a stemmer and a stop-word list in the page, about 1.2 KiB gzipped; then to
   * 8 KiB for first results from the search data (ranking, merging, offline); then to 10.5 KiB
   * for the Spanish search page, whose Snowball stemmer for Spanish is about 2.3 KiB gzipped
   * (/es/buscar/ 10.0 KiB, /search/ 8.4 KiB: the words per language, in sentences with slots).
   * Bundled into one file since (src/integrations/search-script-bundle.ts): 9.5 and 7.8 KiB.
   */
  searchJs: 10.5 * KiB,
  /**
   * The search page's data file (every page's title, description and words as stems, and the
   * warning-sign boxes), fetched after the page has loaded, or with it for `?q=`: the first
   * results and the safety boxes come from it, offline too. About 17 KiB gzipped for 59 pages.
   */
  searchData: 24 * KiB,
  /**
   * Pagefind's files the search page preloads (loader, WebAssembly, metadata,
   * filters), counted apart from the page; a search adds its index chunks and fragments
   * and must stay under 90 KiB in all.
   */
  searchPreload: 80 * KiB,
  /**
   * The editor for clinic staff at /admin/ (Sveltia CMS, about 630 KiB gzipped): a budget of
   * its own, so a heavier release shows up. Only /admin/ may load it (see editorBudgetProblems).
   */
  editorJs: 700 * KiB,
} as const;

/** Where the editor's bundle is served from; no page but /admin/ may reference it. */
export const EDITOR_ASSETS = '/admin/cms/';

export interface PageKind {
  /** The page hydrates an island (<astro-island>). */
  hasIsland: boolean;
  /** The search page, which may run its own small script. */
  isSearch: boolean;
}

const kib = (bytes: number) => `${(bytes / KiB).toFixed(1)} KiB`;

/** Every way a page breaks its budget, in words; empty when it is within budget. */
export function budgetProblems(weight: PageWeight, kind: PageKind): string[] {
  const problems: string[] = [];
  // The search page's Pagefind preloads have their own budget (below), apart from the page.
  const pagefind = kind.isSearch
    ? weight.assets.filter((a) => a.path.startsWith('/pagefind/'))
    : [];
  const pagefindBytes = pagefind.reduce((sum, a) => sum + a.bytes, 0);
  const pagefindJs = pagefind.filter((a) => a.kind === 'js').reduce((sum, a) => sum + a.bytes, 0);
  // So does its data file.
  const dataBytes = kind.isSearch
    ? weight.assets
        .filter((a) => Object.values(SEARCH_DATA_PATHS).includes(a.path as never))
        .reduce((s, a) => s + a.bytes, 0)
    : 0;
  const nonJs = weight.total - weight.bytes.js - (pagefindBytes - pagefindJs) - dataBytes;
  const nonJsBudget = kind.hasIsland ? BUDGET.quizPageWithoutJs : BUDGET.pageWithoutJs;
  if (nonJs > nonJsBudget) {
    problems.push(`sends ${kib(nonJs)} of HTML, CSS and images (budget ${kib(nonJsBudget)})`);
  }
  if (weight.bytes.font > 0) problems.push(`loads ${kib(weight.bytes.font)} of web fonts`);
  const stylesheets = weight.assets.filter((a) => a.kind === 'css');
  if (stylesheets.length > 0) {
    // Stylesheets are inlined (build.inlineStylesheets): a <link> would block rendering.
    problems.push(`requests stylesheets: ${stylesheets.map((a) => a.path).join(', ')}`);
  }
  if (weight.offOrigin.length > 0)
    problems.push(`references other origins: ${weight.offOrigin.join(', ')}`);
  if (weight.missing.length > 0)
    problems.push(`references missing files: ${weight.missing.join(', ')}`);

  const editorCode = weight.assets.filter((a) => a.path.startsWith(EDITOR_ASSETS));
  if (editorCode.length > 0)
    problems.push(`loads the editor's code: ${editorCode.map((a) => a.path).join(', ')}`);

  const js = weight.jsBytes - pagefindJs;
  if (kind.hasIsland) {
    if (js > BUDGET.islandJs)
      problems.push(`sends ${kib(js)} of JavaScript (budget ${kib(BUDGET.islandJs)})`);
  } else if (kind.isSearch) {
    if (js > BUDGET.searchJs)
      problems.push(
        `sends ${kib(js)} of JavaScript before a search (budget ${kib(BUDGET.searchJs)})`,
      );
    if (dataBytes > BUDGET.searchData)
      problems.push(`fetches ${kib(dataBytes)} of search data (budget ${kib(BUDGET.searchData)})`);
    if (pagefindBytes > BUDGET.searchPreload)
      problems.push(
        `preloads ${kib(pagefindBytes)} of Pagefind (budget ${kib(BUDGET.searchPreload)})`,
      );
  } else if (js > 0) {
    problems.push(`sends ${kib(js)} of JavaScript (pages without an island send none)`);
  }
  return problems;
}

/** The editor page at /admin/: its JavaScript within its own budget, nothing off the site. */
export function editorBudgetProblems(weight: PageWeight): string[] {
  const problems: string[] = [];
  if (weight.jsBytes > BUDGET.editorJs)
    problems.push(`sends ${kib(weight.jsBytes)} of JavaScript (budget ${kib(BUDGET.editorJs)})`);
  if (weight.offOrigin.length > 0)
    problems.push(`references other origins: ${weight.offOrigin.join(', ')}`);
  if (weight.missing.length > 0)
    problems.push(`references missing files: ${weight.missing.join(', ')}`);
  return problems;
}
