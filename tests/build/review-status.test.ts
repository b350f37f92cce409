/**
 * What `npm run review-status` and the REQUIRE_REVIEW=1 gate decide agrees with what each built
 * page tells readers: a page the report calls reviewed says "Reviewed by …" and claims
 * reviewedBy in JSON-LD; every other health page says its review is pending and claims nothing.
 * So the clinic's list can never drift from the pages.
 */
import { describe, expect, it } from 'vitest';
import { isReviewed } from '../../src/lib/review';
import { collectPageReviews } from '../../src/lib/review-sources';
import { htmlPages, page } from '../support/dist';

const reviews = collectPageReviews('src/content');

/** The MedicalWebPage node of a built page's JSON-LD. */
function medicalWebPage(path: string): Record<string, unknown> | undefined {
  const { $ } = page(path);
  const nodes = $('script[type="application/ld+json"]')
    .map((_, el) => JSON.parse($(el).text()) as unknown)
    .get()
    .flatMap((data) => {
      const d = data as { '@graph'?: unknown[] };
      return d['@graph'] ?? [data];
    }) as Record<string, unknown>[];
  return nodes.find((n) => n['@type'] === 'MedicalWebPage');
}

describe('the review list matches the built pages', () => {
  it('covers every built page that shows a review status', () => {
    const listed = new Set(reviews.map((r) => r.path));
    const shown = htmlPages()
      .filter((p) => p.$('[data-review-status]').length > 0)
      .map((p) => p.path);
    expect(shown.length).toBeGreaterThan(20);
    expect(shown.filter((path) => !listed.has(path))).toEqual([]);
  });

  it.each(reviews.map((r) => [r.path, r] as const))('%s', (path, review) => {
    const reviewed = isReviewed(review);
    const { $ } = page(path);
    const status = $('[data-review-status]');
    // The home page shows no status line; its JSON-LD still must not claim a review.
    if (path !== '/') {
      expect(status.attr('data-review-status'), `${path} (${review.source})`).toBe(
        reviewed ? 'reviewed' : 'pending',
      );
    }
    const node = medicalWebPage(path);
    expect(node, `${path} has a MedicalWebPage node`).toBeDefined();
    expect('reviewedBy' in node!, `${path} JSON-LD reviewedBy`).toBe(reviewed);
  });
});
