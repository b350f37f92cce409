/**
 * Every built page opened once in real Chromium, and every page-wide check run on that one
 * visit: it answers 200; axe finds no WCAG 2.2 AA violation at a phone width, and at a desktop
 * width on one page of each template (scripts/lighthouse/pages.ts), whose layout the
 * template's other pages share, none of axe's best practices either (what Lighthouse's
 * accessibility score checks, so tests/e2e/lighthouse.test.ts leaves that category out); at 320 CSS px (a 1280 px screen zoomed to 400 %) nothing
 * scrolls sideways; and, served with dist/_headers applied as a static host would, nothing is
 * logged to the console, no request leaves the origin, the CSP is never violated, nothing is
 * stored, and every response carries the headers of src/lib/security-headers.ts
 * (tests/support/page-checks.ts).
 *
 * Pages run as many at once as the e2e project's maxConcurrency (one per core), and a tab is
 * reused from page to page: a new tab costs Chromium a new renderer process (about half a
 * second of a core), more than loading the page. Its watch is emptied before each page, and the HTTP cache it keeps means a
 * shared file (a font, a bundle) has its headers checked on the first page that fetches it.
 * Something stored by one page would show on the pages after it too: still a failure.
 * The ceiling is per page: two axe runs on a busy 2-core machine can take most of a minute.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { htmlPages } from '../support/dist';
import {
  axeViolations,
  baseUrl,
  DESKTOP,
  launchBrowser,
  PHONE,
  preloadAxe,
  WCAG_AND_BEST_PRACTICE_TAGS,
} from '../support/browser';
import { forget, SAFE, securityProblems, watchSecurity, type Watch } from '../support/page-checks';
import { TEMPLATE_PAGES } from '../../scripts/lighthouse/pages';

/** WCAG 1.4.10 Reflow: 320 CSS px wide without horizontal scrolling. */
const ZOOMED = { width: 320, height: 640 };

const paths = htmlPages().map((p) => p.path);
/** One page of each template: axe checks them at a desktop width too. */
const templatePaths = new Set([...TEMPLATE_PAGES.map((p) => p.path), '/404.html']);

interface Tab {
  context: BrowserContext;
  page: Page;
  watch: Watch;
}
let browser: Browser;
/** Tabs not in use: a test takes one (or opens one if none is free) and gives it back. */
const idle: Tab[] = [];

async function openTab(): Promise<Tab> {
  const context = await browser.newContext({ viewport: PHONE });
  await preloadAxe(context);
  const watch = await watchSecurity(context);
  return { context, watch, page: await context.newPage() };
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.concurrent('every page, opened once', () => {
  it.each(paths)(
    '%s',
    async (path) => {
      const tab = idle.pop() ?? (await openTab());
      const { context, page, watch } = tab;
      forget(watch);
      await page.setViewportSize(PHONE);
      const response = await page.goto(baseUrl + path);
      const axePhone = await axeViolations(page);
      let axeDesktop: Awaited<ReturnType<typeof axeViolations>> = [];
      if (templatePaths.has(path)) {
        await page.setViewportSize(DESKTOP);
        axeDesktop = await axeViolations(page, { tags: WCAG_AND_BEST_PRACTICE_TAGS });
      }
      await page.setViewportSize(ZOOMED);
      const zoomedWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect({
        status: response?.status(),
        axePhone,
        axeDesktop,
        scrollsSideways: zoomedWidth > ZOOMED.width,
        ...(await securityProblems(context, page, watch)),
      }).toEqual({
        status: 200,
        axePhone: [],
        axeDesktop: [],
        scrollsSideways: false,
        ...SAFE,
      });
      // Only a tab whose page passed goes back: a failed one may be left in any state.
      idle.push(tab);
    },
    180_000,
  );
});
