/**
 * /search/ in real Chromium against the built site: fallback, safety box and ?q= on
 * load, first results before full-text ones (and offline), search as you type with shareable
 * URLs and a working back button, section filters, the no-results and failure states,
 * keyboard use, axe, and the header's GET form.
 */
import { wordsFor } from '../../src/lib/words';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, baseUrl, launchBrowser, PHONE, watchPage } from '../support/browser';
import { resultUrls, search, settled } from '../support/search-page';
import {
  loadSpanishTriageData,
  loadTriageData,
  loadWarningSigns,
  quizData,
} from '../fixtures/warning-signs';
import { buildSteps } from '../../src/lib/triage-content';
import { signAdvice } from '../../src/lib/search-safety';
import type { Tier } from '../../src/lib/triage';

let browser: Browser;
let shared: { context: BrowserContext; page: Page; watch: Awaited<ReturnType<typeof watchPage>> };
/** Console warnings over the relevance run, such as Chromium's "preloaded but not used". */
const sharedWarnings: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: PHONE });
  const watch = await watchPage(context);
  context.on('console', (msg) => {
    if (msg.type() === 'warning') sharedWarnings.push(msg.text());
  });
  shared = { context, page: await context.newPage(), watch };
});
afterAll(async () => {
  await browser?.close();
});

/**
 * A fresh context (own cache and history); `block` makes every /pagefind/ request fail, and
 * `blockData` the search data's too.
 */
async function open(
  path: string,
  options: { block?: boolean; blockData?: boolean; javaScript?: boolean } = {},
) {
  const context = await browser.newContext({
    viewport: PHONE,
    javaScriptEnabled: options.javaScript ?? true,
  });
  const watch = await watchPage(context);
  // Registered after watchPage's catch-all, so it takes precedence for these URLs.
  if (options.block) await context.route('**/pagefind/**', (route) => route.abort());
  if (options.blockData) await context.route('**/search/data.json', (route) => route.abort());
  // Every request from the first, so the ones made while the page loads count too.
  const requested: string[] = [];
  context.on('request', (r) => requested.push(r.url()));
  const page = await context.newPage();
  await page.goto(baseUrl + path);
  return { context, page, watch, requested };
}

