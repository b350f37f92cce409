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
import { SEARCH_DATA_PATH, termsByUrl, withoutTerms, type SearchData } from '../lib/search-data.ts';
import { builtHtmlFiles } from './built-html.ts';
import {
  htmlLanguage,
  injectPreloads,
  moduleScripts,
  SEARCH_LANGUAGE,
  searchPreloads,
  staticImports,
  type PagefindEntry,
  type Preload,
} from '../lib/search-preloads.ts';
import { SEARCH_PATH } from '../lib/search-state.ts';

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

/** Indexes every HTML page under `siteDir` and writes the bundle to `<siteDir>/pagefind`. */
async function indexSite(siteDir: string, options: IndexOptions = {}) {
  const outputPath = join(siteDir, 'pagefind');
  // Pagefind's service process reads the chunk size from its environment when it starts.
  const previous = process.env[CHUNK_SIZE_VARIABLE];
  process.env[CHUNK_SIZE_VARIABLE] = String(options.chunkSize ?? INDEX_CHUNK_SIZE);
  try {
    const created = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
    const index = created.index;
    if (created.errors.length > 0 || !index) {
      throw pagefindFailure('create the index', created.errors);
    }

    // Each page is read here rather than by addDirectory, so the words people use for it
    // (src/content/search-terms/, as the build wrote them into the search page's data file)
    // join its index entry without being added to the page itself.
    const files = builtHtmlFiles(siteDir);
    const data = readSearchData(siteDir);
    const terms = termsByUrl(data);
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
    writeSearchData(siteDir, withoutTerms(withPagefindIds(data, fragmentUrls(outputPath))));

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

const searchDataFile = (siteDir: string) => join(siteDir, ...SEARCH_DATA_PATH.split('/'));

/** The search page's data file as the build wrote it (src/pages/search/data.json.ts). */
function readSearchData(siteDir: string): SearchData {
  const file = searchDataFile(siteDir);
  if (!existsSync(file)) throw new Error(`Site search: ${file} is missing.`);
  return JSON.parse(readFileSync(file, 'utf8')) as SearchData;
}

function writeSearchData(siteDir: string, data: SearchData): void {
  writeFileSync(searchDataFile(siteDir), JSON.stringify(data));
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

/**
 * Adds to `<siteDir>/search/index.html` the preloads one full-text search needs, for the page
 * script to activate, and those a query in the address needs (the page script and the search
 * data; src/lib/search-preloads.ts); returns the former.
 */
function preloadSearchFiles(siteDir: string): Preload[] {
  const page = join(siteDir, ...SEARCH_PATH.split('/').filter(Boolean), 'index.html');
  const bundle = join(siteDir, 'pagefind');
  if (!existsSync(page)) throw new Error(`Site search: ${page} is missing.`);
  const entryText = readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8');
  const entry = JSON.parse(entryText) as PagefindEntry;
  const html = readFileSync(page, 'utf8');
  // The page script, the chunks it imports (it would ask for them only once it has arrived),
  // and the search data.
  const scripts = moduleScripts(html);
  const chunks = scripts.flatMap(({ href }) => {
    const file = join(siteDir, href);
    return existsSync(file) ? staticImports(readFileSync(file, 'utf8'), href) : [];
  });
  const onQuery: Preload[] = [...scripts, ...chunks, { rel: 'preload', href: SEARCH_DATA_PATH }];
  const preloads = searchPreloads(entry, entryText, htmlLanguage(html));
  for (const { href } of [...onQuery, ...preloads]) {
    const file = join(siteDir, new URL(href, 'http://x').pathname);
    if (!existsSync(file))
      throw new Error(`Site search: a preload names ${href}, not in the build.`);
  }
  writeFileSync(
    page,
    injectPreloads(
      html,
      preloads,
      onQuery,
      scripts.map((script) => script.href),
    ),
  );
  return preloads;
}

/** The whole build step: the index, then the search page's preloads. */
export async function prepareSearch(siteDir: string, options: IndexOptions = {}) {
  const indexed = await indexSite(siteDir, options);
  const preloads = preloadSearchFiles(siteDir);
  options.logger?.info(`Search page preloads ${preloads.length} files`);
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
