/**
 * Loads Pagefind's search library on demand. Nothing is downloaded until the visitor shows
 * they want to search (a query in the URL, or focus on the search box); after that the same
 * promise is reused, so the library, its worker and the WebAssembly load once per page.
 */

/** The part of Pagefind's browser API this site uses (see pagefind_web_js/types). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Result counts per filter value with the chosen filters removed. */
  totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    query: string,
    options?: { filters?: Record<string, string> },
  ) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** Where Astro's build puts the bundle (src/integrations/pagefind.ts). */
const PAGEFIND_URL = '/pagefind/pagefind.js';

/**
 * Ranking, measured against the relevance queries in tests/e2e/search.test.ts: pages here are
 * short and one word (cramp, back) can repeat many times in one article, so repeats saturate
 * sooner and count less than Pagefind's defaults (1.4 and 1.0). Titles keep the default boost.
 */
const OPTIONS = {
  excerptLength: 24,
  excerptEllipsis: '…',
  ranking: { termSaturation: 0.6, termFrequency: 0.6 },
};

let loading: Promise<PagefindApi> | undefined;

export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    // A runtime URL, not a bundled module: the index is written after Vite has finished.
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as PagefindApi;
    await pagefind.options(OPTIONS);
    await pagefind.init();
    // Pagefind only counts results per section once the filter index is loaded (172 bytes).
    await pagefind.filters();
    return pagefind;
  })();
  // A failed load (offline, blocked) may succeed later, so don't keep the rejected promise.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
