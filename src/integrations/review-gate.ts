/**
 * The production build's gates, run before anything is built:
 *
 * - LAUNCH=1 (the switch for the live site): the build stops while anything the site needs
 *   before it goes live is missing (src/lib/launch-check.ts: clinical review of every health
 *   page, the clinic's contact details, the public address, the editor's repository and
 *   sign-in), and names each item and where to change it.
 * - REQUIRE_REVIEW=1: the review part alone; the build stops while a health page has no
 *   current clinical review, and names those pages.
 *
 * Without either variable (everyday, preview and test builds) it does nothing: the pages already
 * say plainly that their review is pending, and hide contact details nobody supplied.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { ClinicContactFields } from '../lib/clinic.ts';
import { formatLaunchReport, launchGateFailure, siteLaunchChecklist } from '../lib/launch-check.ts';
import type { PageTranslation } from '../lib/translation-review.ts';
import { collectPageReviews, type SiteLevelReview } from '../lib/review-sources.ts';
import { reviewGateFailure } from '../lib/review-status.ts';

interface Options {
  /** Folder of the content collections; defaults to the project's src/content/. */
  contentDir?: string;
  env?: Record<string, string | undefined>;
  /** The site-level pages' review; defaults to src/lib/site.ts. */
  site?: SiteLevelReview;
  /** The clinic's contact details; defaults to src/lib/clinic.ts. */
  clinic?: ClinicContactFields;
  /** The Spanish pages' translation reviews; default to src/lib/site.ts. */
  translations?: readonly PageTranslation[];
  /** The text of .github/CODEOWNERS; defaults to the file. */
  codeowners?: string;
}

/**
 * Throws the gate's message when the build must stop; otherwise returns what to log (the
 * launch report under LAUNCH=1), or undefined.
 */
function enforceReviewGate(options: Options & { contentDir: string }): string | undefined {
  const { contentDir, env = process.env, site, clinic, translations, codeowners } = options;
  if (env.LAUNCH === '1') {
    const items = siteLaunchChecklist({ contentDir, env, site, clinic, translations, codeowners });
    const failure = launchGateFailure(items, env);
    if (failure) throw new Error(failure);
    return formatLaunchReport(items);
  }
  const failure = reviewGateFailure(collectPageReviews(contentDir, { site }), env);
  if (failure) throw new Error(failure);
  return env.REQUIRE_REVIEW === '1'
    ? 'Every health page has a current clinical review.'
    : undefined;
}

export default function reviewGate(options: Options = {}): AstroIntegration {
  return {
    name: 'review-gate',
    hooks: {
      // Build only: `astro dev` and `astro check` never stop for a pending review. The gate runs
      // at setup, before Astro syncs the content types into .astro/, so a stopped build writes
      // nothing at all (tests read .astro/ while tests/build/launch-gate.test.ts runs one).
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const contentDir =
          options.contentDir ?? fileURLToPath(new URL('./content/', config.srcDir));
        const report = enforceReviewGate({ ...options, contentDir });
        if (report) logger.info(report);
      },
    },
  };
}
