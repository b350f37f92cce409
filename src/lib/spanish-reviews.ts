/**
 * Every Spanish page's translation review, from where it is recorded: `siteTranslationReview`
 * in ./site.ts for the site's own pages, and each Spanish content file's `translator` and
 * `translationReviewedOn` (src/content/es/<section>/<id>.mdx). Read from disk, like the
 * clinical review (./review-sources.ts), so `npm run review-status` and the launch check can
 * list them before anything is built.
 */
import { relative } from 'node:path';
import { frontmatterDate } from './content-files.ts';
import { siteTranslationReview, spanishTranslations as sitePages } from './site.ts';
import { sectionPath } from './sections.ts';
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

/** Read once per content folder: every Spanish page's status line asks. */
const cached = new Map<string, PageTranslation[]>();

/**
 * The Spanish section indexes: their words are the site's (src/lib/words/es/sections.ts), so
 * their check is the site's own pages' record.
 */
function sectionIndexTranslations(contentDir: string): PageTranslation[] {
  const sections = new Set(readSpanishFiles(contentDir).map((file) => file.section));
  return [...sections].map((section) => ({
    path: sectionPath(section, 'es'),
    source: 'src/lib/words/es/sections.ts (siteTranslationReview in src/lib/site.ts)',
    ...siteTranslationReview,
  }));
}

/** Every Spanish page with its translation review record: the site's pages and the content. */
export function allSpanishTranslations(contentDir = 'src/content'): readonly PageTranslation[] {
  let pages = cached.get(contentDir);
  if (!pages) {
    pages = [
      ...sitePages,
      ...sectionIndexTranslations(contentDir),
      ...collectContentTranslations(contentDir),
    ];
    cached.set(contentDir, pages);
  }
  return pages;
}
