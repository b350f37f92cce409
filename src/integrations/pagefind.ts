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
import * as pagefind from 'pagefind';
import { addSearchTerms, pagefindFailure, pagePath } from '../lib/search-index.ts';
import { loadSearchTerms } from './search-terms-files.ts';
import { builtHtmlFiles } from './built-html.ts';
import {
  htmlLanguage,
  injectPreloads,
  moduleScripts,
  SEARCH_LANGUAGE,
  searchPreloads,
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
    // (src/content/search-terms/) join its index entry without being added to the page itself.
    const files = builtHtmlFiles(siteDir);
    const terms = loadSearchTerms(new Set(files.map(pagePath)));
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

/**
 * Adds to `<siteDir>/search/index.html` a preload of its own script and, for the page script
 * to activate, the preloads one search needs (src/lib/search-preloads.ts); returns the latter.
 */
function preloadSearchFiles(siteDir: string): Preload[] {
  const page = join(siteDir, ...SEARCH_PATH.split('/').filter(Boolean), 'index.html');
  const bundle = join(siteDir, 'pagefind');
  if (!existsSync(page)) throw new Error(`Site search: ${page} is missing.`);
  const entryText = readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8');
  const entry = JSON.parse(entryText) as PagefindEntry;
  const filterDir = join(bundle, 'filter');
  const filters = existsSync(filterDir) ? readdirSync(filterDir) : [];
  const html = readFileSync(page, 'utf8');
  const pageScripts = moduleScripts(html);
  const preloads = searchPreloads(entry, entryText, htmlLanguage(html), filters);
  for (const { href } of [...pageScripts, ...preloads]) {
    const file = join(siteDir, new URL(href, 'http://x').pathname);
    if (!existsSync(file))
      throw new Error(`Site search: a preload names ${href}, not in the build.`);
  }
  writeFileSync(page, injectPreloads(html, preloads, pageScripts));
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
