// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { resolveSiteUrl } from './src/lib/site.ts';
import { collectLastModified } from './src/lib/lastmod.ts';

const site = resolveSiteUrl();
const lastModified = collectLastModified(fileURLToPath(new URL('./src/content/', import.meta.url)));

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    preact(),
    sitemap({
      // The global `lastmod` option stamps every page alike; each page gets its own date here.
      serialize(item) {
        const date = lastModified.get(new URL(item.url).pathname);
        return date ? { ...item, lastmod: date.toISOString() } : item;
      },
    }),
  ],
});
