/**
 * Collects every health page's review record from the files where it is kept: each MDX entry's
 * frontmatter (`updated`, `reviewer`, `reviewedOn`), `siteReview` in src/lib/site.ts for the
 * site-level health pages, and the printable routine, which is reviewed only when all the
 * exercises are (src/lib/review.ts). Reads files with node:fs and no Astro, so the
 * review-status script and the build's review gate can both run it before anything is built.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse } from 'yaml';
import { combineReviews, type Reviewable } from './review.ts';
import type { PageReview } from './review-status.ts';
import type { ReviewFields } from './content-schemas';
import { siteHealthPages, siteReview, siteUpdated } from './site.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

const toDate = (value: unknown): Date | undefined => {
  if (value === undefined || value === null || value === '') return undefined;
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? undefined : date;
};

/** The review fields of one MDX source; empty when it has no frontmatter. */
export function readReviewFields(source: string): Partial<Reviewable> {
  const match = FRONTMATTER.exec(source);
  const data = (match ? parse(match[1] ?? '') : null) as Record<string, unknown> | null;
  if (!data) return {};
  return {
    updated: toDate(data.updated),
    reviewer: typeof data.reviewer === 'string' ? data.reviewer : undefined,
    reviewedOn: toDate(data.reviewedOn),
  };
}

/**
 * Every MDX entry under `contentDir`, as `/<folder>/<file name>/`. Any folder of MDX files is
 * a collection of pages (causes, exercises, questions, ...); data-only folders hold no MDX.
 */
export function collectEntryReviews(contentDir: string, cwd = process.cwd()): PageReview[] {
  const pages: PageReview[] = [];
  for (const folder of readdirSync(contentDir).sort()) {
    const dir = join(contentDir, folder);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.mdx')) continue;
      const full = join(dir, file);
      pages.push({
        path: `/${folder}/${basename(file, '.mdx')}/`,
        source: relative(cwd, full),
        ...readReviewFields(readFileSync(full, 'utf8')),
      });
    }
  }
  return pages;
}

/** The printable routine: as new as its newest exercise, reviewed only when all of them are. */
function routineReview(entries: readonly PageReview[]): PageReview[] {
  const exercises = entries.filter((p) => p.path.startsWith('/exercises/'));
  if (exercises.length === 0 || exercises.some((e) => !e.updated)) return [];
  const combined = combineReviews(exercises as Reviewable[]);
  return [{ path: '/exercises/routine/', source: 'the exercise files (all of them)', ...combined }];
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
  return [...entries, ...routineReview(entries), ...sitePages];
}
