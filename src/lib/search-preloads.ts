/**
 * What /search/ preloads so a search does not wait on a chain of requests. Two lists, each in
 * a <template> in the page's <head> that the build step (src/integrations/pagefind.ts) writes,
 * left inert until needed, so opening /search/ downloads nothing but the page and its script
 * before it paints, and no preload ever goes unused:
 *
 * - for a query in the address (a search from another page's header): the page script and
 *   the search data, which the first results need; a small inline script in <head> activates
 *   them while the page is parsed, so they load with the page, not one after the other;
 * - for full-text search: Pagefind's files. Its loader fetches, one after the other,
 *   pagefind.js, the entry file, then the metadata and the WebAssembly, then the index chunks.
 *   All but the index chunks (which depend on the words typed) are known once the index is
 *   written; the page script activates them when a search is coming (focus on the box, or
 *   once the first results of a query have painted), and the browser fetches them all at once.
 *
 * Pure: the integration passes in the entry file's text and the file names it found.
 */
import { createHash } from 'node:crypto';
import { EARLY_DATA, INLINE_DATA_ID, type SearchData } from './search-data.ts';

/** The parts of Pagefind's `pagefind-entry.json` used here. */
export interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm?: string | null; page_count: number }>;
}

export interface Preload {
  href: string;
  /** `modulepreload` for pagefind.js (it is import()ed); `preload as=fetch` for the rest. */
  rel: 'modulepreload' | 'preload';
}

/** Where Pagefind's files are served from (the default of its Node API output). */
const PAGEFIND_BASE = '/pagefind/';

/**
 * Stable value for Pagefind's `metaCacheTag` option. Without it Pagefind adds `?ts=<now>` to
 * the entry file's URL, which no preload can match. A hash of the entry file changes with
 * every new index, so a browser never pairs an old entry with new chunks.
 */
export function cacheTag(entryText: string): string {
  return createHash('sha256').update(entryText).digest('hex').slice(0, 10);
}

/**
 * The index a page in `htmlLang` loads, chosen as Pagefind's `findIndex` does: the exact
 * language, then its primary subtag ("en-US" → "en"), then the language with most pages.
 */
export function pickLanguage(entry: PagefindEntry, htmlLang: string): string {
  const lang = htmlLang.toLowerCase();
  const keys = Object.keys(entry.languages);
  if (keys.includes(lang)) return lang;
  const primary = lang.split('-')[0] ?? '';
  if (keys.includes(primary)) return primary;
  const biggest = keys.sort(
    (a, b) => entry.languages[b]!.page_count - entry.languages[a]!.page_count,
  )[0];
  if (!biggest) throw new Error('Site search: the Pagefind entry file lists no language.');
  return biggest;
}

/**
 * The files one full-text search needs before its index chunks, in the order Pagefind asks
 * for them. Never the filter index: the page narrows results to a section from its own data.
 */
export function searchPreloads(
  entry: PagefindEntry,
  entryText: string,
  htmlLang: string,
  base = PAGEFIND_BASE,
): Preload[] {
  const language = pickLanguage(entry, htmlLang);
  const index = entry.languages[language]!;
  return [
    { rel: 'modulepreload', href: `${base}pagefind.js` },
    { rel: 'preload', href: `${base}pagefind-entry.json?ts=${cacheTag(entryText)}` },
    { rel: 'preload', href: `${base}pagefind.${index.hash}.pf_meta` },
    { rel: 'preload', href: `${base}wasm.${index.wasm || 'unknown'}.pagefind` },
  ];
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * <link> tags for the preloads. Pagefind reads its files with fetch(), which needs
 * `as="fetch"` and `crossorigin` (even on the same origin) for the browser to reuse the
 * preloaded response instead of downloading it again.
 */
export function preloadTags(preloads: readonly Preload[]): string {
  return preloads
    .map(({ rel, href }) =>
      rel === 'modulepreload'
        ? `<link rel="modulepreload" href="${escapeAttribute(href)}">`
        : `<link rel="preload" href="${escapeAttribute(href)}" as="fetch" crossorigin>`,
    )
    .join('');
}

const PRELOAD_LINK = /<link rel="(?:module)?preload" href="([^"]*)"[^>]*>/g;

/**
 * The page without preloads of Pagefind's files or of the given addresses (as written by
 * injectPreloads), keeping any other preload the page has.
 */
