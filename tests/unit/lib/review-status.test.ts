import { describe, expect, it } from 'vitest';
import {
  awaitingReview,
  formatReviewReport,
  needsReview,
  reviewGateFailure,
  type PageReview,
} from '../../../src/lib/review-status';

const day = (iso: string) => new Date(iso);
const page = (path: string, fields: Partial<PageReview> = {}): PageReview => ({
  path,
  source: `src/content${path.slice(0, -1)}.mdx`,
  updated: day('2026-11-20'),
  ...fields,
});
const signedOff = { reviewer: 'jonathan-solomon', reviewedOn: day('2026-11-25') };

describe('needsReview', () => {
  it('is false only for a recorded sign-off at or after the last change', () => {
    expect(needsReview(page('/a/', signedOff))).toBe(false);
    expect(needsReview(page('/a/', { ...signedOff, updated: day('2026-11-25') }))).toBe(false);
  });

  it('is true without a sign-off, with half of one, or after the words changed', () => {
    expect(needsReview(page('/a/'))).toBe(true);
    expect(needsReview(page('/a/', { reviewer: 'jonathan-solomon' }))).toBe(true);
    expect(needsReview(page('/a/', { reviewedOn: day('2026-11-25') }))).toBe(true);
    expect(needsReview(page('/a/', { ...signedOff, updated: day('2026-12-01') }))).toBe(true);
  });
});

describe('awaitingReview', () => {
  it('keeps the pages that need review, sorted by path', () => {
    const pages = [page('/z/'), page('/ok/', signedOff), page('/b/')];
    expect(awaitingReview(pages).map((p) => p.path)).toEqual(['/b/', '/z/']);
  });
});

describe('formatReviewReport', () => {
  it('lists every page with its state and where it is recorded, then a count', () => {
    const report = formatReviewReport([page('/b/'), page('/a/', signedOff)]);
    const lines = report.split('\n');
    expect(lines[0]).toMatch(/^Page\s+Status\s+Updated\s+Recorded in$/);
    expect(lines[1]).toMatch(
      /^\/a\/\s+reviewed by jonathan-solomon on 2026-11-25\s+2026-11-20\s+src\/content\/a\.mdx$/,
    );
    expect(lines[2]).toMatch(/^\/b\/\s+AWAITING REVIEW\s+2026-11-20\s+src\/content\/b\.mdx$/);
    expect(lines.at(-1)).toBe('1 of 2 health pages await clinical review.');
  });

  it('says so when every page is reviewed', () => {
    expect(formatReviewReport([page('/a/', signedOff)])).toMatch(
      /All 1 health pages have a current clinical review\.$/,
    );
  });
});

describe('reviewGateFailure', () => {
  const pages = [
    page('/a/', signedOff),
    page('/b/'),
    page('/c/', { ...signedOff, updated: day('2026-12-01') }),
  ];

  it('does nothing unless REQUIRE_REVIEW=1', () => {
    expect(reviewGateFailure(pages, {})).toBeUndefined();
    expect(reviewGateFailure(pages, { REQUIRE_REVIEW: '0' })).toBeUndefined();
  });

  it('names every page that needs review, why, and the file to edit', () => {
    const message = reviewGateFailure(pages, { REQUIRE_REVIEW: '1' })!;
    expect(message).toContain('2 health page(s)');
    expect(message).toContain('/b/ (src/content/b.mdx): no review recorded');
    expect(message).toContain(
      '/c/ (src/content/c.mdx): changed on 2026-12-01, after the review on 2026-11-25',
    );
    expect(message).not.toContain('/a/ ');
    expect(message).toContain('reviewer');
    expect(message).toContain('reviewedOn');
  });

  it('lets the build go on when every page has a current review', () => {
    expect(reviewGateFailure([page('/a/', signedOff)], { REQUIRE_REVIEW: '1' })).toBeUndefined();
  });
});
