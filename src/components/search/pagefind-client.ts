/**
 * Loads Pagefind's search library once per page, when a search is coming (a query in the
 * address, or focus on the search box). The build lists the files every search needs in a
 * <template> in <head> (src/integrations/pagefind.ts); activating it makes the browser fetch
 * them all at once, and Pagefind then picks up those responses instead of asking for one
 * file after another.
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
}

export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string) => Promise<PagefindSearch>;
  preload: (term: string) => Promise<void>;
}

/** Where Astro's build puts the bundle (src/integrations/pagefind.ts). */
const PAGEFIND_URL = '/pagefind/pagefind.js';

/**
 * Ranking: Pagefind's defaults except `termSaturation` (its BM25 k1, default 1.4): at 2, a
 * page that uses a word more often keeps gaining a little longer. With the search words
 * ranked one at a time (src/lib/search-fallback.ts), `npm run search:eval` put a fitting page
 * in the top 3 for 152 of 159 tuning phrasings and 50 of 58 held-out ones, against 149 and 49
 * with the default (2.5 and 3 measured the same as 2; docs/benchmarks.md).
 */
const RANKING = { termSaturation: 2 };

/**
 * The `metaCacheTag` the build used in the entry file's preload URL. Pagefind must ask for
 * exactly that URL, or the browser downloads the file twice and warns about an unused
 * preload. Without the tag (the dev server has no index) Pagefind adds a timestamp instead.
 */
function metaCacheTag(): string | undefined {
  const link = document.querySelector<HTMLLinkElement>(
    'link[rel="preload"][href*="/pagefind-entry.json?ts="]',
  );
  return link ? (new URL(link.href).searchParams.get('ts') ?? undefined) : undefined;
}

/** Where the build put the preloads (PRELOADS_TEMPLATE_ID in src/lib/search-preloads.ts). */
const PRELOADS_TEMPLATE = 'search-preloads';

/** Moves the preload <link>s from their <template> into <head>, where they take effect. */
function activatePreloads(): void {
  const template = document.getElementById(PRELOADS_TEMPLATE);
  if (!(template instanceof HTMLTemplateElement)) return;
  document.head.append(template.content.cloneNode(true));
  template.remove();
}

let loading: Promise<PagefindApi> | undefined;
let loaded: PagefindApi | undefined;

export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    activatePreloads();
    // A runtime URL, not a bundled module: the index is written after Vite has finished.
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as PagefindApi;
    const tag = metaCacheTag();
    // Set before init(): `noWorker` is read once, when Pagefind starts. Searching on the main
    // thread saves a serial request (the worker script, 12 KiB) and lets Pagefind's fetches
    // use the page's preloads, which a worker cannot see. Search itself is no slower.
    await pagefind.options({
      noWorker: true,
      excerptLength: 24,
      ranking: RANKING,
      ...(tag ? { metaCacheTag: tag } : {}),
    });
    await pagefind.init();
    loaded = pagefind;
    return pagefind;
  })();
  // A failed load (offline, blocked) may succeed later, so don't keep the rejected promise.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * Starts fetching the index chunks for what is being typed, before the typing pause ends.
 * Does nothing until Pagefind has loaded, so an offline page does not retry on every key.
 */
export function preloadQuery(query: string): void {
  if (loaded && query) loaded.preload(query).catch(() => {});
}
