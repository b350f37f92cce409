/**
 * Weighs every built page in a dist folder (see ./page-weight.ts) and checks it against
 * ./page-budget.ts. Used by scripts/budget.ts and the Lighthouse cross-check.
 */
import { langs, pathsIn, type Lang } from '../../src/lib/i18n.ts';
import { SEARCH_DATA_PATHS } from '../../src/lib/search-data.ts';
import { CARRIED } from '../../src/lib/search-preloads.ts';
import { searchResultsPaths } from '../../src/lib/paths.ts';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import * as cheerio from 'cheerio';
import { filesUnder, urlPathOf } from '../../src/lib/files.ts';
import { weighPage, type PageWeight } from './page-weight.ts';
import { budgetProblems, editorBudgetProblems, type PageKind } from './page-budget.ts';
import { gzipSync } from 'node:zlib';
import { rulesFileInHeaders } from '../../src/lib/speculation-rules.ts';

interface MeasuredPage {
  weight: PageWeight;
  kind: PageKind;
  problems: string[];
}

/** A reader for weighPage: URL path → file in dist (folders → index.html). */
function distReader(dist: string) {
  return (urlPath: string): Uint8Array | undefined => {
    const file = join(dist, decodeURIComponent(urlPath), urlPath.endsWith('/') ? 'index.html' : '');
    return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
  };
}

/**
 * Adds the speculation rules file that the Speculation-Rules header (dist/_headers) makes
 * every page fetch: a request the HTML does not show.
 */
function withHeaderRequests(weight: PageWeight, dist: string): PageWeight {
  const headers = join(dist, '_headers');
  const path = existsSync(headers) ? rulesFileInHeaders(readFileSync(headers, 'utf8')) : undefined;
  const body = path ? distReader(dist)(path) : undefined;
  if (!path || !body || weight.assets.some((a) => a.path === path)) return weight;
  const bytes = gzipSync(body).length; // JSON: hosts gzip it
  return {
    ...weight,
    assets: [...weight.assets, { path, kind: 'other', bytes, from: 'Speculation-Rules header' }],
    bytes: { ...weight.bytes, other: weight.bytes.other + bytes },
    total: weight.total + bytes,
    requests: weight.requests + 1,
  };
}

/**
 * Adds a search page's data file, which its script fetches (or, for a query in the address,
 * its inline loader) without any tag in the HTML naming it.
 */
function withSearchData(weight: PageWeight, dist: string, lang: Lang): PageWeight {
  const path = SEARCH_DATA_PATHS[lang];
  const body = distReader(dist)(path);
  if (!body || weight.assets.some((a) => a.path === path)) return weight;
  const bytes = gzipSync(body).length; // JSON: hosts gzip it
  return {
    ...weight,
    assets: [...weight.assets, { path, kind: 'other', bytes, from: 'the search page script' }],
    bytes: { ...weight.bytes, other: weight.bytes.other + bytes },
    total: weight.total + bytes,
    requests: weight.requests + 1,
  };
}

/**
 * The results address (src/lib/paths.ts, `searchResultsPaths`) carries the search data and the
 * page script inside its HTML. Each is held to its own budget as on /search/: the data as the
 * search data (an asset named by the data file's address), the script as JavaScript (already in
 * `jsBytes`, as every inline script is); the document is weighed without them.
 */
function withCarriedSearch(weight: PageWeight, html: string, lang: Lang): PageWeight {
  const data = CARRIED.exec(html)?.[1];
  if (data === undefined) return weight;
  const page = html.replace(CARRIED, '');
  const pageBytes = gzipSync(page).length;
  const dataBytes = gzipSync(data).length;
  const [document, ...rest] = weight.assets;
  const assets = [
    { ...document!, bytes: pageBytes },
    ...rest,
    {
      path: SEARCH_DATA_PATHS[lang],
      kind: 'other' as const,
      bytes: dataBytes,
      from: 'inside the page',
    },
  ];
  const bytes = { ...weight.bytes, html: pageBytes, other: weight.bytes.other + dataBytes };
  return { ...weight, assets, bytes, total: Object.values(bytes).reduce((a, b) => a + b, 0) };
}

export function measurePage(dist: string, path: string, html: string): MeasuredPage {
  const searchLang = langs.find((lang) => pathsIn[lang].search === path);
  const resultsLang = langs.find((lang) => searchResultsPaths[lang] === path);
  const weighed = withHeaderRequests(weighPage(path, html, distReader(dist)), dist);
  const weight = searchLang
    ? withSearchData(weighed, dist, searchLang)
    : resultsLang
      ? withCarriedSearch(weighed, html, resultsLang)
      : weighed;
  const kind: PageKind = {
    hasIsland: cheerio.load(html)('astro-island').length > 0,
    isSearch: searchLang !== undefined || resultsLang !== undefined,
  };
  return { weight, kind, problems: budgetProblems(weight, kind) };
}

/** The editor for clinic staff: measured against its own budget, not the pages' budgets. */
const EDITOR_PAGE = '/admin/';

export function measureEditor(dist: string): { weight: PageWeight; problems: string[] } {
  const html = readFileSync(join(dist, EDITOR_PAGE, 'index.html'), 'utf8');
  const weight = weighPage(EDITOR_PAGE, html, distReader(dist));
  return { weight, problems: editorBudgetProblems(weight) };
}

/** Every HTML page of the site except Pagefind's own files and the editor, sorted by path. */
export function measureSite(dist: string): MeasuredPage[] {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist}/index.html is missing: build the site first.`);
  }
  return filesUnder(dist)
    .filter((f) => f.endsWith('.html') && !f.includes(`${sep}pagefind${sep}`))
    .filter((f) => !urlPathOf(dist, f).startsWith(EDITOR_PAGE))
    .map((file) => measurePage(dist, urlPathOf(dist, file), readFileSync(file, 'utf8')))
    .sort((a, b) => a.weight.path.localeCompare(b.weight.path));
}
