/**
 * Review status of a page: reviewed only when a reviewer and a sign-off day are both recorded.
 * Kept apart from templates so the printable routine, the review report and the production
 * build's review gate all decide it the same way.
 */
import type { ReviewFields } from './content-schemas';

export interface Reviewable extends ReviewFields {
  /** When the words last changed. */
  updated: Date;
}

export function isReviewed(page: ReviewFields): page is Required<ReviewFields> {
  return Boolean(page.reviewer && page.reviewedOn);
}

/**
 * A page made of other pages (the printable routine) is as new as its newest part, and
 * reviewed only when every part is, by one reviewer; its review day is the oldest sign-off,
 * because a later change to any part would have needed a new one.
 */
export function combineReviews(parts: readonly Reviewable[]): Reviewable {
  if (parts.length === 0) throw new Error('combineReviews needs at least one page');
  const updated = new Date(Math.max(...parts.map((p) => p.updated.getTime())));
  const reviewers = new Set(parts.map((p) => p.reviewer));
  if (!parts.every(isReviewed) || reviewers.size !== 1) return { updated };
  const reviewedOn = new Date(Math.min(...parts.map((p) => p.reviewedOn!.getTime())));
  return { updated, reviewer: parts[0]!.reviewer, reviewedOn };
}
