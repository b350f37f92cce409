/**
 * Security and privacy beyond loading each page (which tests/e2e/crawl.test.ts does for every
 * page with the same checks from tests/support/page-checks.ts): every page's <meta> CSP has
 * hashes and no 'unsafe-inline'; the search page is used (Pagefind runs WebAssembly on the
 * main thread) and the quiz answered once, since both run code after load, with no violation,
 * storage or third party; each policy is tried: what a page's CSP blocks, it still blocks, and
 * /search/ allows WebAssembly only; unknown addresses and speculation rules.
 */
import { langs, pathsIn } from '../../src/lib/i18n';
import { searchResultsPaths } from '../../src/lib/paths';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { htmlPages } from '../support/dist';
import { baseUrl, launchBrowser, PHONE, watchPage } from '../support/browser';
import {
  CLEAN,
  leftovers,
  SAFE,
  securityProblems,
  watchSecurity,
  type Watch,
} from '../support/page-checks';
import { securityHeaders } from '../../src/lib/security-headers';
import { SPECULATION_RULES_PATH } from '../../src/lib/speculation-rules';

const pages = htmlPages();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function expectSafe(context: BrowserContext, page: Page, w: Watch) {
  expect(await securityProblems(context, page, w)).toEqual(SAFE);
}

describe('the <meta> Content-Security-Policy', () => {
  const policy = (path: string) =>
    pages
      .find((p) => p.path === path)!
      .$('meta[http-equiv="content-security-policy"]')
      .attr('content') ?? '';
  const directive = (csp: string, name: string) =>
    csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith(`${name} `)) ?? '';

  it.each(pages.map((p) => p.path))('%s has one, with hashes and no unsafe-inline', (path) => {
    const csp = policy(path);
    expect(directive(csp, 'default-src')).toBe("default-src 'self'");
    expect(directive(csp, 'object-src')).toBe("object-src 'none'");
    // Hashes only; the one keyword allowed is Pagefind's 'wasm-unsafe-eval' (search page only).
    expect(directive(csp, 'script-src')).toMatch(
      /^script-src 'self'( '(wasm-unsafe-eval|sha256-[A-Za-z0-9+/=]+)')+$/,
    );
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/);
    expect(csp).not.toMatch(/https?:/);
  });

  /** The search page at both its addresses, in both languages. */
  const searchPages = langs.flatMap((lang) => [pathsIn[lang].search, searchResultsPaths[lang]]);

  it.each(searchPages)(
    'only the search pages relax the policy, and %s only as far as Pagefind needs',
    (path) => {
      const relaxed = pages.filter((p) => /wasm-unsafe-eval|worker-src|blob:/.test(policy(p.path)));
      expect(relaxed.map((p) => p.path).sort()).toEqual([...searchPages].sort());
      const search = policy(path);
      expect(directive(search, 'script-src')).toContain("'wasm-unsafe-eval'");
      // Search runs on the main thread: no worker source is needed any more.
      expect(directive(search, 'worker-src')).toBe('');
      // Apart from that one keyword, /search/ has the same policy as an article.
      const withoutHashes = (csp: string) =>
        csp
          .replace(/ 'sha256-[^']+'/g, '')
          .replace(" 'wasm-unsafe-eval'", '')
          .split(';')
          .map((d) => d.trim())
          .filter(Boolean)
          .sort();
      expect(withoutHashes(search)).toEqual(withoutHashes(policy('/causes/overuse/')));
    },
  );
});

/**
 * In the page: tries what the CSP must block (an injected inline script) and compiling
 * WebAssembly, which only /search/ allows. Returns what ran. (eval cannot be tried from here:
 * Chromium lets code sent by the test runner use it; the directive checks above cover it, as
 * the check of every page covers requests to other origins.)
 */
async function tryForbidden(page: Page) {
  return page.evaluate(async () => {
    const ran = { inline: false, wasm: false };
    const w = window as unknown as { __inlineRan?: boolean };
    const inline = document.createElement('script');
    inline.textContent = 'window.__inlineRan = true;';
    document.head.append(inline);
    ran.inline = w.__inlineRan === true;
    // The smallest valid module: the "\0asm" magic number and version 1.
    const module = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);
    ran.wasm = await WebAssembly.compile(module).then(
      () => true,
      () => false,
    );
    return ran;
  });
}

describe('the policies, tried in the page', () => {
  it.each(['/', '/causes/overuse/', '/triage/', '/search/'])(
    '%s blocks injected inline code; WebAssembly runs on /search/ only',
    async (path) => {
      const context = await browser.newContext({ viewport: PHONE });
      try {
        await watchPage(context);
        const page = await context.newPage();
        await page.goto(baseUrl + path, { waitUntil: 'load' });
        expect(await tryForbidden(page)).toEqual({
          inline: false,
          wasm: path === '/search/',
        });
      } finally {
        await context.close();
      }
    },
  );
});

