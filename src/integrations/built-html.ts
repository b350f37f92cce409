/**
 * Every HTML page of a finished build, for the build steps that read or rewrite them after
 * Astro has written dist/ (the search index, the island style move).
 */
import { relative, sep } from 'node:path';
import { filesUnder } from '../lib/files.ts';

/** Every HTML file under `siteDir`, as paths relative to it with forward slashes, sorted. */
export function builtHtmlFiles(siteDir: string): string[] {
  return filesUnder(siteDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => relative(siteDir, file).split(sep).join('/'));
}