// How well results rank is measured, not tested: `npm run search:eval` (docs/benchmarks.md).
// These check what the page does with a query: the fallback, the safety box, no results.
describe("queries in people's words", () => {
  it('falls back to the words that find pages, and says so', async () => {
    const urls = await search(shared.page, 'xylophone back cramp');
    expect(urls.length).toBeGreaterThan(0);
    const status = await shared.page.textContent('#search-status');
    expect(status).toContain('No page has every word of “xylophone back cramp”.');
    expect(status).toMatch(
      /Showing \d+ results? for pages with any of these words: .*“back”, “cramp”/,
    );
  });

  it("shows a warning sign's advice above the results when the query names it", async () => {
    await search(shared.page, 'numb groin and back pain');
    const box = shared.page.locator('#search-safety [data-sign="saddle-numbness"]');
    expect(await box.isVisible()).toBe(true);
    // The advice of the sign's own place, from the data.
    const sign = loadWarningSigns().find((s) => s.id === 'saddle-numbness')!;
    expect(await box.textContent()).toContain(signAdvice(sign).action);
    // Above the results, whatever the ranking.
    const above = await shared.page.evaluate(() => {
      const safety = document.getElementById('search-safety')!;
      const results = document.getElementById('search-results')!;
      return !!(safety.compareDocumentPosition(results) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(above).toBe(true);
    expect(await shared.page.textContent('#search-status')).toContain('warning sign');
  });

  it("shows a combination's advice instead of its signs' when the query names all of it", async () => {
    await search(shared.page, 'pregnant with a fever');
    const rule = loadTriageData().rules.find((r) => r.id === 'pregnancy-early-fever')!;
    const box = shared.page.locator('#search-safety [data-rule="pregnancy-early-fever"]');
    expect(await box.isVisible()).toBe(true);
    expect(await box.textContent()).toContain(
      signAdvice({ tier: rule.outcome as Tier, place: rule.place }).action,
    );
    // A fever alone is a see-a-doctor-today sign: its box would say less than the combination.
    expect(await shared.page.isVisible('#search-safety [data-sign="fever"]')).toBe(false);
  });

  it('shows the combinations a risk fact is part of when the query names the fact alone', async () => {
    await search(shared.page, 'osteoporosis back pain');
    const rule = loadTriageData().rules.find((r) => r.id === 'thin-bones-minor-strain')!;
    const box = shared.page.locator('#search-safety [data-rule="thin-bones-minor-strain"]');
    expect(await box.isVisible()).toBe(true);
    expect(await box.textContent()).toContain(rule.words);
  });

  it('shows no warning sign for a search without one', async () => {
    expect((await search(shared.page, 'heating pad')).length).toBeGreaterThan(0);
    expect(await shared.page.isVisible('#search-safety')).toBe(false);
  });

  it('ran without console or CSP errors, or warnings about preloads', () => {
    expect(shared.watch.consoleErrors).toEqual([]);
    expect(shared.watch.offOrigin).toEqual([]);
    expect(sharedWarnings.filter((w) => /preload/i.test(w))).toEqual([]);
  });
});

describe('search page', () => {
  it('searches from ?q= on load and shows title, section and a highlighted excerpt', async () => {
    const { context, page, watch } = await open('/search/?q=pelvic%20tilt');
    try {
      const urls = await settled(page, 'pelvic tilt');
      expect(urls[0]).toBe('/exercises/pelvic-tilt/');
      expect(await page.inputValue('#search-input')).toBe('pelvic tilt');
      const first = page.locator('#search-results > li').first();
      expect(await first.locator('h2 a').textContent()).toMatch(/pelvic tilt/i);
      expect(await first.locator('.search-result-section').textContent()).toBe('Exercises');
      expect(
        (await first.locator('.search-result-excerpt mark').allTextContents()).length,
      ).toBeGreaterThan(0);
      // Pages with one of the two words are listed too: "…: 20 with every word and 2 with…".
      expect(await page.textContent('#search-status')).toMatch(
        /^\d+ results? for “pelvic tilt”[.:]/,
      );
      expect(await page.isVisible('#search-help')).toBe(false);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows first results before Pagefind loads, and full-text results only below them', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    try {
      const watch = await watchPage(context);
      // Hold every Pagefind response until the first results have been read.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await context.route('**/pagefind/**', async (route) => {
        await held;
        await route.continue();
      });
      const requested: string[] = [];
      context.on('request', (r) => requested.push(r.url()));
      const page = await context.newPage();
      await page.goto(`${baseUrl}/search/?q=flexeril`);
      await page.waitForSelector('#search-results > li h2 a');
      const first = await resultUrls(page);
      // A medicine's brand name finds the medicines page, never the hip flexor stretch.
      expect(first[0]).toBe('/questions/medicines-for-back-spasms/');
      expect(first).not.toContain('/exercises/hip-flexor-stretch/');
      expect(await page.getAttribute('#search-app', 'aria-busy')).toBe('true');
      // Tag the items on screen, then let Pagefind answer.
      await page.$$eval('#search-results > li', (items) =>
        items.forEach((item) => item.setAttribute('data-first', '')),
      );
      release();
      const all = await settled(page, 'flexeril');
      expect(all.slice(0, first.length)).toEqual(first);
      // The same elements, still first: nothing was re-rendered or moved.
      expect(await page.locator('#search-results > li[data-first]').count()).toBe(first.length);
      expect(
        await page.$$eval('#search-results > li', (items) =>
          items
            .slice(0, items.filter((i) => i.hasAttribute('data-first')).length)
            .every((i) => i.hasAttribute('data-first')),
        ),
      ).toBe(true);
      // First results come from the search data: no fragment is fetched for them.
      const fragments = requested.filter((url) => url.includes('/pagefind/fragment/'));
      expect(fragments.length).toBeLessThanOrEqual(Math.max(0, all.length - first.length));
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('loads Pagefind only when a search is coming: every preload once, and every one used', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    try {
      const watch = await watchPage(context);
      // Pagefind runs on the main thread, so its fetch() calls are the page's own.
      await context.addInitScript(() => {
        const w = window as unknown as { __fetched: string[] };
        w.__fetched = [];
        const original = window.fetch;
        window.fetch = (input, init) => {
          w.__fetched.push(new URL(String(input), location.href).href);
          return original(input, init);
        };
      });
      const requested: string[] = [];
      const workers: string[] = [];
      const warnings: string[] = [];
      context.on('request', (r) => requested.push(r.url()));
      context.on('console', (msg) => {
        if (msg.type() === 'warning') warnings.push(msg.text());
      });
      const page = await context.newPage();
      page.on('worker', (worker) => workers.push(worker.url()));
      await page.goto(`${baseUrl}/search/`, { waitUntil: 'networkidle' });
      // Opening the page downloads nothing of Pagefind and starts no work; it fetches the
      // search data once, for first results that need no network later.
      expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
      expect(requested.filter((url) => url.endsWith('/search/data.json'))).toHaveLength(1);

      // Focus means a search is coming: the listed files are fetched, all at once.
      await page.focus('#search-input');
      const preloaded = new Set(
        await page.$$eval(
          'head > link[rel="preload"][href^="/pagefind/"], head > link[rel="modulepreload"][href^="/pagefind/"]',
          (links) => links.map((l) => (l as HTMLLinkElement).href),
        ),
      );
      expect(preloaded.size).toBeGreaterThan(3);
      // Pagefind asks for each of them: the loader by import(), the rest by fetch().
      const loaderUrl = new URL('/pagefind/pagefind.js', baseUrl).href;
      const wanted = [...preloaded].filter((url) => url !== loaderUrl);
      await page.waitForFunction((urls) => {
        const fetched = (window as unknown as { __fetched: string[] }).__fetched;
        return urls.every((url) => fetched.includes(url));
      }, wanted);
      await page.waitForLoadState('networkidle');
      const fetched = (
        await page.evaluate(() => (window as unknown as { __fetched: string[] }).__fetched)
      ).filter((url) => new URL(url).pathname.startsWith('/pagefind/'));
      expect([...fetched].sort()).toEqual([...wanted].sort());
      // Exactly the preloaded files, each downloaded once: a preload that Pagefind's request
      // did not match would be downloaded a second time (and reported as unused).
      const pagefind = requested.filter((url) => new URL(url).pathname.startsWith('/pagefind/'));
      expect([...pagefind].sort()).toEqual([...preloaded].sort());
      expect(workers).toEqual([]);
      expect(pagefind.filter((url) => /worker/.test(url))).toEqual([]);
      expect(warnings.filter((w) => /preload/i.test(w))).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);

      // The first search then fetches only its index chunks and the fragments on screen.
      const before = requested.length;
      await page.fill('#search-input', 'cramp');
      await settled(page, 'cramp');
      const search = requested
        .slice(before)
        .map((url) => new URL(url).pathname)
        .filter((path) => path.startsWith('/pagefind/'));
      expect(search.length).toBeGreaterThan(0);
      expect(search.filter((path) => !/^\/pagefind\/(index|fragment)\//.test(path))).toEqual([]);
      expect(workers).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('searches as you type, updates the URL, and Back steps between searches', async () => {
    const { context, page } = await open('/search/');
    try {
      const ownTitle = await page.title();
      await page.locator('#search-input').pressSequentially('bird dog', { delay: 30 });
      expect((await settled(page, 'bird dog'))[0]).toBe('/exercises/bird-dog/');
      expect(page.url()).toBe(`${baseUrl}/search/?q=bird+dog`);
      // The title says what was searched (a screen reader, a tab, the history list).
      expect(await page.title()).toContain('“bird dog”');
      await page.keyboard.press('Enter');

      await page.fill('#search-input', 'Herndon');
      expect((await settled(page, 'Herndon'))[0]).toBe('/about/');
      expect(page.url()).toBe(`${baseUrl}/search/?q=Herndon`);

      await page.goBack();
      expect((await settled(page, 'bird dog'))[0]).toBe('/exercises/bird-dog/');
      expect(await page.inputValue('#search-input')).toBe('bird dog');

      // One entry per search, not per letter: the next step back is the empty page.
      await page.goBack();
      await page.waitForFunction(() => location.search === '');
      await page.waitForFunction(() => !document.getElementById('search-help')?.hidden);
      expect(await page.inputValue('#search-input')).toBe('');
      expect(await page.title()).toBe(ownTitle);
      expect(await resultUrls(page)).toEqual([]);

      await page.goForward();
      await settled(page, 'bird dog');
    } finally {
      await context.close();
    }
  });

  it('filters by section, keeps the filter in the URL, and Back undoes it', async () => {
    const { context, page } = await open('/search/?q=stretch');
    try {
      const all = await settled(page, 'stretch');
      expect(new Set(all.map((u) => u.split('/')[1])).size).toBeGreaterThan(1);
      // Counted from the status line: only the first results are on the page.
      const count = async () =>
        Number(/^(\d+)/.exec((await page.textContent('#search-status')) ?? '')?.[1]);
      const allCount = await count();
      const allShown = await page.locator('#search-results > li').count();

      const exercises = page.locator('#search-section option', { hasText: /^Exercises \(\d+\)$/ });
      expect(await exercises.count()).toBe(1);
      await page.selectOption('#search-section', 'Exercises');
      const filtered = await page.waitForFunction(() =>
        document.getElementById('search-status')?.textContent?.includes('in Exercises'),
      );
      expect(filtered).toBeTruthy();
      const urls = await resultUrls(page);
      expect(urls.length).toBeGreaterThan(0);
      expect(await count()).toBeLessThan(allCount);
      expect(urls.every((u) => u.startsWith('/exercises/'))).toBe(true);
      const sections = await page.locator('.search-result-section').allTextContents();
      expect(new Set(sections)).toEqual(new Set(['Exercises']));
      expect(page.url()).toBe(`${baseUrl}/search/?q=stretch&section=Exercises`);

      await page.goBack();
      await page.waitForFunction(() => !location.search.includes('section'));
      await page.waitForFunction(
        (n) => document.getElementById('search-status')?.textContent?.startsWith(`${n} results`),
        allCount,
      );
      expect(await page.locator('#search-results > li').count()).toBe(allShown);
      expect(await page.inputValue('#search-section')).toBe('');
      expect(await page.textContent('#search-section option:checked')).toMatch(/^All sections/);
    } finally {
      await context.close();
    }
  });

  it('opens a shared filtered link with the filter applied', async () => {
    const { context, page } = await open('/search/?q=back&section=Risk+factors');
    try {
      await settled(page, 'back');
      const urls = await resultUrls(page);
      expect(urls.length).toBeGreaterThan(0);
      expect(urls.every((u) => u.startsWith('/risk-factors/'))).toBe(true);
      expect(await page.inputValue('#search-section')).toBe('Risk factors');
    } finally {
      await context.close();
    }
  });

  it('fetches only the fragments of the results shown, the next ones on "Show more"', async () => {
    const { context, page, requested } = await open('/search/?q=back');
    const fragments = () => requested.filter((url) => url.includes('/pagefind/fragment/'));
    try {
      await settled(page, 'back');
      const shown = await page.locator('#search-results > li').count();
      expect(shown).toBe(5);
      expect(fragments()).toHaveLength(shown);
      await page.click('#search-more');
      await page.waitForFunction(
        (n) => document.querySelectorAll('#search-results > li').length > n,
        shown,
      );
      expect(await page.locator('#search-results > li').count()).toBe(shown * 2);
      expect(fragments()).toHaveLength(shown * 2);
      expect(new Set(fragments()).size).toBe(shown * 2);
      // Focus moves to the first new result, so reading continues there.
      const focused = await page.evaluate(() => {
        const items = [...document.querySelectorAll('#search-results > li')];
        return items.indexOf(document.activeElement!.closest('li')!);
      });
      expect(focused).toBe(shown);
    } finally {
      await context.close();
    }
  });

  it('says plainly when nothing matches and offers the quiz, sections and other searches', async () => {
    const { context, page } = await open('/search/?q=zyzzogeton');
    try {
      expect(await settled(page, 'zyzzogeton')).toEqual([]);
      expect(await page.textContent('#search-status')).toBe('No results for “zyzzogeton”.');
      expect(await page.isVisible('#search-no-results')).toBe(true);
      expect(await page.isVisible('#search-more')).toBe(false);
      // The emergency signs one click away: the page's one list of them, in the footer.
      await page.click('#search-no-results a[href="#footer-emergency"]');
      const emergency = loadWarningSigns().filter((sign) => sign.tier === 'emergency');
      for (const sign of emergency) {
        expect(await page.isVisible(`#footer-emergency [data-sign="${sign.id}"]`), sign.id).toBe(
          true,
        );
      }
      expect(await page.evaluate(() => location.hash)).toBe('#footer-emergency');
      expect(await page.isVisible('#search-help a[href="/triage/"]')).toBe(true);
      expect((await page.textContent('#search-help'))?.replace(/\s+/g, ' ')).toContain(
        `It asks up to ${buildSteps(quizData().situations, wordsFor('en').stepWords).length} questions`,
      );
      for (const href of [
        '/causes/',
        '/triggers/',
        '/risk-factors/',
        '/treatment/',
        '/exercises/',
      ]) {
        expect(await page.isVisible(`#search-help a[href="${href}"]`), href).toBe(true);
      }
    } finally {
      await context.close();
    }
  });

  it('every suggested search finds something', async () => {
    const { context, page } = await open('/search/');
    try {
      const suggestions = await page.$$eval('#search-help .suggestions a', (links) =>
        links.map((a) => a.textContent!.trim()),
      );
      expect(suggestions.length).toBeGreaterThanOrEqual(4);
      for (const query of suggestions) {
        expect((await search(page, query)).length, query).toBeGreaterThan(0);
      }
    } finally {
      await context.close();
    }
  });

  it('without the full-text index, still lists first results and says what needs a connection', async () => {
    // The blocked requests are logged as console errors; nothing else is checked for here.
    const { context, page } = await open('/search/?q=cramp', { block: true });
    try {
      const urls = await settled(page, 'cramp');
      expect(urls.length).toBeGreaterThan(0);
      expect(await page.textContent('#search-status')).toContain(
        'Full-text search needs an internet connection.',
      );
      expect(await page.isVisible('#search-offline')).toBe(true);
      expect(await page.isVisible('#search-error')).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('keeps answering from the search data when the connection drops after the page loads', async () => {
    const { context, page, requested } = await open('/search/');
    try {
      await page.waitForLoadState('networkidle');
      await context.setOffline(true);
      const before = requested.length;
      await page.fill('#search-input', 'numb groin and back pain');
      await page.press('#search-input', 'Enter');
      const urls = await settled(page, 'numb groin and back pain');
      expect(urls.length).toBeGreaterThan(0);
      expect(await page.isVisible('#search-safety [data-sign="saddle-numbness"]')).toBe(true);
      expect(await page.isVisible('#search-offline')).toBe(true);
      expect(await page.textContent('#search-status')).toContain('needs an internet connection');
      // Nothing was fetched for it: the data came with the page.
      expect(requested.slice(before).filter((url) => url.endsWith('/search/data.json'))).toEqual(
        [],
      );
      // Back online, the same search adds full-text results; the best first result stays first.
      await context.setOffline(false);
      await page.evaluate(() => window.dispatchEvent(new Event('online')));
      await page.waitForFunction(() => document.getElementById('search-offline')?.hidden);
      expect((await settled(page, 'numb groin and back pain'))[0]).toBe(urls[0]);
    } finally {
      await context.close();
    }
  });

  it('says plainly when search cannot load at all', async () => {
    const { context, page } = await open('/search/?q=cramp', { block: true, blockData: true });
    try {
      const error = page.locator('#search-error');
      await error.waitFor({ state: 'visible' });
      expect(await error.getAttribute('role')).toBe('alert');
      expect(await error.textContent()).toMatch(/Search is not working right now/);
      expect(await resultUrls(page)).toEqual([]);
      expect(await page.isVisible('#search-help a[href="/triage/"]')).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('typing searches on the main thread: no worker is started or requested', async () => {
    const { context, page, watch } = await open('/search/');
    try {
      const workers: string[] = [];
      const requested: string[] = [];
      page.on('worker', (worker) => workers.push(worker.url()));
      page.on('request', (r) => requested.push(r.url()));
      await page.locator('#search-input').pressSequentially('knot', { delay: 30 });
      expect((await settled(page, 'knot')).length).toBeGreaterThan(0);
      expect(workers).toEqual([]);
      expect(requested.filter((url) => url.includes('worker'))).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('works from the keyboard alone', async () => {
    const { context, page } = await open('/search/');
    try {
      await page.focus('#search-input');
      await page.keyboard.type('hip flexor');
      await page.keyboard.press('Enter');
      await settled(page, 'hip flexor');
      // Tab through the button and the filters to the first result, then follow it.
      let onResult = false;
      for (let i = 0; i < 15 && !onResult; i++) {
        await page.keyboard.press('Tab');
        onResult = await page.evaluate(
          () => document.activeElement?.closest('#search-results') !== null,
        );
      }
      expect(onResult).toBe(true);
      await Promise.all([
        page.waitForURL(/\/exercises\/hip-flexor-stretch\/$/),
        page.keyboard.press('Enter'),
      ]);
    } finally {
      await context.close();
    }
  });

  it('has no axe violation with results and filters shown', async () => {
    const { context, page, watch } = await open('/search/?q=stretch');
    try {
      await settled(page, 'stretch');
      await page.locator('#search-section').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('has no axe violation in the no-results and error states', async () => {
    for (const [path, block] of [
      ['/search/?q=zyzzogeton', false],
      ['/search/?q=cramp', true],
    ] as const) {
      const { context, page } = await open(path, { block, blockData: block });
      try {
        await page.waitForFunction(
          () =>
            !document.getElementById('search-error')?.hidden ||
            document.getElementById('search-status')?.textContent,
        );
        expect(await axeViolations(page), path).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });
});

describe('header search form', () => {
  it('lands on results from another page, from what the results page carries', async () => {
    const { context, page, requested, watch } = await open('/causes/');
    try {
      await page.fill('#header-search-input', 'Herndon');
      await Promise.all([
        page.waitForURL(/\/search\/results\/\?q=Herndon$/),
        page.press('#header-search-input', 'Enter'),
      ]);
      expect((await settled(page, 'Herndon'))[0]).toBe('/about/');
      // Its search data and script came inside the page: nothing fetched for them.
      const fetched = requested.map((url) => new URL(url).pathname);
      expect(fetched.filter((path) => /data\.json$|^\/_astro\/Search/.test(path))).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);

      // Offline from here on, a new search still answers, with its warning sign's box.
      await context.setOffline(true);
      await page.fill('#search-input', 'numb groin and back pain');
      await page.press('#search-input', 'Enter');
      expect((await settled(page, 'numb groin and back pain')).length).toBeGreaterThan(0);
      expect(await page.isVisible('#search-safety [data-sign="saddle-numbness"]')).toBe(true);
      expect(page.url()).toBe(`${baseUrl}/search/results/?q=numb+groin+and+back+pain`);
    } finally {
      await context.close();
    }
  });

  it('without JavaScript still lands on a useful page', async () => {
    const { context, page } = await open('/exercises/', { javaScript: false });
    try {
      await page.fill('#header-search-input', 'knot');
      await Promise.all([
        page.waitForURL(/\/search\/results\/\?q=knot$/),
        page.press('#header-search-input', 'Enter'),
      ]);
      expect(await page.textContent('noscript')).toMatch(/Search results need JavaScript/);
      expect(await page.isVisible('#search-help a[href="/triage/"]')).toBe(true);
      expect(await page.isVisible('#search-help a[href="/exercises/"]')).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe('Spanish search (/es/buscar/)', () => {
  it("shows a 911 sign's box in Spanish for a Spanish query, above Spanish results", async () => {
    const { context, page, watch } = await open('/es/');
    try {
      // From a Spanish page's header form, as a visitor searches.
      const query = 'no puedo orinar y me duele la espalda';
      await page.fill('#header-search-input', query);
      await Promise.all([
        page.waitForURL(/\/es\/buscar\/resultados\/\?q=/),
        page.press('#header-search-input', 'Enter'),
      ]);
      const urls = await settled(page, query);
      expect(urls.length).toBeGreaterThan(0);
      expect(urls.every((url) => url.startsWith('/es/'))).toBe(true);
      const sign = loadSpanishTriageData().signs.find((s) => s.id === 'peeing-trouble')!;
      const box = page.locator('#search-safety [data-sign="peeing-trouble"]');
      expect(await box.isVisible()).toBe(true);
      const text = await box.textContent();
      expect(text).toContain(sign.words);
      expect(text).toContain(signAdvice(sign, 'es').action);
      expect(await page.textContent('#search-status')).toMatch(/resultados? para/);
      expect(await page.title()).toMatch(new RegExp(`^Resultados para “${query}”`));
      // The language switch searches for the same words on the English results page.
      expect(await page.getAttribute('a.language-switch', 'href')).toBe(
        `/search/results/?${new URLSearchParams({ q: query })}`,
      );
      expect(await page.getAttribute('html', 'lang')).toBe('es-US');
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('finds a page by everyday Spanish words, typed without accents', async () => {
    const { context, page } = await open('/es/buscar/');
    try {
      expect(await search(page, 'me duelen los rinones', '/es/buscar/')).toContain(
        '/es/preguntas/espasmo-o-dolor-de-rinones/',
      );
      expect((await search(page, 'tylenol', '/es/buscar/'))[0]).toBe(
        '/es/preguntas/medicinas-para-espasmos/',
      );
    } finally {
      await context.close();
    }
  });
});
