/**
 * Builds the site search index as the last step of `astro build`, so the index can never be
 * stale or forgotten. Pagefind reads the built HTML in dist/ and writes dist/pagefind/; then
 * the search page gets the list of files every search needs (their names exist only now), so
 * the browser can fetch them all at once instead of one after another.
 *
 * What gets indexed is decided by attributes in the layouts, not here: only elements marked
 * `data-pagefind-body` (the <main> of searchable pages) are read, which keeps the header,
 * navigation, breadcrumbs and footer out of every result.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import {
  addSearchTerms,
  fragmentUrl,
  pagefindFailure,
  pagePath,
  withPagefindIds,
} from '../lib/search-index.ts';
import {
  SEARCH_DATA_PATHS,
  termsByUrl,
  withoutTerms,
  type SearchData,
} from '../lib/search-data.ts';
import { langOf, langs, pathsIn, type Lang } from '../lib/i18n.ts';
import { searchResultsPaths } from '../lib/paths.ts';
import { builtHtmlFiles } from './built-html.ts';
import {
  bundleSearchScript,
  inlineSearchScript,
  removeReplacedScripts,
} from './search-script-bundle.ts';
import {
  htmlLanguage,
  carryScriptsAndData,
  injectPreloads,
  moduleScripts,
  searchPreloads,
  type PagefindEntry,
  type Preload,
} from '../lib/search-preloads.ts';

/**
 * Word locations per index chunk (Pagefind's default is 20000, which splits this site's
 * index into two chunks of about 20 KiB, and most searches need both). Measured with
 * `npm run bench:search -- --chunk-sizes ...` (docs/benchmarks.md): at 2000 a search
 * downloads about 35 KiB less in as many parallel requests; below that the savings stop.
 * Pagefind reads it from an environment variable it calls unstable, so the build logs the
 * number of chunks written.
 */
const INDEX_CHUNK_SIZE = 2000;
const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

interface IndexOptions {
  logger?: AstroIntegrationLogger;
  /** Overrides INDEX_CHUNK_SIZE (the search benchmark compares several). */
  chunkSize?: number;
}

/**
 * Indexes every HTML page under `siteDir` and writes the bundle to `<siteDir>/pagefind`: one
 * index per language, as Pagefind splits pages by their <html lang>, each searched from its
 * own search page (/search/, /es/buscar/) with its own data file.
 */
async function indexSite(siteDir: string, options: IndexOptions = {}) {
  const outputPath = join(siteDir, 'pagefind');
  // Pagefind's service process reads the chunk size from its environment when it starts.
  const previous = process.env[CHUNK_SIZE_VARIABLE];
  process.env[CHUNK_SIZE_VARIABLE] = String(options.chunkSize ?? INDEX_CHUNK_SIZE);
  try {
    const created = await pagefind.createIndex();
    const index = created.index;
    if (created.errors.length > 0 || !index) {
      throw pagefindFailure('create the index', created.errors);
    }

    // Each page is read here rather than by addDirectory, so the words people use for it
    // (src/content/search-terms/, as the build wrote them into the search page's data file)
    // join its index entry without being added to the page itself.
    const files = builtHtmlFiles(siteDir);
    const data = Object.fromEntries(
      langs.map((lang) => [lang, readSearchData(siteDir, lang)]),
    ) as Record<Lang, SearchData>;
    const terms = new Map(langs.flatMap((lang) => [...termsByUrl(data[lang])]));
    const added = { page_count: 0 };
    for (const file of files) {
      const html = readFileSync(join(siteDir, file), 'utf8');
      const content = addSearchTerms(html, terms.get(pagePath(file)) ?? []);
      const result = await index.addHTMLFile({ sourcePath: file, content });
      if (result.errors.length > 0) throw pagefindFailure(`index ${file}`, result.errors);
      // Pages without data-pagefind-body (404, /search/) are left out of the index.
      if (content.includes('data-pagefind-body')) added.page_count += 1;
    }
    // Zero pages means the layouts lost `data-pagefind-body` or the build wrote nothing:
    // shipping an empty index would make every search say "no results".
    if (added.page_count === 0) {
      throw pagefindFailure(`index ${siteDir}`, ['no pages with content were found']);
    }

    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw pagefindFailure(`write ${outputPath}`, written.errors);

    // The search page lists Pagefind's full-text results after its first results from the
    // data file, and knows a result it already shows by this id, with no fragment to fetch.
    const fragments = fragmentUrls(outputPath);
    for (const lang of langs) {
      const own = new Map([...fragments].filter(([, url]) => langOf(url) === lang));
      writeSearchData(siteDir, lang, withoutTerms(withPagefindIds(data[lang], own)));
    }

    const indexChunks = readdirSync(join(outputPath, 'index')).length;
    options.logger?.info(
      `Indexed ${added.page_count} pages into ${outputPath} (${indexChunks} index chunks)`,
    );
    return { pageCount: added.page_count, outputPath, indexChunks };
  } finally {
    // Pagefind runs as a child process; close it so the build can exit.
    await pagefind.close();
    if (previous === undefined) delete process.env[CHUNK_SIZE_VARIABLE];
    else process.env[CHUNK_SIZE_VARIABLE] = previous;
  }
}

