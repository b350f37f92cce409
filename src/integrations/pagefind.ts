/**
 * Builds the site search index as the last step of `astro build`, so the index can never be
 * stale or forgotten. Pagefind reads the built HTML in dist/ and writes dist/pagefind/.
 *
 * What gets indexed is decided by attributes in the layouts, not here: only elements marked
 * `data-pagefind-body` (the <main> of searchable pages) are read, which keeps the header,
 * navigation, breadcrumbs and footer out of every result.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { pagefindFailure } from '../lib/search-index.ts';

/** Indexes every HTML page under `siteDir` and writes the bundle to `<siteDir>/pagefind`. */
export async function indexSite(siteDir: string, logger?: AstroIntegrationLogger) {
  const outputPath = join(siteDir, 'pagefind');
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'en' });
    const index = created.index;
    if (created.errors.length > 0 || !index) {
      throw pagefindFailure('create the index', created.errors);
    }

    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw pagefindFailure(`index ${siteDir}`, added.errors);
    // Zero pages means the layouts lost `data-pagefind-body` or the build wrote nothing:
    // shipping an empty index would make every search say "no results".
    if (added.page_count === 0) {
      throw pagefindFailure(`index ${siteDir}`, ['no pages with content were found']);
    }

    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw pagefindFailure(`write ${outputPath}`, written.errors);

    logger?.info(`Indexed ${added.page_count} pages into ${outputPath}`);
    return { pageCount: added.page_count, outputPath };
  } finally {
    // Pagefind runs as a child process; close it so the build can exit.
    await pagefind.close();
  }
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'site-search-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await indexSite(fileURLToPath(dir), logger);
      },
    },
  };
}
