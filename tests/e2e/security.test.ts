/**
 * Security and privacy over every built page in Chromium, served with dist/_headers applied
 * as a static host would: the response headers from src/lib/security-headers.ts, a <meta>
 * CSP with no 'unsafe-inline' that the page never violates, and no cookies, no storage, no
 * request off the origin. The search page is also used (Pagefind loads WebAssembly and a
 * worker) and the quiz answered once, since both run code after load.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { htmlPages } from '../support/dist';
import { baseUrl, launchBrowser, PHONE, watchPage } from '../support/browser';
import { IMMUTABLE, REVALIDATE, securityHeaders } from '../../src/lib/security-headers';

const pages = htmlPages();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Runs before any page script: records CSP violations and every attempt to store data
 * (Web Storage, IndexedDB, cookies set from script, Cache Storage).
 */
function recordViolationsAndStorage() {
  const w = window as unknown as { __csp: string[]; __storage: string[] };
  w.__csp = [];
  w.__storage = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    w.__csp.push(
      `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
    );
  });
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key: string, value: string) {
    w.__storage.push(
      `${this === window.localStorage ? 'localStorage' : 'sessionStorage'}.setItem(${key})`,
    );
    return setItem.call(this, key, value);
  };
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (name: string, version?: number) {
    w.__storage.push(`indexedDB.open(${name})`);
    return open.call(this, name, version);
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  Object.defineProperty(document, 'cookie', {
    get: () => cookie.get!.call(document),
    set: (value: string) => {
      w.__storage.push(`document.cookie = ${value.split('=')[0]}`);
      cookie.set!.call(document, value);
    },
  });
  if ('caches' in window) {
    const cacheOpen = CacheStorage.prototype.open;
    CacheStorage.prototype.open = function (name: string) {
      w.__storage.push(`caches.open(${name})`);
      return cacheOpen.call(this, name);
    };
  }
}

interface Watch {
  consoleErrors: string[];
  offOrigin: string[];
  policyMessages: string[];
  responses: Response[];
}

async function watch(context: BrowserContext): Promise<Watch> {
  const base = await watchPage(context);
  const policyMessages: string[] = [];
  const responses: Response[] = [];
  await context.addInitScript(recordViolationsAndStorage);
  context.on('console', (msg) => {
    if (/content security policy|permissions-policy|refused to/i.test(msg.text())) {
      policyMessages.push(`${msg.type()}: ${msg.text()}`);
    }
  });
  context.on('response', (response) => responses.push(response));
  return { ...base, policyMessages, responses };
}

/** Everything the page recorded, read at the end so late work (idle islands) is included. */
async function leftovers(page: Page, context: BrowserContext) {
  const recorded = await page.evaluate(() => {
    const w = window as unknown as { __csp: string[]; __storage: string[] };
    return {
      csp: w.__csp,
      storage: w.__storage,
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
    };
  });
  const databases = await page.evaluate(async () => (await indexedDB.databases()).length);
  const cookies = await context.cookies();
  return { ...recorded, databases, cookies: cookies.map((c) => c.name) };
}

const clean = {
  csp: [],
  storage: [],
  localStorage: 0,
  sessionStorage: 0,
  databases: 0,
  cookies: [],
};

/** Security headers on one response, plus the Cache-Control its path should have. */
async function headerProblems(response: Response): Promise<string[]> {
  const url = new URL(response.url());
  if (url.origin !== new URL(baseUrl).origin || response.status() === 304) return [];
  const headers = await response.allHeaders();
  const expected: Record<string, string> = {
    ...securityHeaders,
    'Cache-Control': url.pathname.startsWith('/_astro/') ? IMMUTABLE : REVALIDATE,
  };
  return Object.entries(expected)
    .filter(([name, value]) => headers[name.toLowerCase()] !== value)
    .map(
      ([name, value]) =>
        `${url.pathname}: ${name} is "${headers[name.toLowerCase()]}", want "${value}"`,
    );
}

async function expectSafe(context: BrowserContext, page: Page, w: Watch) {
  expect(await leftovers(page, context)).toEqual(clean);
  expect(w.policyMessages).toEqual([]);
  expect(w.consoleErrors).toEqual([]);
  expect(w.offOrigin).toEqual([]);
  const problems = await Promise.all(w.responses.map(headerProblems));
  expect(problems.flat()).toEqual([]);
}

describe('every page', () => {
  it.each(pages.map((p) => p.path))(
    '%s: headers, CSP, no storage or third parties',
    async (path) => {
      const context = await browser.newContext({ viewport: PHONE });
      try {
        const w = await watch(context);
        const page = await context.newPage();
        const response = await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
        expect(response?.status()).toBe(200);
        await expectSafe(context, page, w);
      } finally {
        await context.close();
      }
    },
  );
});

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

  it('only the search page relaxes the policy, and only as far as Pagefind needs', () => {
    const relaxed = pages.filter((p) => /wasm-unsafe-eval|worker-src|blob:/.test(policy(p.path)));
    expect(relaxed.map((p) => p.path)).toEqual(['/search/']);
    const search = policy('/search/');
    expect(directive(search, 'script-src')).toContain("'wasm-unsafe-eval'");
    // Pagefind's worker comes from 'self' (blob: only if a Pagefind update needs it again).
    expect(directive(search, 'worker-src')).toMatch(/^worker-src 'self'( blob:)?$/);
  });
});

describe('pages that run code after load', () => {
  it('searching loads Pagefind (WebAssembly, worker) without a violation or storage', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    try {
      const w = await watch(context);
      const page = await context.newPage();
      await page.goto(`${baseUrl}/search/`, { waitUntil: 'networkidle' });
      await page.locator('#search-input').fill('spasm');
      await page.waitForResponse((r) => /\/pagefind\/fragment\//.test(r.url()));
      await page.waitForLoadState('networkidle');
      const pagefind = w.responses.filter((r) => r.url().includes('/pagefind/'));
      expect(pagefind.some((r) => r.url().endsWith('.pagefind'))).toBe(true);
      await expectSafe(context, page, w);
    } finally {
      await context.close();
    }
  });

  it('answering the quiz stores nothing and breaks no policy', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    try {
      const w = await watch(context);
      const page = await context.newPage();
      await page.goto(`${baseUrl}/triage/`, { waitUntil: 'networkidle' });
      const quiz = page.locator('astro-island');
      await quiz.locator('.triage-step legend').waitFor();
      await quiz.locator('input').first().check();
      await quiz.locator('button[type="submit"], button:not([type])').first().click();
      await page.waitForLoadState('networkidle');
      await expectSafe(context, page, w);
    } finally {
      await context.close();
    }
  });

  it('an unknown address gets the 404 page with the same headers', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    try {
      const w = await watch(context);
      const page = await context.newPage();
      const response = await page.goto(`${baseUrl}/no-such-page/`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(404);
      const headers = await response!.allHeaders();
      for (const [name, value] of Object.entries(securityHeaders)) {
        expect(headers[name.toLowerCase()]).toBe(value);
      }
      expect(await leftovers(page, context)).toEqual(clean);
      expect(w.offOrigin).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
