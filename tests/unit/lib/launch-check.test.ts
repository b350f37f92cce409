/**
 * The launch checklist: missing today (no review, no contact details, placeholder address, no
 * editor settings), done with fixture contact details, reviews and settings; and each kind of
 * wrong value is named as missing, with where to change it.
 */
import { describe, expect, it } from 'vitest';
import {
  formatLaunchReport,
  launchChecklist,
  launchGateFailure,
  PLACEHOLDER_OWNER,
  siteLaunchChecklist,
  type LaunchInputs,
} from '../../../src/lib/launch-check';
import type { PageReview } from '../../../src/lib/review-status';
import { FIXTURE_CLINIC, READY_ENV, REVIEWED_SITE } from '../../fixtures/launch';

const reviewed: PageReview = {
  path: '/causes/a/',
  source: 'a.mdx',
  updated: new Date('2026-11-01'),
  reviewer: 'jonathan-solomon',
  reviewedOn: new Date('2026-11-02'),
};
const OWNED = '/src/content/warning-signs/  @a-clinician\n';
const ready: LaunchInputs = {
  pages: [reviewed],
  clinic: FIXTURE_CLINIC,
  env: READY_ENV,
  codeowners: OWNED,
};
const missing = (inputs: LaunchInputs) =>
  launchChecklist(inputs)
    .filter((i) => !i.done)
    .map((i) => i.name);

describe('launch checklist', () => {
  it('is all done with contact details, reviews, a real address and the editor set up', () => {
    expect(missing(ready)).toEqual([]);
    expect(launchGateFailure(launchChecklist(ready), { LAUNCH: '1' })).toBeUndefined();
    expect(formatLaunchReport(launchChecklist(ready))).toMatch(
      /Ready to launch: all 10 items done/,
    );
  });

  it('lists everything missing on the project as it stands, and exits the gate with each named', () => {
    const items = siteLaunchChecklist({ contentDir: 'src/content', env: {} });
    const failure = launchGateFailure(items, { LAUNCH: '1' })!;
    for (const item of items.filter((i) => !i.done)) expect(failure).toContain(item.name);
    // None was supplied: a contact detail here would have been invented.
    expect(items.filter((i) => i.name.startsWith('Clinic ') && !i.done)).toHaveLength(4);
    expect(failure).toMatch(/\(SITE_URL\): not set: pages use the placeholder/);
    expect(failure).toContain(`still names the placeholder ${PLACEHOLDER_OWNER}`);
  });

  it("names the clinician's approval missing while CODEOWNERS has the placeholder, no one, or is missing", () => {
    const approval = (codeowners: string | undefined) =>
      launchChecklist({ ...ready, codeowners }).find((i) => i.name.includes('approval'))!;
    expect(approval(OWNED).done).toBe(true);
    expect(approval(`# Owners\n/src/content/triage-rules/  ${PLACEHOLDER_OWNER}\n`).done).toBe(
      false,
    );
    expect(approval('# Owners, none yet\n').state).toMatch(/names no one/);
    expect(approval(undefined).state).toMatch(/is missing/);
  });

  it('passes with fixture reviews (content and site-level pages) and fixture contact details', () => {
    const items = siteLaunchChecklist({
      contentDir: 'tests/fixtures/review/reviewed',
      env: READY_ENV,
      clinic: FIXTURE_CLINIC,
      site: REVIEWED_SITE,
      codeowners: OWNED,
      translations: [
        { path: '/es/', source: 'fixture', translator: 'A translator', reviewedOn: new Date() },
      ],
    });
    expect(items.filter((i) => !i.done)).toEqual([]);
  });

  it('names a page changed after its review as awaiting review', () => {
    const changed = { ...reviewed, updated: new Date('2026-11-03') };
    const review = launchChecklist({ ...ready, pages: [changed] })[0]!;
    expect(review).toMatchObject({ done: false });
    expect(review.state).toMatch(/1 of 1 health pages await review: \/causes\/a\//);
  });

  it.each([
    ['the placeholder', 'https://ashburn-village-chiropractic.example', /placeholder/],
    ['a reserved test domain', 'https://clinic.test', /placeholder/],
    ['plain http', 'http://www.clinic-site.com', /https:\/\//],
    ['not an address', 'clinic site', /not a web address/],
  ])('refuses %s as the public address', (_, url, reason) => {
    const item = launchChecklist({ ...ready, env: { ...READY_ENV, SITE_URL: url } }).find((i) =>
      i.name.includes('SITE_URL'),
    )!;
    expect(item.done).toBe(false);
    expect(item.state).toMatch(reason);
  });

  it('refuses the placeholder repository, and accepts Netlify as the sign-in', () => {
    const env = { ...READY_ENV, CMS_GITHUB_REPO: 'your-github-account/your-site-repository' };
    expect(missing({ ...ready, env })).toEqual(["Editor's GitHub repository (CMS_GITHUB_REPO)"]);
    const netlify = { ...READY_ENV, CMS_AUTH_URL: undefined, NETLIFY: 'true' };
    expect(missing({ ...ready, env: netlify })).toEqual([]);
    expect(missing({ ...ready, env: { ...netlify, NETLIFY: undefined } })).toEqual([
      "Editor's sign-in (Netlify, or CMS_AUTH_URL)",
    ]);
  });

  it('counts an address without its ZIP code as missing', () => {
    const clinic = { ...FIXTURE_CLINIC, postalCode: undefined };
    expect(missing({ ...ready, clinic })).toEqual(['Clinic street address and ZIP code']);
  });

  it('stops nothing without LAUNCH=1', () => {
    const items = launchChecklist({ pages: [], clinic: {}, env: {} });
    expect(launchGateFailure(items, {})).toBeUndefined();
    expect(formatLaunchReport(items)).toMatch(/Not ready to launch: 8 of 10 items missing/);
  });
});
