/**
 * Lighthouse on one page of every template, mobile defaults. `npm test` asserts only
 * what the machine's load cannot change: 100 in best practices and SEO, CLS 0, and
 * no failing audit besides the lab timings (accessibility: see UNTIMED). The only audits a page may fail
 * are listed with their reason in scripts/lighthouse/pages.ts (the not-found page answers 404
 * and is noindex, as it must).
 *
 * Timings and the performance score (made of timings) are printed, never asserted: simulated
 * throttling still takes CPU work from the observed trace, so on a busy machine TBT and the
 * score move (see stableProblems). `npm run lighthouse` judges them on medians of 3 runs and
 * docs/benchmarks.md records them. What is asserted here does not vary between runs, so one
 * run per page is enough.
 *
 * It also checks the page-weight budget against what Chromium really fetched: every request
 * Lighthouse saw is one the budget counted (tests/build/budget.test.ts), so the budget cannot
 * miss a file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Flags } from 'lighthouse';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { baseUrl } from '../support/browser';
import { DIST } from '../support/dist';
import { auditPages, type PageResult } from '../../scripts/lighthouse/run';
import { TEMPLATE_PAGES, templatePagesIn } from '../../scripts/lighthouse/pages';
import { CATEGORIES, LOAD_FREE_CATEGORIES, stableProblems } from '../../scripts/lighthouse/assess';
import { measurePage } from '../../scripts/budget/measure';

const RUNS = 1;

/**
 * Only what is asserted here: best practices and SEO, layout shift, and the requests Chromium
 * made. The performance category's other audits are timings. Accessibility is axe-core again,
 * with fewer rules than the crawl runs on these pages (WCAG 2.2 AA and axe's best practices,
 * tests/e2e/crawl.test.ts), and took a fifth of each run. Waits are cut from
 * Lighthouse's 1 s defaults, and work whose result is not asserted is skipped (the full-page
 * screenshot, the back/forward cache audit). Static pages settle long before 250 ms after
 * load, so layout shift is still measured on a settled page; `npm run lighthouse` keeps the
 * defaults and every category for the timings it judges.
 */
const SCORED = LOAD_FREE_CATEGORIES.filter((c) => c !== 'accessibility');
const UNTIMED: Flags = {
  onlyCategories: [...SCORED],
  onlyAudits: ['cumulative-layout-shift', 'network-requests'],
  pauseAfterFcpMs: 250,
  pauseAfterLoadMs: 250,
  networkQuietThresholdMs: 250,
  cpuQuietThresholdMs: 250,
  disableFullPageScreenshot: true,
  // SEO's image-alt and document-title are axe rules, which the crawl runs on every page; left
  // out, Lighthouse skips running axe on the page (a third of a second of CPU each).
  skipAudits: ['bf-cache', 'image-alt', 'document-title'],
};
let results: PageResult[] = [];
let seconds = 0;

beforeAll(async () => {
  const started = performance.now();
  // No warm-up run and no second batch on a timing miss: timings are not asserted here.
  results = await auditPages({
    baseUrl,
    pages: templatePagesIn(DIST),
    runs: RUNS,
    retryTimings: false,
    warmUp: false,
    flags: UNTIMED,
  });
  seconds = (performance.now() - started) / 1000;
}, 15 * 60_000);

afterAll(() => {
  // Information only: timings depend on the machine's load (see the header).
  const lines = results.map(
    ({ page, summary: s }) =>
      `${page.path.padEnd(24)} ${CATEGORIES.map((c) => (s.scores[c] === null ? '–' : Math.round(s.scores[c] * 100))).join('/')}` +
      `  LCP ${Math.round(s.lcpMs)} ms  CLS ${s.cls.toFixed(3)}  TBT ${Math.round(s.tbtMs)} ms`,
  );
  console.log(`Lighthouse, ${RUNS} run per page, ${seconds.toFixed(0)} s:\n${lines.join('\n')}`);
});

const result = (path: string) => results.find((r) => r.page.path === path)!;

describe('Lighthouse (mobile)', () => {
  it.each(TEMPLATE_PAGES.map((p) => [p.template, p.path] as const))(
    '%s (%s): 100 in best practices and SEO, CLS 0, no failing audit',
    (_template, path) => {
      const { page, summary } = result(path);
      expect(stableProblems(summary, page, SCORED)).toEqual([]);
    },
  );

  it('the not-found page fails only the audits a 404 must fail', () => {
    const notFound = result('/no-such-page/');
    for (const run of notFound.summary.runs) {
      // The one console error allowed is Chromium reporting the document's own 404 status.
      expect(run.consoleErrors.every((m) => /status of 404/.test(m))).toBe(true);
      expect(run.consoleErrors.length).toBeLessThanOrEqual(1);
    }
    expect(notFound.summary.failing.seo.sort()).toEqual(['http-status-code', 'is-crawlable']);
  });
});

describe('what Chromium fetched matches the page-weight budget', () => {
  it.each(TEMPLATE_PAGES.map((p) => p.path))('%s', (path) => {
    const { pathname, search } = new URL(path, 'http://site');
    const file = path === '/no-such-page/' ? '404.html' : join(pathname, 'index.html');
    const budget = measurePage(DIST, pathname, readFileSync(join(DIST, file), 'utf8'));
    const counted = new Set(budget.weight.assets.map((a) => a.path));
    // With a query in the address the page also searches: the index chunks and excerpts that
    // search needs are the search's own bytes (`npm run bench:search`), not the page's.
    const searching = (p: string) => search !== '' && /^\/pagefind\/(index|fragment)\//.test(p);
    for (const run of result(path).summary.runs) {
      const fetched = run.requests.map((r) => r.path).filter((p) => !searching(p));
      expect(fetched.filter((p) => !counted.has(p))).toEqual([]);
      expect(fetched.filter((p) => p.startsWith('http'))).toEqual([]);
    }
  });
});
