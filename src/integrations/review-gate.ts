/**
 * The production build's review gate: with REQUIRE_REVIEW=1, `astro build` stops before it
 * builds anything while a health page has no current clinical review, and names those pages.
 * Without the variable (everyday and test builds) it does nothing, since the pages already say
 * plainly that their review is pending.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { collectPageReviews, type SiteLevelReview } from '../lib/review-sources.ts';
import { reviewGateFailure } from '../lib/review-status.ts';

interface Options {
  /** Folder of the content collections; defaults to the project's src/content/. */
  contentDir?: string;
  env?: Record<string, string | undefined>;
  /** The site-level pages' review; defaults to src/lib/site.ts. */
  site?: SiteLevelReview;
}

/** Throws the gate's message when the build must stop; returns quietly otherwise. */
export function enforceReviewGate(options: Options & { contentDir: string }): void {
  const { contentDir, env = process.env, site } = options;
  const failure = reviewGateFailure(collectPageReviews(contentDir, { site }), env);
  if (failure) throw new Error(failure);
}

export default function reviewGate(options: Options = {}): AstroIntegration {
  let contentDir = options.contentDir;
  return {
    name: 'review-gate',
    hooks: {
      'astro:config:done': ({ config }) => {
        contentDir ??= fileURLToPath(new URL('./content/', config.srcDir));
      },
      // Build only: `astro dev` and `astro check` never stop for a pending review.
      'astro:build:start': ({ logger }) => {
        enforceReviewGate({ ...options, contentDir: contentDir! });
        if ((options.env ?? process.env).REQUIRE_REVIEW === '1') {
          logger.info('Every health page has a current clinical review.');
        }
      },
    },
  };
}
