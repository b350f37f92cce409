/**
 * Collects every health page's review record from the files where it is kept: each MDX entry's
 * frontmatter (`updated`, `reviewer`, `reviewedOn`), `siteReview` in src/lib/site.ts for the
 * site-level health pages, and the printable routine, which is reviewed only when all the
 * exercises are (src/lib/review.ts). Reads files with node:fs and no Astro, so the
 * review-status script and the build's review gate can both run it before anything is built.
 */
import { relative } from 'node:path';
import { readSpanishFiles } from './spanish-files.ts';
import { pathsIn, type Lang } from './i18n.ts';
import { sectionPath } from './sections.ts';
import { combineReviews, type Reviewable } from './review.ts';
import type { PageReview } from './review-status.ts';
import type { ReviewFields } from './content-schemas';
import { frontmatterDate, readContentFiles, readFrontmatter } from './content-files.ts';
import { siteHealthPages, siteReview, siteUpdated } from './site.ts';

/** The review fields of frontmatter data. */
function reviewFields(data: Record<string, unknown>): Partial<Reviewable> {
  return {
    updated: frontmatterDate(data.updated),
    reviewer: typeof data.reviewer === 'string' ? data.reviewer : undefined,
    reviewedOn: frontmatterDate(data.reviewedOn),
  };
}

/** The review fields of one MDX source; empty when it has no frontmatter. */
export const readReviewFields = (source: string): Partial<Reviewable> =>
  reviewFields(readFrontmatter(source));

/** Every MDX entry under `contentDir`, as `/<folder>/<file name>/` (./content-files.ts). */
export function collectEntryReviews(contentDir: string, cwd = process.cwd()): PageReview[] {
  return readContentFiles(contentDir).map((entry) => ({
    path: entry.path,
    source: relative(cwd, entry.file),
    ...reviewFields(entry.data),
  }));
}

/**
 * The printable routine in a language: as new as its newest exercise there, reviewed only when
 * all of them are.
 */
function routineReview(entries: readonly PageReview[], lang: Lang = 'en'): PageReview[] {
  const exercises = entries.filter((p) => p.path.startsWith(sectionPath('exercises', lang)));
  if (exercises.length === 0 || exercises.some((e) => !e.updated)) return [];
  const combined = combineReviews(exercises as Reviewable[]);
  return [{ path: pathsIn[lang].routine, source: 'the exercise files (all of them)', ...combined }];
}

export interface SiteLevelReview {
  pages: readonly string[];
  updated: string;
  review: ReviewFields;
}

/** The site-level health pages as src/lib/site.ts records them. */
export const siteLevelReview: SiteLevelReview = {
  pages: siteHealthPages,
  updated: siteUpdated,
  review: siteReview,
};

/**
 * Every health page's review record: entries, the printable routine and the site-level pages.
 * `site` defaults to src/lib/site.ts; tests pass their own.
 */
export function collectPageReviews(
  contentDir: string,
  { cwd = process.cwd(), site = siteLevelReview }: { cwd?: string; site?: SiteLevelReview } = {},
): PageReview[] {
  const entries = collectEntryReviews(contentDir, cwd);
  const sitePages = site.pages.map((path) => ({
    path,
    source: 'src/lib/site.ts (siteReview)',
    updated: new Date(site.updated),
    ...site.review,
  }));
  const spanish = spanishEntryReviews(contentDir, entries);
  return [
    ...entries,
    ...routineReview(entries),
    ...sitePages,
    ...spanish,
    ...routineReview(spanish, 'es'),
  ];
}

/**
 * The Spanish content pages: the clinical review is the English twin's (recorded in its file),
 * and the words are as new as the Spanish file's `updated`, so Spanish words changed after the
 * sign-off show as awaiting review. The translation's own check is listed apart
 * (./spanish-reviews.ts).
 */
function spanishEntryReviews(contentDir: string, english: readonly PageReview[]): PageReview[] {
  return readSpanishFiles(contentDir).flatMap((file) => {
    const twin = english.find((e) => e.path === file.englishPath);
    return twin ? [{ ...twin, path: file.path, updated: frontmatterDate(file.data.updated) }] : [];
  });
}
