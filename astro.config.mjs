// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import adminCms from './src/integrations/admin-cms/index.ts';
import reviewGate from './src/integrations/review-gate.ts';
import islandStyleInHead from './src/integrations/island-style-in-head.ts';
import { fileURLToPath } from 'node:url';
import { resolveSiteUrl } from './src/lib/site.ts';
import { collectLastModified } from './src/lib/lastmod.ts';
import { htmlLang, langOf } from './src/lib/i18n.ts';
import { twinOf } from './src/lib/twins.ts';
import { searchResultsPaths } from './src/lib/paths.ts';

/**
 * Pages search engines should not list: the editor, and search results (noindex).
 * @param {string} path
 */
const unlisted = (path) =>
  path.startsWith('/admin/') || Object.values(searchResultsPaths).some((p) => p === path);

const site = resolveSiteUrl();
const lastModified = collectLastModified(fileURLToPath(new URL('./src/content/', import.meta.url)));

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Lossless whitespace compression. Astro 7's default ('jsx') drops line breaks between text
  // and a link, so Prettier's line wrapping in .astro files would glue words together.
  compressHTML: true,
  // No code blocks on this site; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  build: {
    format: 'directory',
    // One small stylesheet: inline it so no page waits on a render-blocking CSS request.
    inlineStylesheets: 'always',
  },
  vite: {
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // Astro (not our content) writes "use astro:head-inject" at the top of the module it
          // makes for each MDX file, and Rolldown warns once per MDX file that bundling may not
          // keep the directive. Nothing reads it back after bundling (in Astro 7.3 only the writer
          // mentions it), so the warning is harmless; upstream tracks it as withastro/astro#18087.
          // Dropped here because a clean build log is how staff spot a real problem. Only this
          // warning: every other log, other directives included, still prints.
          if (
            log.code === 'MODULE_LEVEL_DIRECTIVE' &&
            log.message.includes('"use astro:head-inject"')
          )
            return;
          handler(level, log);
        },
      },
    },
  },
  security: {
    // A <meta> CSP with hashes for every script and style Astro emits. Pages that need more
    // (Pagefind's WebAssembly on /search/) add directives with Astro.csp.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'self'",
        "object-src 'none'",
      ],
    },
  },
  integrations: [
    mdx(),
    preact(),
    sitemap({
      // The editor at /admin/ is for clinic staff, search results for the person searching.
      filter: (page) => !unlisted(new URL(page).pathname),
      // The global `lastmod` option stamps every page alike; each page gets its own date here.
      // A page with a twin in the other language lists both (hreflang), as its <head> does.
      serialize(item) {
        const path = new URL(item.url).pathname;
        const date = lastModified.get(path);
        const twin = twinOf(path);
        const links = twin
          ? [path, twin].map((p) => ({ url: new URL(p, site).href, lang: htmlLang[langOf(p)] }))
          : undefined;
        return {
          ...item,
          ...(date && { lastmod: date.toISOString() }),
          ...(links && { links }),
        };
      },
    }),
    // Astro's island <style> moves from <body> into <head> (valid HTML), before search indexes.
    islandStyleInHead(),
    // Site search: indexes the finished pages in dist/ into dist/pagefind/ (astro:build:done).
    pagefind(),
    // The editor for clinic staff at /admin/ (Sveltia CMS), bundled once and cached.
    adminCms(),
    // LAUNCH=1 stops a build while the site lacks anything it needs to go live (README, "Before
    // going live"); REQUIRE_REVIEW=1 stops it while any health page awaits clinical review.
    reviewGate(),
  ],
});
