/**
 * Waits on /search/ (its markup: src/components/search/SearchApp.astro) for the e2e tests: the
 * page says in its live region which query it has answered, so waiting for that text (and
 * aria-busy off) is waiting for the real result, not for a guessed delay.
 */
import type { Page } from 'playwright-core';
import { baseUrl } from './browser';

/** Paths of the results listed on the search page, in rank order. */
export function resultUrls(page: Page): Promise<string[]> {
  return page.$$eval('#search-results > li h2 a', (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

/** Waits until the live region reports the search for `query` and returns the result URLs. */
export async function settled(page: Page, query: string): Promise<string[]> {
  await page.waitForFunction(
    (q) => {
      const status = document.getElementById('search-status')?.textContent ?? '';
      const busy = document.getElementById('search-app')?.getAttribute('aria-busy') === 'true';
      return !busy && status.includes(`“${q}”`);
    },
    query,
    // A ceiling, not a wait: on a busy machine a cold Pagefind start can take seconds.
    { timeout: 45_000 },
  );
  return resultUrls(page);
}

/**
 * Opens /search/?q=`query` (or another search page, such as /es/buscar/) and returns the
 * result URLs once the page has answered it.
 */
export async function search(page: Page, query: string, path = '/search/'): Promise<string[]> {
  await page.goto(`${baseUrl}${path}?q=${encodeURIComponent(query)}`);
  return settled(page, query);
}
