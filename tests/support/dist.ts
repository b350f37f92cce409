/**
 * Reads the built site in dist/ for the built-output tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import * as cheerio from 'cheerio';
import { filesUnder, urlPathOf } from '../../src/lib/files';
import { DIST_DIR } from '../../scripts/shared/dist-dir';

/** dist/, or DIST_DIR to test a build written elsewhere (`astro build --outDir`). */
export const DIST = DIST_DIR;

export interface BuiltPage {
  /** URL path, e.g. "/causes/overuse/" or "/404.html". */
  path: string;
  file: string;
  html: string;
  $: cheerio.CheerioAPI;
}

const filePathToUrlPath = (file: string): string => urlPathOf(DIST, file);

let cache: BuiltPage[] | undefined;

/**
 * The editor for clinic staff (src/pages/admin/) is an app, not a page of the site: no header,
 * footer, canonical or JSON-LD, noindex, its own CSP and budget. tests/e2e/admin.test.ts and
 * tests/build/budget.test.ts check it; the site-wide page tests leave it out.
 */
const EDITOR_PATH = '/admin/';

/** Every HTML page of the site, except Pagefind's own files and the editor at /admin/. */
export function htmlPages(): BuiltPage[] {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` before the build tests.');
  }
  cache ??= filesUnder(DIST)
    .filter((f) => f.endsWith('.html') && !f.includes(`${sep}pagefind${sep}`))
    .filter((f) => !filePathToUrlPath(f).startsWith(EDITOR_PATH))
    .sort()
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      return { path: filePathToUrlPath(file), file, html, $: cheerio.load(html) };
    });
  return cache;
}

export function page(path: string): BuiltPage {
  const found = htmlPages().find((p) => p.path === path);
  if (!found) throw new Error(`No built page at ${path}`);
  return found;
}

const BLOCK =
  'p, li, h1, h2, h3, h4, h5, h6, td, th, caption, dt, dd, figcaption, blockquote, div, section, article, legend, label, summary';

/**
 * Visible text of an element with a space at every block boundary, so words never run
 * together when the build's HTML compression removes whitespace between tags. `leaveOut`: a
 * selector of parts to leave out as well.
 */
export function visibleText($: cheerio.CheerioAPI, selector = 'main', leaveOut?: string): string {
  const root = $(selector).first().clone();
  root.find('script, style, template, [hidden]').remove();
  if (leaveOut) root.find(leaveOut).remove();
  root.find(BLOCK).each((_, el) => {
    $(el).prepend(' ').append(' ');
  });
  return root.text().replace(/\s+/g, ' ').trim();
}
