/**
 * Every built page in real Chromium: loads without console errors or off-origin requests,
 * axe finds no WCAG 2.2 AA violation at a phone and a desktop width, and keyboard users
 * reach the main content through the skip link.
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
  watchPage,
} from '../support/browser';

const paths = htmlPages().map((p) => p.path);
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

describe.each([
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const)('at %s size', (_name, viewport) => {
  it.each(paths)('%s loads cleanly and passes axe', (path) =>
    withPage(viewport, async (page, context) => {
      const watch = await watchPage(context);
      const response = await page.goto(baseUrl + path, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.offOrigin).toEqual([]);
    }),
  );
});

describe('zoom to 400% (a 1280 px screen is 320 CSS px wide)', () => {
  it.each(paths)('%s reflows without sideways scrolling', (path) =>
    withPage({ width: 320, height: 640 }, async (page) => {
      await page.goto(baseUrl + path);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(320);
    }),
  );
});

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
    expect(withScripts.filter((p) => !['/triage/', '/search/'].includes(p))).toEqual([]);
  });
});
