import { describe, expect, it } from 'vitest';
import {
  ACTIVATE_ON_QUERY,
  cacheTag,
  htmlLanguage,
  injectPreloads,
  moduleScripts,
  pickLanguage,
  preloadTags,
  scriptHashSource,
  searchPreloads,
  type PagefindEntry,
} from '../../../src/lib/search-preloads';

const entry: PagefindEntry = {
  version: '1.6.0',
  languages: {
    en: { hash: 'en_418ea8d02a', wasm: 'en', page_count: 34 },
    fr: { hash: 'fr_0000000001', wasm: null, page_count: 2 },
  },
};
const entryText = JSON.stringify(entry);
const filters = ['en_74ec3cb.pf_filter', 'fr_1111111.pf_filter', 'notes.txt'];

describe('pickLanguage', () => {
  it('chooses as Pagefind does: exact, then primary subtag, then the biggest index', () => {
    expect(pickLanguage(entry, 'fr')).toBe('fr');
    expect(pickLanguage(entry, 'en-US')).toBe('en');
    expect(pickLanguage(entry, 'de')).toBe('en');
  });

  it('fails when the entry file lists no language', () => {
    expect(() => pickLanguage({ version: '1', languages: {} }, 'en')).toThrow(/no language/);
  });
});

describe('searchPreloads', () => {
  it('lists the loader, the tagged entry file, metadata, WebAssembly and filters, in order', () => {
    expect(searchPreloads(entry, entryText, 'en-US', filters)).toEqual([
      { rel: 'modulepreload', href: '/pagefind/pagefind.js' },
      { rel: 'preload', href: `/pagefind/pagefind-entry.json?ts=${cacheTag(entryText)}` },
      { rel: 'preload', href: '/pagefind/pagefind.en_418ea8d02a.pf_meta' },
      { rel: 'preload', href: '/pagefind/wasm.en.pagefind' },
      { rel: 'preload', href: '/pagefind/filter/en_74ec3cb.pf_filter' },
    ]);
  });

  it('uses the language-neutral WebAssembly when the index has none of its own', () => {
    const hrefs = searchPreloads(entry, entryText, 'fr', filters).map((p) => p.href);
    expect(hrefs).toContain('/pagefind/wasm.unknown.pagefind');
    expect(hrefs).toContain('/pagefind/filter/fr_1111111.pf_filter');
    expect(hrefs).not.toContain('/pagefind/filter/en_74ec3cb.pf_filter');
  });
});

describe('cacheTag', () => {
  it('is stable for one index and changes with it', () => {
    expect(cacheTag(entryText)).toBe(cacheTag(entryText));
    expect(cacheTag(entryText)).toMatch(/^[0-9a-f]{10}$/);
    expect(cacheTag(entryText.replace('418ea8d02a', '418ea8d02b'))).not.toBe(cacheTag(entryText));
  });
});

describe('preloadTags and injectPreloads', () => {
  const preloads = searchPreloads(entry, entryText, 'en', filters);
  const pageScript = [{ rel: 'modulepreload' as const, href: '/_astro/Search.abc.js' }];
  const template = (html: string) =>
    /<template id="search-preloads">(.*?)<\/template>/.exec(html)?.[1];

  it('marks fetch() targets as="fetch" crossorigin so the preloaded response is reused', () => {
    const tags = preloadTags(preloads);
    expect(tags).toContain('<link rel="modulepreload" href="/pagefind/pagefind.js">');
    expect(tags).toContain(
      '<link rel="preload" href="/pagefind/wasm.en.pagefind" as="fetch" crossorigin>',
    );
    expect(tags.match(/as="fetch" crossorigin>/g)).toHaveLength(preloads.length - 1);
  });

  it('preloads the page script at once and keeps the search files in an inert <template>', () => {
    const html =
      '<html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src \'self\'"></head><body><script type="module" src="/_astro/Search.abc.js"></script></body></html>';
    const out = injectPreloads(html, preloads, pageScript);
    expect(template(out)).toBe(preloadTags(preloads));
    const outside = out.replace(/<template.*<\/template>/, '');
    expect(outside).not.toContain('/pagefind/');
    // Right after the CSP, so the policy covers them, and before the page script.
    const csp = out.indexOf('content-security-policy');
    const first = out.indexOf('<link rel="modulepreload" href="/_astro/Search.abc.js">');
    expect(first).toBeGreaterThan(csp);
    expect(first).toBeLessThan(out.indexOf('<template'));
    expect(out.indexOf('<template')).toBeLessThan(out.indexOf('<script type="module"'));
  });

  it('replaces both lists when run again on the same page', () => {
    const html = '<html><head><title>x</title></head><body></body></html>';
    const other = searchPreloads(entry, entryText, 'fr', filters);
    const twice = injectPreloads(injectPreloads(html, preloads, pageScript), other, pageScript);
    expect(twice).toBe(injectPreloads(html, other, pageScript));
    expect(twice.match(/<template/g)).toHaveLength(1);
  });

  it('lets the policy run the inline script that activates the preloads for a query', () => {
    const html =
      "<html><head><meta http-equiv=\"content-security-policy\" content=\"default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self'\"></head><body></body></html>";
    const out = injectPreloads(injectPreloads(html, preloads, pageScript), preloads, pageScript);
    const hash = scriptHashSource(ACTIVATE_ON_QUERY);
    expect(out).toContain(`script-src 'self' 'sha256-a' ${hash}; style-src 'self'`);
    expect(out.split(hash)).toHaveLength(2);
    // After the <template> it reads, once.
    expect(out.split(`<script>${ACTIVATE_ON_QUERY}</script>`)).toHaveLength(2);
    expect(out.indexOf('</template><script>')).toBeGreaterThan(0);
  });

  it('falls back to the end of <head>, and fails on a page without one', () => {
    const html = '<html><head><title>x</title></head><body></body></html>';
    expect(injectPreloads(html, preloads)).toBe(
      `<html><head><title>x</title><template id="search-preloads">${preloadTags(preloads)}</template><script>${ACTIVATE_ON_QUERY}</script></head><body></body></html>`,
    );
    expect(() => injectPreloads('<p>no head</p>', preloads)).toThrow(/no <\/head>/);
  });

  it('keeps preloads it did not write', () => {
    const html = '<html><head><link rel="modulepreload" href="/_astro/other.js"></head></html>';
    expect(injectPreloads(html, preloads, pageScript)).toContain('href="/_astro/other.js"');
  });

  it('finds the page’s own module scripts', () => {
    const html =
      '<head></head><body><script type="module" src="/_astro/Search.abc.js"></script><script type="application/ld+json">{}</script></body>';
    expect(moduleScripts(html)).toEqual(pageScript);
  });

  it('reads the page language Pagefind will use', () => {
    expect(htmlLanguage('<!DOCTYPE html><html lang="en-US"> <head>')).toBe('en-US');
    expect(htmlLanguage('<html><head>')).toBe('unknown');
  });
});
