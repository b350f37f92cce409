/**
 * Weighs every built page in a dist folder (see ./page-weight.ts) and checks it against
 * ./page-budget.ts. Used by scripts/budget.ts and the Lighthouse cross-check.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as cheerio from 'cheerio';
import { weighPage, type PageWeight } from './page-weight.ts';
import { budgetProblems, type PageKind } from './page-budget.ts';

export interface MeasuredPage {
  weight: PageWeight;
  kind: PageKind;
  problems: string[];
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** A reader for weighPage: URL path → file in dist (folders → index.html). */
export function distReader(dist: string) {
  return (urlPath: string): Uint8Array | undefined => {
    const file = join(dist, decodeURIComponent(urlPath), urlPath.endsWith('/') ? 'index.html' : '');
    return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
  };
}

export function urlPathOf(dist: string, file: string): string {
  const rel = relative(dist, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  return rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

export function measurePage(dist: string, path: string, html: string): MeasuredPage {
  const weight = weighPage(path, html, distReader(dist));
  const kind: PageKind = {
    hasIsland: cheerio.load(html)('astro-island').length > 0,
    isSearch: path === '/search/',
  };
  return { weight, kind, problems: budgetProblems(weight, kind) };
}

/** Every HTML page of the build except Pagefind's own files, sorted by path. */
export function measureSite(dist: string): MeasuredPage[] {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist}/index.html is missing: build the site first.`);
  }
  return walk(dist)
    .filter((f) => f.endsWith('.html') && !f.includes(`${sep}pagefind${sep}`))
    .map((file) => measurePage(dist, urlPathOf(dist, file), readFileSync(file, 'utf8')))
    .sort((a, b) => a.weight.path.localeCompare(b.weight.path));
}
