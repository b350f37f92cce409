/**
 * Files of a folder tree and the URL a built file is served at: one home for every walk over a
 * folder tree (the build steps over dist/, the page-weight budget, the build benchmark, the
 * tests' dist reader and import scan).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir` (full paths, sorted), from Node's own recursive readdir. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The URL path of a built file: `dist/causes/index.html` → `/causes/`, `dist/404.html` → `/404.html`. */
export function urlPathOf(dist: string, file: string): string {
  const rel = relative(dist, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  return rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}