describe('pages that run code after load', () => {
  it('searching loads Pagefind (WebAssembly, no worker) without a violation or storage', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    try {
      const w = await watchSecurity(context);
      const page = await context.newPage();
      const workers: string[] = [];
      page.on('worker', (worker) => workers.push(worker.url()));
      await page.goto(`${baseUrl}/search/`, { waitUntil: 'networkidle' });
      await page.locator('#search-input').fill('spasm');
      // Wait for the state a search ends in (results shown, not busy), not for a response
      // that may already have arrived before a listener could be attached.
      await page.waitForFunction(() => {
        const busy = document.getElementById('search-app')?.getAttribute('aria-busy') === 'true';
        return !busy && document.querySelectorAll('#search-results > li').length > 0;
      });
      await page.waitForLoadState('networkidle');
      const pagefind = w.responses.filter((r) => r.url().includes('/pagefind/'));
      expect(pagefind.some((r) => r.url().endsWith('.pagefind'))).toBe(true);
      expect(pagefind.filter((r) => r.url().includes('worker'))).toEqual([]);
      expect(workers).toEqual([]);
      await expectSafe(context, page, w);
    } finally {
      await context.close();
    }
  });

  it('answering the quiz stores nothing and breaks no policy', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    try {
      const w = await watchSecurity(context);
      const page = await context.newPage();
      await page.goto(`${baseUrl}/triage/`, { waitUntil: 'networkidle' });
      const quiz = page.locator('astro-island');
      await quiz.locator('.triage-step legend').waitFor();
      await quiz.locator('input').first().check();
      await quiz.locator('button[type="submit"], button:not([type])').first().click();
      // The answer is on screen (the first box is an emergency sign, so the quiz ends here).
      await page.locator('[data-outcome]').waitFor();
      await expectSafe(context, page, w);
    } finally {
      await context.close();
    }
  });

  it('an unknown address gets the 404 page with the same headers', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    try {
      const w = await watchSecurity(context);
      const page = await context.newPage();
      const response = await page.goto(`${baseUrl}/no-such-page/`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(404);
      const headers = await response!.allHeaders();
      for (const [name, value] of Object.entries(securityHeaders)) {
        expect(headers[name.toLowerCase()]).toBe(value);
      }
      expect(await leftovers(page, context)).toEqual(CLEAN);
      expect(w.offOrigin).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('speculation rules', () => {
  it('the rules file is served with its type, and Chromium parses it without error', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    try {
      await watchPage(context);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const ruleSet = new Promise<{ url?: string; errorType?: string; errorMessage?: string }>(
        (resolve) => cdp.on('Preload.ruleSetUpdated', (event) => resolve(event.ruleSet)),
      );
      await cdp.send('Preload.enable');
      const rulesResponse = page.waitForResponse((r) => r.url().endsWith(SPECULATION_RULES_PATH));
      const response = await page.goto(`${baseUrl}/causes/overuse/`);
      expect(await response!.headerValue('speculation-rules')).toBe(`"${SPECULATION_RULES_PATH}"`);
      expect(await (await rulesResponse).headerValue('content-type')).toBe(
        'application/speculationrules+json',
      );
      const rules = await ruleSet;
      expect(rules.url).toBe(`${baseUrl}${SPECULATION_RULES_PATH}`);
      expect(rules.errorType).toBeUndefined();
    } finally {
      await context.close();
    }
  });

  it('pressing on a link to another page fetches it ahead, with no script on the page', async () => {
    // No request interception here (the other tests' off-origin guard): Chromium does not
    // prefetch while DevTools intercepts requests. The rules only match this origin anyway.
    const context = await browser.newContext({ viewport: PHONE });
    try {
      const consoleErrors: string[] = [];
      context.on('console', (msg) => {
        if (msg.type() === 'error') consoleErrors.push(msg.text());
      });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/causes/overuse/`, { waitUntil: 'networkidle' });
      const link = page.locator('main article a[href^="/causes/"]').first();
      const href = new URL((await link.getAttribute('href'))!, baseUrl).href;
      const prefetch = page.waitForRequest(
        (r) => r.url() === href && /prefetch/.test(r.headers()['sec-purpose'] ?? ''),
      );
      await link.hover();
      await page.mouse.down();
      await prefetch;
      await page.mouse.up();
      await page.waitForURL(href);
      expect(await page.locator('script[src], script:not([type])').count()).toBe(0);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
