/**
 * Real Chromium for browser tests, through playwright-core (which never downloads a browser).
 * Uses Debian's Chromium at /usr/bin/chromium unless CHROME_PATH points elsewhere.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import { CHROMIUM_FLAGS, chromePath } from '../../scripts/shared/chromium.ts';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), headless: true, args: CHROMIUM_FLAGS });
}

/** Base URL of the built site served by tests/support/global-setup.ts. */
export const baseUrl: string = inject('baseUrl');

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * WCAG 2.2 AA and axe's best practices (heading order, one main landmark, and the like): what
 * Lighthouse's accessibility score checks, and more.
 */
export const WCAG_AND_BEST_PRACTICE_TAGS = [...WCAG_TAGS, 'best-practice'];

/**
 * Loads axe-core into every page the context opens, before the page's own scripts. Without
 * it, AxeBuilder sends axe's 0.5 MB source into the page and compiles it twice for every run;
 * as a script of the context, a tab that visits page after page compiles it once (Chromium
 * keeps the compiled code). Measured over the 61 pages: 110 s of CPU became 77 s.
 */
export function preloadAxe(context: BrowserContext) {
  return context.addInitScript({ content: axe.source });
}

/**
 * What AxeBuilder runs instead of axe's source in a page that already has axe (preloadAxe):
 * an empty statement.
 */
const ALREADY_LOADED = ';';

/**
 * axe-core over the page, or only the part `include` selects (the page around it is checked by
 * the crawl), for WCAG 2.2 AA unless `tags` says otherwise; returns violations in a readable
 * shape for assertion messages.
 */
export async function axeViolations(
  page: Page,
  { include, tags = WCAG_TAGS }: { include?: string; tags?: readonly string[] } = {},
) {
  const preloaded = await page.evaluate(() => 'axe' in window);
  // Legacy mode runs axe in the page itself; the default opens a second page to combine the
  // results of each frame, which these pages (no iframes) do not need, and took longer than
  // axe's own checks. Details of rules that pass are never read, so axe does not collect them.
  // options() replaces every option, so it comes before withTags (which sets runOnly).
  const builder = new AxeBuilder({ page, ...(preloaded && { axeSource: ALREADY_LOADED }) })
    .options({ resultTypes: ['violations'] })
    .withTags([...tags])
    .setLegacyMode(true);
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
}

/**
 * Records console errors, CSP violations and any request that leaves the test server's origin.
 * Off-origin requests are aborted so a mistake can never reach the network.
 */
export async function watchPage(context: BrowserContext) {
  const origin = new URL(baseUrl).origin;
  const consoleErrors: string[] = [];
  const offOrigin: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    offOrigin.push(url);
    return route.abort();
  });
  context.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  context.on('weberror', (err) => consoleErrors.push(err.error().message));
  return { consoleErrors, offOrigin };
}
