/**
 * Keyboard users reach the main content through the skip link and open the menu; pages other
 * than the quiz and search ship no script. (The checks every page gets, axe at two widths,
 * reflow, console, requests and headers, run in one crawl: tests/e2e/crawl.test.ts.)
 */
import { langs, pathsIn } from '../../src/lib/i18n';
import { searchResultsPaths } from '../../src/lib/paths';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { htmlPages } from '../support/dist';
import { baseUrl, DESKTOP, launchBrowser, PHONE } from '../support/browser';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a fresh context at the given size, runs `fn` on one page, and always closes it. */
async function withPage<T>(
  viewport: { width: number; height: number },
  fn: (page: Page, context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ viewport });
  try {
    return await fn(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

const mainNavLink = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });

/**
 * Each step waits for the state it expects (focus, visibility) instead of reading it at once.
 * expect.poll returns as soon as the value matches; its own 1 s default is too short for a
 * busy machine, so the ceiling is raised.
 */
const SETTLE = { timeout: 15_000 };

describe('keyboard', () => {
  it('the first Tab reaches the skip link, which moves focus into <main>', () =>
    withPage(PHONE, async (page) => {
      await page.goto(`${baseUrl}/causes/`);
      await page.keyboard.press('Tab');
      const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
      await expect.poll(focused, SETTLE).toBe('Skip to main content');
      await page.keyboard.press('Enter');
      const inMain = () => page.evaluate(() => document.activeElement?.closest('main') !== null);
      await expect.poll(inMain, SETTLE).toBe(true);
    }));

  it('the menu opens with the keyboard on a phone and lists every section', () =>
    withPage(PHONE, async (page) => {
      await page.goto(`${baseUrl}/`);
      expect(await mainNavLink(page, 'Exercises').isVisible()).toBe(false);
      await page.locator('summary').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => mainNavLink(page, 'Exercises').isVisible(), SETTLE).toBe(true);
    }));

  it('the menu is always open on a desktop', () =>
    withPage(DESKTOP, async (page) => {
      await page.goto(`${baseUrl}/`);
      expect(await mainNavLink(page, 'Exercises').isVisible()).toBe(true);
    }));
});

describe('pages without JavaScript', () => {
  it('ship no script except on the quiz and search pages', () => {
    const withScripts = htmlPages()
      .filter((p) => p.$('script:not([type="application/ld+json"])').length > 0)
      .map((p) => p.path);
    const allowed = langs.flatMap((lang) => [
      pathsIn[lang].search,
      searchResultsPaths[lang],
      pathsIn[lang].triage,
    ]);
    expect(withScripts.filter((p) => !allowed.includes(p))).toEqual([]);
  });
});
