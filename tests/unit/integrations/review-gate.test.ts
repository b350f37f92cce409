/**
 * The production build's gates, run through the integration's own build hook over fixtures:
 * REQUIRE_REVIEW=1 stops the build naming each unreviewed page; LAUNCH=1 stops it naming every
 * item the site lacks before it goes live, and lets it go on once nothing is missing.
 */
import { describe, expect, it } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import reviewGate from '../../../src/integrations/review-gate';
import {
  FIXTURE_CLINIC,
  READY_ENV,
  REVIEWED_SITE,
  REVIEWED_TRANSLATIONS,
} from '../../fixtures/launch';

const FIXTURES = 'tests/fixtures/review';
const reviewedSite = {
  pages: ['/', '/when-to-see-a-doctor/'],
  updated: '2026-11-20',
  review: { reviewer: 'jonathan-solomon', reviewedOn: new Date('2026-11-25') },
};
const logged: string[] = [];
const logger = { info: (line: string) => logged.push(line) } as unknown as AstroIntegrationLogger;

type SetupHook = (o: {
  command: string;
  config: { srcDir: URL };
  logger: AstroIntegrationLogger;
}) => void;
const setup = (options: Parameters<typeof reviewGate>[0], command: string) =>
  (reviewGate(options).hooks['astro:config:setup'] as unknown as SetupHook)({
    command,
    config: { srcDir: new URL('../../../src/', import.meta.url) },
    logger,
  });

/** Runs the gate's setup hook as `astro build` would. */
const build = (options: Parameters<typeof reviewGate>[0]) => setup(options, 'build');

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

describe('launch gate (LAUNCH=1)', () => {
  it('stops the build while the project as it stands lacks anything, naming each item', () => {
    expect(() => build({ env: { LAUNCH: '1' }, contentDir: 'src/content' })).toThrow(
      /LAUNCH=1: 10 item\(s\)[\s\S]*Clinical review[\s\S]*medical translator[\s\S]*Clinic phone number[\s\S]*Clinic street address[\s\S]*Clinic opening hours[\s\S]*Clinic booking link[\s\S]*clinician's approval[\s\S]*SITE_URL[\s\S]*CMS_GITHUB_REPO[\s\S]*CMS_AUTH_URL/,
    );
  });

  it('stops only a build: dev, sync and the editor preview go on', () => {
    for (const command of ['dev', 'sync', 'preview'])
      expect(() =>
        setup({ env: { LAUNCH: '1' }, contentDir: 'src/content' }, command),
      ).not.toThrow();
  });

  it('names only what is still missing: here the contact details', () => {
    expect(() =>
      build({
        contentDir: `${FIXTURES}/reviewed`,
        env: { ...READY_ENV, LAUNCH: '1' },
        site: REVIEWED_SITE,
        translations: REVIEWED_TRANSLATIONS,
        clinic: {},
        codeowners: '/src/content/warning-signs/  @a-clinician\n',
      }),
    ).toThrow(/LAUNCH=1: 4 item\(s\)/);
  });

  it('lets the build go on, and logs the report, once nothing is missing', () => {
    logged.length = 0;
    build({
      contentDir: `${FIXTURES}/reviewed`,
      env: { ...READY_ENV, LAUNCH: '1' },
      site: REVIEWED_SITE,
      translations: REVIEWED_TRANSLATIONS,
      clinic: FIXTURE_CLINIC,
      codeowners: '/src/content/warning-signs/  @a-clinician\n',
    });
    expect(logged.join('\n')).toMatch(/Ready to launch: all 10 items done/);
  });
});
