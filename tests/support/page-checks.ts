/**
 * The security checks of a loaded page: CSP violations, stored data (Web Storage, IndexedDB,
 * cookies, Cache Storage), console errors, requests off the origin, and the response headers
 * each file should carry (src/lib/security-headers.ts). The crawl (tests/e2e/crawl.test.ts)
 * runs them on every page; security.test.ts on pages after a search or a quiz answer.
 */
import type { BrowserContext, Page, Response } from 'playwright-core';
import { IMMUTABLE, REVALIDATE, securityHeaders } from '../../src/lib/security-headers';
import { baseUrl, watchPage } from './browser';

/** Files named by a hash of their content: Astro's bundles, Pagefind's chunks and metadata. */
const HASHED =
  /^\/_astro\/|^\/pagefind\/(index|fragment|filter)\/|^\/pagefind\/pagefind\.[a-z-]+_[0-9a-f]+\.pf_meta$/;

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

export interface Watch {
  consoleErrors: string[];
  offOrigin: string[];
  policyMessages: string[];
  responses: Response[];
}

/** watchPage plus CSP and storage recording and every response, for the security checks. */
export async function watchSecurity(context: BrowserContext): Promise<Watch> {
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

/**
 * Empties a watch's lists, so a tab that visits page after page (the crawl) reports each
 * page's own problems.
 */
export function forget(w: Watch) {
  for (const list of Object.values(w)) list.length = 0;
}

/** Everything the page recorded, read at the end so late work (idle islands) is included. */
export async function leftovers(page: Page, context: BrowserContext) {
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

export const CLEAN = {
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
    'Cache-Control': HASHED.test(url.pathname) ? IMMUTABLE : REVALIDATE,
  };
  return Object.entries(expected)
    .filter(([name, value]) => headers[name.toLowerCase()] !== value)
    .map(
      ([name, value]) =>
        `${url.pathname}: ${name} is "${headers[name.toLowerCase()]}", want "${value}"`,
    );
}

/**
 * Every security problem of a watched page in one object, so one assertion reports them all:
 * `expect(await securityProblems(...)).toEqual(SAFE)`.
 */
export async function securityProblems(context: BrowserContext, page: Page, w: Watch) {
  return {
    recorded: await leftovers(page, context),
    policyMessages: w.policyMessages,
    consoleErrors: w.consoleErrors,
    offOrigin: w.offOrigin,
    headers: (await Promise.all(w.responses.map(headerProblems))).flat(),
  };
}

export const SAFE = {
  recorded: CLEAN,
  policyMessages: [],
  consoleErrors: [],
  offOrigin: [],
  headers: [],
};
