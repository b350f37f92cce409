/**
 * Every HTML page of a finished build, for the build steps that read or rewrite them after
 * Astro has written dist/ (the search index, the island style move).
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every HTML file under `siteDir`, as paths relative to it with forward slashes, sorted. */
export function builtHtmlFiles(siteDir: string): string[] {
  return (readdirSync(siteDir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((name) => name.endsWith('.html'))
    .map((name) => relative(siteDir, join(siteDir, name)).split(sep).join('/'))
    .sort();
}
