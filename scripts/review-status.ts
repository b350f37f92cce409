/**
 * `npm run review-status`: lists every health page with its clinical review state, and which
 * file records it, so the clinic knows what still needs a clinician's sign-off. Exits 0 either
 * way (it is a report); `npm run review-status -- --strict` exits 1 while any page awaits
 * review, as the production build does with REQUIRE_REVIEW=1.
 */
import { collectPageReviews } from '../src/lib/review-sources.ts';
import { awaitingReview, formatReviewReport } from '../src/lib/review-status.ts';
import { formatTranslationReport } from '../src/lib/translation-review.ts';
import { allSpanishTranslations } from '../src/lib/spanish-reviews.ts';

const pages = collectPageReviews('src/content');
console.log(formatReviewReport(pages));
console.log(`\n${formatTranslationReport(allSpanishTranslations())}`);
if (process.argv.includes('--strict') && awaitingReview(pages).length > 0) process.exitCode = 1;
