/**
 * Which health pages still await the clinic's clinical review, and the words that say so: the
 * `npm run review-status` report and the message of the production build's review gate
 * (REQUIRE_REVIEW=1). Pure: the page list comes from src/lib/review-sources.ts.
 */
import { isReviewed } from './review.ts';

export interface PageReview {
  /** URL path of the page, e.g. `/causes/overuse/`. */
  path: string;
  /** Where its review is recorded, so the message says which file to edit. */
  source: string;
  /** When the words last changed, when known. */
  updated?: Date;
  reviewer?: string;
  reviewedOn?: Date;
}

const day = (date?: Date) => (date ? date.toISOString().slice(0, 10) : '-');

/**
 * A page needs review when no sign-off is recorded, and also when its words changed after the
 * sign-off: the reviewer checked older words than the ones readers see now.
 */
export function needsReview(page: PageReview): boolean {
  if (!isReviewed(page)) return true;
  return page.updated !== undefined && page.updated.getTime() > page.reviewedOn!.getTime();
}

/** The pages that need review, sorted by path. */
export function awaitingReview(pages: readonly PageReview[]): PageReview[] {
  return pages.filter(needsReview).sort((a, b) => a.path.localeCompare(b.path));
}

function reason(page: PageReview): string {
  if (!isReviewed(page)) return 'no review recorded';
  return `changed on ${day(page.updated)}, after the review on ${day(page.reviewedOn)}`;
}

/** The `npm run review-status` report: every page with its state, then a one-line count. */
export function formatReviewReport(pages: readonly PageReview[]): string {
  const sorted = [...pages].sort((a, b) => a.path.localeCompare(b.path));
  const rows = sorted.map((p) => [
    p.path,
    needsReview(p) ? 'AWAITING REVIEW' : `reviewed by ${p.reviewer} on ${day(p.reviewedOn)}`,
    day(p.updated),
    p.source,
  ]);
  const header = ['Page', 'Status', 'Updated', 'Recorded in'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const pending = awaitingReview(pages).length;
  const summary =
    pending === 0
      ? `All ${pages.length} health pages have a current clinical review.`
      : `${pending} of ${pages.length} health pages await clinical review.`;
  return [line(header), ...rows.map(line), '', summary].join('\n');
}

/**
 * The review gate: with REQUIRE_REVIEW=1, an error message naming every page that needs review
 * (and why, and where to record it); otherwise, or when none does, undefined.
 */
export function reviewGateFailure(
  pages: readonly PageReview[],
  env: Record<string, string | undefined>,
): string | undefined {
  if (env.REQUIRE_REVIEW !== '1') return undefined;
  const pending = awaitingReview(pages);
  if (pending.length === 0) return undefined;
  return [
    `REQUIRE_REVIEW=1: ${pending.length} health page(s) have no current clinical review, so this build stops.`,
    ...pending.map((p) => `  ${p.path} (${p.source}): ${reason(p)}`),
    'A clinician records a sign-off by adding `reviewer` and `reviewedOn` to the page (see README, "Clinical review").',
    'Run `npm run review-status` for the full list.',
  ].join('\n');
}
