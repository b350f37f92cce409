/**
 * The production build's review gate, run through the integration's own build hook over
 * fixtures: it stops the build naming each unreviewed page, and only when REQUIRE_REVIEW=1.
 */
import { describe, expect, it } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import reviewGate from '../../../src/integrations/review-gate';

const FIXTURES = 'tests/fixtures/review';
const reviewedSite = {
  pages: ['/', '/when-to-see-a-doctor/'],
  updated: '2026-11-20',
  review: { reviewer: 'jonathan-solomon', reviewedOn: new Date('2026-11-25') },
};
const logger = { info: () => {} } as unknown as AstroIntegrationLogger;

/** Runs the gate's astro:build:start hook as `astro build` would. */
function build(options: Parameters<typeof reviewGate>[0]) {
  const hook = reviewGate(options).hooks['astro:build:start'] as (o: {
    logger: AstroIntegrationLogger;
  }) => void;
  hook({ logger });
}

describe('review gate (REQUIRE_REVIEW=1)', () => {
  it('stops the build and names every health page awaiting review', () => {
    expect(() =>
      build({
        contentDir: `${FIXTURES}/pending`,
        env: { REQUIRE_REVIEW: '1' },
        site: reviewedSite,
      }),
    ).toThrow(
      /\/causes\/changed-after-review\/.*\n.*\/causes\/half-review\/.*\n.*\/causes\/never-reviewed\/.*\n.*\/exercises\/b\/.*\n.*\/exercises\/routine\//,
    );
  });

  it('names the site-level health pages while src/lib/site.ts records no review', () => {
    const site = { ...reviewedSite, review: {} };
    expect(() =>
      build({ contentDir: `${FIXTURES}/reviewed`, env: { REQUIRE_REVIEW: '1' }, site }),
    ).toThrow(/\/when-to-see-a-doctor\/ \(src\/lib\/site\.ts \(siteReview\)\): no review recorded/);
  });

  it('lets the build go on when every page has a current review', () => {
    expect(() =>
      build({
        contentDir: `${FIXTURES}/reviewed`,
        env: { REQUIRE_REVIEW: '1' },
        site: reviewedSite,
      }),
    ).not.toThrow();
  });

  it('never stops an ordinary build', () => {
    expect(() =>
      build({ contentDir: `${FIXTURES}/pending`, env: {}, site: reviewedSite }),
    ).not.toThrow();
  });
});