const searchDataFile = (siteDir: string, lang: Lang) =>
  join(siteDir, ...SEARCH_DATA_PATHS[lang].split('/'));

/** A search page's data file as the build wrote it (src/pages/search/data.json.ts and its twin). */
function readSearchData(siteDir: string, lang: Lang): SearchData {
  const file = searchDataFile(siteDir, lang);
  if (!existsSync(file)) throw new Error(`Site search: ${file} is missing.`);
  return JSON.parse(readFileSync(file, 'utf8')) as SearchData;
}

function writeSearchData(siteDir: string, lang: Lang, data: SearchData): void {
  writeFileSync(searchDataFile(siteDir, lang), JSON.stringify(data));
}

/** Each fragment's id (its file name) and the address of its page. */
function fragmentUrls(outputPath: string): Map<string, string> {
  const dir = join(outputPath, 'fragment');
  return new Map(
    readdirSync(dir).map((name) => [
      name.replace(/\.pf_fragment$/, ''),
      fragmentUrl(name, gunzipSync(readFileSync(join(dir, name))).toString('utf8')),
    ]),
  );
}

/** The built file of the page at `address` ("/search/" → `<siteDir>/search/index.html`). */
const pageFile = (siteDir: string, address: string) =>
  join(siteDir, ...address.split('/').filter(Boolean), 'index.html');

/**
 * Adds to each of a language's two search pages (`/search/` and the results address
 * `/search/results/`, and their Spanish twins) the preloads one full-text search needs, for the
 * page script to activate. /search/ also gets what a query in its address needs (the page
 * script, bundled into one file, as a preload; the search data as a file its loader fetches;
 * src/lib/search-preloads.ts). The results address, which every search form submits to,
 * carries the same script and the data inside it (`carryScriptsAndData`), so its first results
 * wait for no second round of requests. Returns /search/'s preloads and the entry scripts the
 * two pages no longer load.
 */
async function preloadSearchFiles(
  siteDir: string,
  lang: Lang,
): Promise<{ preloads: Preload[]; replaced: string[] }> {
  const searchFile = pageFile(siteDir, pathsIn[lang].search);
  const resultsFile = pageFile(siteDir, searchResultsPaths[lang]);
  for (const page of [searchFile, resultsFile]) {
    if (!existsSync(page)) throw new Error(`Site search: ${page} is missing.`);
  }
  const entryText = readFileSync(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8');
  const entry = JSON.parse(entryText) as PagefindEntry;
  let search = readFileSync(searchFile, 'utf8');
  const results = readFileSync(resultsFile, 'utf8');
  // The page script and the chunks it imports, as one file (./search-script-bundle.ts).
  const replaced = moduleScripts(search).map(({ href }) => href);
  const scripts: Preload[] = [];
  for (const href of replaced) {
    const bundled = await bundleSearchScript(siteDir, href);
    search = search.replaceAll(`src="${href}"`, `src="${bundled}"`);
    scripts.push({ rel: 'modulepreload', href: bundled });
  }
  const dataPath = SEARCH_DATA_PATHS[lang];
  const preloads = searchPreloads(entry, entryText, htmlLanguage(search));
  for (const { href } of [...scripts, ...preloads, { href: dataPath }]) {
    const file = join(siteDir, new URL(href, 'http://x').pathname);
    if (!existsSync(file))
      throw new Error(`Site search: a preload names ${href}, not in the build.`);
  }
  const hrefs = scripts.map((script) => script.href);
  writeFileSync(searchFile, injectPreloads(search, preloads, scripts, hrefs, dataPath));
  // The results page loads the same entry scripts: carried as classic scripts instead.
  const carried = await Promise.all(
    moduleScripts(results).map(async ({ href }) => ({
      href,
      code: await inlineSearchScript(siteDir, href),
    })),
  );
  writeFileSync(
    resultsFile,
    carryScriptsAndData(results, preloads, carried, readSearchData(siteDir, lang)),
  );
  return { preloads, replaced: [...new Set([...replaced, ...carried.map((c) => c.href)])] };
}

/** The whole build step: the index, then each search page's preloads (English's returned). */
export async function prepareSearch(siteDir: string, options: IndexOptions = {}) {
  const indexed = await indexSite(siteDir, options);
  const pages = await Promise.all(langs.map((lang) => preloadSearchFiles(siteDir, lang)));
  removeReplacedScripts(
    siteDir,
    pages.flatMap((page) => page.replaced),
  );
  const [preloads = [], ...others] = pages.map((page) => page.preloads);
  options.logger?.info(
    `Search pages preload ${[preloads, ...others].map((p) => p.length).join(' and ')} files`,
  );
  return { ...indexed, preloads };
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'site-search-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await prepareSearch(fileURLToPath(dir), { logger });
      },
    },
  };
}
