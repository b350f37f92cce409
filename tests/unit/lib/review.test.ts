import { describe, expect, it } from 'vitest';
import { combineReviews, isReviewed } from '../../../src/lib/review';

const day = (iso: string) => new Date(iso);
const reviewed = (updated: string, reviewedOn: string) => ({
  updated: day(updated),
  reviewer: 'jonathan-solomon',
  reviewedOn: day(reviewedOn),
});

describe('isReviewed', () => {
  it('needs both a reviewer and a sign-off day', () => {
    expect(isReviewed({ reviewer: 'jonathan-solomon', reviewedOn: day('2026-11-28') })).toBe(true);
    expect(isReviewed({ reviewer: 'jonathan-solomon' })).toBe(false);
    expect(isReviewed({ reviewedOn: day('2026-11-28') })).toBe(false);
    expect(isReviewed({})).toBe(false);
  });
});

describe('combineReviews', () => {
  it('takes the newest update and, when every part is reviewed, the oldest sign-off', () => {
    const combined = combineReviews([
      reviewed('2026-11-20', '2026-11-21'),
      reviewed('2026-11-25', '2026-11-26'),
    ]);
    expect(combined).toEqual({
      updated: day('2026-11-25'),
      reviewer: 'jonathan-solomon',
      reviewedOn: day('2026-11-21'),
    });
  });
  it('is unreviewed when any part is unreviewed', () => {
    const combined = combineReviews([
      reviewed('2026-11-20', '2026-11-21'),
      { updated: day('2026-11-22') },
    ]);
    expect(combined).toEqual({ updated: day('2026-11-22') });
  });
  it('refuses an empty list rather than invent a date', () => {
    expect(() => combineReviews([])).toThrow(/at least one/);
  });
});
