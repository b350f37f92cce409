/**
 * The search page's data file (`/search/data.json`), written by the build from the content
 * collections (src/data/get-search-data.ts) and fetched by the page once, right after it
 * loads, so that first results and the safety boxes work at once and keep working offline:
 *
 * - `pages`: every searchable page with its title, description and the words people use for
 *   it as stems (search-quick.ts ranks them); the search build step reads each page's search
 *   words from here for Pagefind, then writes the file again with each page's Pagefind id and
 *   without the words as written;
 * - `safety`: every warning sign's and combination's box and the phrases that name them
 *   (search-sign-match.ts), kept out of the page's HTML so it paints as fast as an article.
 *
 * The page script imports this module, so it holds types and the address only: the safety
 * part is built by search-safety.ts.
 */
import type { QuickPage } from './search-quick';
import type { RuleSituations, SignPhrases } from './search-sign-match';
import type { Tier } from './triage';

/**
 * Where the build writes each language's file (endpoints beside each search page), inside the
 * search page's own folder: `data.json` under the page's address.
 */
export const SEARCH_DATA_PATHS = {
  en: '/search/data.json',
  es: '/es/buscar/data.json',
} as const;

/** The English file, which the benchmarks measure. */
export const SEARCH_DATA_PATH = SEARCH_DATA_PATHS.en;

/**
 * Where the search page's loader (src/lib/search-preloads.ts) leaves the data file's parsed
 * contents, a promise, when the address holds a query: it starts the download and the parsing
 * while the page itself is still loading, before the page script has arrived.
 */
export const EARLY_DATA = 'searchDataEarly';

/**
 * The id of the `<script type="application/json">` that carries the search data inside the
 * results page (src/lib/paths.ts, `searchResultsPaths`), written by the search build step; the
 * page script reads it instead of fetching the file.
 */
export const INLINE_DATA_ID = 'search-data';

/**
 * User Timing marks the page sets, once each, for `npm run bench:search`, which reads them to
 * say where the time to a first result goes: the script running, the search data ready to
 * use, the first results in the list.
 */
export const SEARCH_MARKS = {
  script: 'search:script',
  data: 'search:data',
  first: 'search:first-results',
} as const;

/** One safety box: a warning sign (`sign`) or a combination of situations (`rule`). */
export interface SafetyBox {
  kind: 'sign' | 'rule';
  id: string;
  tier: Tier;
  /** The sign or combination in plain words: the box's heading. */
  words: string;
  /** What to do, in one sentence: how soon and where. */
  action: string;
  href: string;
  linkLabel: string;
}

export interface SafetyData {
  /** Per tier, most urgent first: the tier's combinations, then its signs. */
  boxes: SafetyBox[];
  /** Every situation's phrases as stems: signs first (most urgent first), then the rest. */
  phrases: SignPhrases[];
  /** Each combination's situations. */
  rules: RuleSituations[];
  /**
   * Risk facts: situations with no urgency of their own that have search words of their own
   * (a `sign` record in src/content/search-terms/) and are part of a combination. A query naming
   * one shows the boxes of its combinations (search-sign-match.ts, `namedSafety`).
   */
  risks: string[];
}

export interface SearchData {
  pages: QuickPage[];
  safety: SafetyData;
}

/** Each page's search words, by address, as the build wrote them (for the Pagefind index). */
export const termsByUrl = (data: Pick<SearchData, 'pages'>): Map<string, readonly string[]> =>
  new Map(data.pages.map((page) => [page.url, page.terms ?? []]));

/**
 * The file as the page gets it: without the search words as written, which only the index
 * needs (the page has them as stems, in `phrases`).
 */
export const withoutTerms = (data: SearchData): SearchData => ({
  ...data,
  pages: data.pages.map(({ terms: _terms, ...page }) => page),
});
