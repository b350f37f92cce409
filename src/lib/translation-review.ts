/**
 * The Spanish pages' translation review: apart from the clinical review, a professional medical
 * translator checks that the Spanish says what the English says. A page says it is checked only
 * when its record names who checked it and when; `npm run review-status` and the launch check
 * list every Spanish page still waiting.
 */
import { isoDate } from './dates.ts';

/** Who checked a translation, and on which day; both or neither. */
export interface TranslationReview {
  translator?: string;
  reviewedOn?: Date;
}

export interface PageTranslation extends TranslationReview {
  path: string;
  /** The file that records it. */
  source: string;
}

export const isTranslationReviewed = (page: TranslationReview): boolean =>
  Boolean(page.translator && page.reviewedOn);

/** The Spanish pages whose translation no medical translator has checked yet. */
export const awaitingTranslationReview = (pages: readonly PageTranslation[]) =>
  pages.filter((p) => !isTranslationReviewed(p));

/** The report's Spanish part: each page, its translation review, and a one-line count. */
export function formatTranslationReport(pages: readonly PageTranslation[]): string {
  const rows = [...pages]
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((p) =>
      [
        p.path,
        isTranslationReviewed(p)
          ? `checked by ${p.translator} on ${isoDate(p.reviewedOn!)}`
          : 'TRANSLATION NOT CHECKED',
        p.source,
      ].join('  '),
    );
  const pending = awaitingTranslationReview(pages).length;
  const summary =
    pending === 0
      ? `All ${pages.length} Spanish pages have a medical translator's check.`
      : `${pending} of ${pages.length} Spanish pages await a medical translator's check.`;
  return ['Spanish pages: translation review', ...rows, '', summary].join('\n');
}