const removePreloads = (html: string, hrefs: readonly string[] = []): string =>
  html.replace(PRELOAD_LINK, (tag, href: string) =>
    href.startsWith(PAGEFIND_BASE) || hrefs.includes(href) ? '' : tag,
  );

const CSP_META = /<meta http-equiv="content-security-policy"[^>]*>/i;

/** The <template> holding Pagefind's preloads until a full-text search is coming. */
const PRELOADS_TEMPLATE_ID = 'search-preloads';

/** The <template> holding what a query in the address needs at once. */
const QUERY_PRELOADS_TEMPLATE_ID = 'search-query-preloads';

/** The <template> the page's own module scripts wait in until `searchLoader` runs them. */
const SCRIPTS_TEMPLATE_ID = 'search-scripts';

const TEMPLATE = /<template id="search-(?:query-preloads|preloads|scripts)">[\s\S]*?<\/template>/g;

const LOADER_START = '(()=>{const q=new URLSearchParams(location.search)';
const LOADER_SCRIPT =
  /<script>\(\(\)=>\{const q=new URLSearchParams\(location\.search\)[\s\S]*?<\/script>/g;

/**
 * The inline script that runs while <head> is parsed. With a query in the address
 * (`/search/?q=...`, a search from another page's header) it activates the query's preloads
 * at once, so the page script and the search data load with the page rather than one after
 * the other, and runs the page's `scripts` once the page is parsed; it also downloads and
 * parses the search data (`dataPath`) itself, into `self[EARLY_DATA]`, so that the first
 * results wait for neither the page script's own request nor its parsing of the file. Without
 * a query it runs
 * them after the page's load event, once the browser is idle (within 3 s; 200 ms after the
 * load where there is no requestIdleCallback), so opening /search/ fetches nothing before it
 * paints but the page itself (on a page this small the load event can come before the first
 * paint, and Lighthouse then counted the scripts' requests in the page's LCP, 0.9 to 1.4 s
 * instead of 0.75 to 0.9 s); the search form works without the scripts meanwhile: it reloads
 * with `?q=`.
 */
export function searchLoader(scripts: readonly string[], dataPath?: string): string {
  const data = dataPath
    ? `if(q)self.${EARLY_DATA}=fetch(${JSON.stringify(dataPath)}).then(r=>{if(!r.ok)throw Error(r.status);return r.json()});`
    : '';
  return `${LOADER_START}.get('q')?.trim(),t=document.getElementById('${QUERY_PRELOADS_TEMPLATE_ID}'),run=()=>{for(const s of ${JSON.stringify(scripts)})import(s)};${data}if(q&&t instanceof HTMLTemplateElement){document.head.append(t.content.cloneNode(true));t.remove()}if(q&&document.readyState==='loading')addEventListener('DOMContentLoaded',run,{once:true});else if(q)run();else{const later=()=>self.requestIdleCallback?requestIdleCallback(run,{timeout:3000}):setTimeout(run,200);if(document.readyState==='complete')later();else addEventListener('load',later,{once:true})}})()`;
}

/** The Content-Security-Policy source that allows `script` to run inline. */
export const scriptHashSource = (script: string): string =>
  `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

/** Adds `source` to the script-src of a <meta> Content-Security-Policy, once. */
function allowScript(csp: string, source: string): string {
  if (csp.includes(source)) return csp;
  return csp.replace(/script-src ([^;"]*)/, (directive) => `${directive} ${source}`);
}

const scriptTag = (src: string) => `<script type="module" src="${escapeAttribute(src)}"></script>`;

/**
 * Adds to a page's <head>, right after the <meta> Content-Security-Policy (or at the end of
 * <head> without one): a <template> with `onSearch`, which the page script activates, one
 * with `onQuery`, one with the page's own module `scripts` (moved there from the page, inert),
 * and `searchLoader`, which runs them (and fetches `dataPath` for a query), and whose hash
 * joins the policy's script-src.
 * Idempotent: indexing the same folder again replaces the previous lists. Fails when the page
 * has no <head>.
 */
export function injectPreloads(
  source: string,
  onSearch: readonly Preload[],
  onQuery: readonly Preload[] = [],
  scripts: readonly string[] = [],
  dataPath?: string,
): string {
  const loader = searchLoader(scripts, dataPath);
  const html = removePreloads(
    scripts
      .reduce((page, src) => page.replaceAll(scriptTag(src), ''), source.replace(TEMPLATE, ''))
      .replace(LOADER_SCRIPT, ''),
    onQuery.map((p) => p.href),
  );
  const tags =
    pagefindTemplate(onSearch) +
    `<template id="${QUERY_PRELOADS_TEMPLATE_ID}">${preloadTags(onQuery)}</template>` +
    `<template id="${SCRIPTS_TEMPLATE_ID}">${scripts.map(scriptTag).join('')}</template>` +
    `<script>${loader}</script>`;
  return intoHead(html, tags, [loader]);
}

/** The <template> of Pagefind's preloads, which the page script activates. */
const pagefindTemplate = (onSearch: readonly Preload[]) =>
  `<template id="${PRELOADS_TEMPLATE_ID}">${preloadTags(onSearch)}</template>`;

/**
 * `tags` right after the page's <meta> Content-Security-Policy, whose script-src then allows
 * each of `inlineScripts` by its hash (or at the end of <head> without one). Fails when the page
 * has no <head>.
 */
function intoHead(html: string, tags: string, inlineScripts: readonly string[]): string {
  const csp = CSP_META.exec(html);
  if (csp) {
    const end = csp.index + csp[0].length;
    const policy = inlineScripts.reduce(
      (meta, script) => allowScript(meta, scriptHashSource(script)),
      csp[0],
    );
    return html.slice(0, csp.index) + policy + tags + html.slice(end);
  }
  const head = html.indexOf('</head>');
  if (head === -1) throw new Error('Site search: the search page has no </head>.');
  return html.slice(0, head) + tags + html.slice(head);
}

/**
 * The page's own module scripts, wherever they are (Astro writes them at the end of <body>;
 * `injectPreloads` moves them into a <template>).
 */
export function moduleScripts(html: string): Preload[] {
  return [...html.matchAll(/<script type="module" src="(\/_astro\/[^"]+)"/g)].map((m) => ({
    rel: 'modulepreload' as const,
    href: m[1]!,
  }));
}

/** The page's language, from <html lang>; Pagefind reads the same attribute. */
export function htmlLanguage(html: string): string {
  return /<html[^>]*\slang="([^"]*)"/i.exec(html)?.[1] ?? 'unknown';
}

/**
 * What `carryScriptsAndData` writes into the results page: the data, then the scripts. Exported
 * for the page-weight budget, which weighs them apart from the page.
 */
export const CARRIED = new RegExp(
  `<script type="application/json" id="${INLINE_DATA_ID}">([\\s\\S]*?)</script>((?:<script>[\\s\\S]*?</script>)*)`,
);

/**
 * The results page (src/lib/paths.ts, `searchResultsPaths`), which carries what its first
 * results need instead of fetching it: Pagefind's preloads in <head> as on /search/, and nothing
 * else there (no loader: it has nothing to load), then, as the last elements of <main> (after the search app, before the footer), the search data in a
 * `<script type="application/json">` the page script reads (it never runs, so it needs no place
 * in the Content-Security-Policy; "<" is written as \u003c, so no text in it can close the
 * element) and each page script (`scripts`, as classic scripts: ../integrations/
 * search-script-bundle.ts, `inlineSearchScript`) in place of its `<script src>`, allowed by its
 * hash. A classic script runs where it stands, while the footer is still to come: the first
 * results are listed before the page has finished loading, not after (a module would wait for
 * the whole page, its load event and a layout first). Idempotent.
 */
export function carryScriptsAndData(
  source: string,
  onSearch: readonly Preload[],
  scripts: readonly { href: string; code: string }[],
  data: SearchData,
): string {
  for (const { href, code } of scripts) {
    if (/<\/script/i.test(code)) throw new Error(`Site search: ${href} cannot be inlined.`);
  }
  const html = removePreloads(
    scripts
      .reduce((page, { href }) => page.replaceAll(scriptTag(href), ''), source)
      .replace(TEMPLATE, '')
      .replace(LOADER_SCRIPT, '')
      .replace(CARRIED, ''),
  );
  const end = html.lastIndexOf('</main>');
  if (end === -1) throw new Error('Site search: the search results page has no </main>.');
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const carried =
    `<script type="application/json" id="${INLINE_DATA_ID}">${json}</script>` +
    scripts.map(({ code }) => `<script>${code}</script>`).join('');
  return intoHead(
    html.slice(0, end) + carried + html.slice(end),
    pagefindTemplate(onSearch),
    scripts.map(({ code }) => code),
  );
}
