/**
 * Astro writes a one-line <style> (astro-island { display: contents }) right before the first
 * island, inside <body>, where HTML allows no <style> (the W3C Nu checker reports it on
 * /triage/). After the build, this moves that exact element into <head> on every page
 * that has it. The bytes are unchanged, so the Content-Security-Policy hash Astro computed for
 * it still matches.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { builtHtmlFiles } from './built-html.ts';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ISLAND_STYLE =
  '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

/** The page with the island style moved to the end of <head>; other pages unchanged. */
export function moveIslandStyle(html: string): string {
  const body = html.indexOf('<body');
  const at = html.indexOf(ISLAND_STYLE, body);
  if (body === -1 || at === -1) return html;
  const without = html.slice(0, at) + html.slice(at + ISLAND_STYLE.length);
  return without.replace('</head>', `${ISLAND_STYLE}</head>`);
}

export default function islandStyleInHead(): AstroIntegration {
  return {
    name: 'island-style-in-head',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const siteDir = fileURLToPath(dir);
        for (const file of builtHtmlFiles(siteDir).map((page) => join(siteDir, page))) {
          const html = readFileSync(file, 'utf8');
          const moved = moveIslandStyle(html);
          if (moved !== html) writeFileSync(file, moved);
        }
      },
    },
  };
}
