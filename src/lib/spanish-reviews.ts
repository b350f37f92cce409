/**
 * Every Spanish page's translation review, from where it is recorded: `siteTranslationReview`
 * in ./site.ts for the site's own pages, and each Spanish content file's `translator` and
 * `translationReviewedOn` (src/content/es/<section>/<id>.mdx). Read from disk, like the
 * clinical review (./review-sources.ts), so `npm run review-status` and the launch check can
 * list them before anything is built.
 */
import { relative } from 'node:path';
import { frontmatterDate } from './content-files.ts';
import { spanishTranslations as sitePages } from './site.ts';
import { readSpanishFiles } from './spanish-files.ts';
import type { PageTranslation } from './translation-review.ts';

/** The Spanish content pages' translation reviews. */
export function collectContentTranslations(
  contentDir = 'src/content',
  cwd = process.cwd(),
): PageTranslation[] {
  return readSpanishFiles(contentDir).map((file) => ({
    path: file.path,
    source: relative(cwd, file.file),
    translator: typeof file.data.translator === 'string' ? file.data.translator : undefined,
    reviewedOn: frontmatterDate(file.data.translationReviewedOn),
  }));
}

let cached: PageTranslation[] | undefined;

/** Every Spanish page with its translation review record: the site's pages and the content. */
export function allSpanishTranslations(): readonly PageTranslation[] {
  cached ??= [...sitePages, ...collectContentTranslations()];
  return cached;
}
