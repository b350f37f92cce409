import { describe, expect, it } from 'vitest';
import {
  collectEntryReviews,
  collectPageReviews,
  readReviewFields,
  siteLevelReview,
} from '../../../src/lib/review-sources';
import { awaitingReview } from '../../../src/lib/review-status';
import { siteHealthPages } from '../../../src/lib/site';

const FIXTURES = 'tests/fixtures/review';
const noSite = { pages: [], updated: '2026-11-20', review: {} };
const iso = (d?: Date) => d?.toISOString().slice(0, 10);

describe('readReviewFields', () => {
  it('reads updated, reviewer and reviewedOn from frontmatter', () => {
    const fields = readReviewFields(
      '---\ntitle: X\nupdated: 2026-11-20\nreviewer: jonathan-solomon\nreviewedOn: 2026-11-25\n---\nBody',
    );
    expect(iso(fields.updated)).toBe('2026-11-20');
    expect(fields.reviewer).toBe('jonathan-solomon');
    expect(iso(fields.reviewedOn)).toBe('2026-11-25');
  });

  it('leaves out what is missing or not a date', () => {
    expect(readReviewFields('no frontmatter')).toEqual({});
    const fields = readReviewFields('---\nupdated: someday\n---\n');
    expect(fields.updated).toBeUndefined();
    expect(fields.reviewer).toBeUndefined();
  });
});

describe('collectEntryReviews', () => {
  it('finds every MDX page in every folder, with its path and file, and skips data files', () => {
    const pages = collectEntryReviews(`${FIXTURES}/pending`);
    expect(pages.map((p) => [p.path, p.source])).toEqual([
      ['/causes/changed-after-review/', `${FIXTURES}/pending/causes/changed-after-review.mdx`],
      ['/causes/half-review/', `${FIXTURES}/pending/causes/half-review.mdx`],
      ['/causes/never-reviewed/', `${FIXTURES}/pending/causes/never-reviewed.mdx`],
      ['/causes/signed-off/', `${FIXTURES}/pending/causes/signed-off.mdx`],
      ['/exercises/a/', `${FIXTURES}/pending/exercises/a.mdx`],
      ['/exercises/b/', `${FIXTURES}/pending/exercises/b.mdx`],
    ]);
  });
});

describe('collectPageReviews', () => {
  it('lists the pages awaiting review: unreviewed, half-reviewed, changed since, and the routine', () => {
    const pending = awaitingReview(collectPageReviews(`${FIXTURES}/pending`, { site: noSite }));
    expect(pending.map((p) => p.path)).toEqual([
      '/causes/changed-after-review/',
      '/causes/half-review/',
      '/causes/never-reviewed/',
      '/exercises/b/',
      '/exercises/routine/',
    ]);
  });

  it('reviews the routine only when every exercise is reviewed, as of the oldest sign-off', () => {
    const pages = collectPageReviews(`${FIXTURES}/reviewed`, { site: noSite });
    const routine = pages.find((p) => p.path === '/exercises/routine/')!;
    expect(routine.reviewer).toBe('jonathan-solomon');
    expect(iso(routine.reviewedOn)).toBe('2026-11-25');
    expect(iso(routine.updated)).toBe('2026-11-22');
    expect(awaitingReview(pages)).toEqual([]);
  });

  it('includes the site-level health pages with their review from src/lib/site.ts', () => {
    const pages = collectPageReviews(`${FIXTURES}/reviewed`);
    for (const path of siteHealthPages) {
      const site = pages.find((p) => p.path === path);
      expect(site?.source, path).toBe('src/lib/site.ts (siteReview)');
      expect(site?.reviewer).toBe(siteLevelReview.review.reviewer);
    }
  });

  it('lists the real site: every article, the routine and the site-level pages', () => {
    const paths = collectPageReviews('src/content').map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/causes/overuse/',
        '/exercises/routine/',
        '/',
        '/triage/',
        '/when-to-see-a-doctor/',
      ]),
    );
  });
});
