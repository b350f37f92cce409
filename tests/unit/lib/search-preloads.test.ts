import { EARLY_DATA, INLINE_DATA_ID, type SearchData } from '../../../src/lib/search-data';
import { describe, expect, it } from 'vitest';
import {
  cacheTag,
  carryScriptsAndData,
  htmlLanguage,
  injectPreloads,
  moduleScripts,
  pickLanguage,
  preloadTags,
  scriptHashSource,
  searchLoader,
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
  it('lists the loader, the tagged entry file, metadata and WebAssembly, in order', () => {
    expect(searchPreloads(entry, entryText, 'en-US')).toEqual([
      { rel: 'modulepreload', href: '/pagefind/pagefind.js' },
      { rel: 'preload', href: `/pagefind/pagefind-entry.json?ts=${cacheTag(entryText)}` },
      { rel: 'preload', href: '/pagefind/pagefind.en_418ea8d02a.pf_meta' },
      { rel: 'preload', href: '/pagefind/wasm.en.pagefind' },
    ]);
  });

  it('uses the language-neutral WebAssembly when the index has none of its own', () => {
    const hrefs = searchPreloads(entry, entryText, 'fr').map((p) => p.href);
    expect(hrefs).toContain('/pagefind/wasm.unknown.pagefind');
    expect(hrefs).toContain('/pagefind/pagefind.fr_0000000001.pf_meta');
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
  const preloads = searchPreloads(entry, entryText, 'en');
  const onQuery = [
    { rel: 'modulepreload' as const, href: '/_astro/Search.abc.js' },
    { rel: 'preload' as const, href: '/search/data.json' },
  ];
  const template = (html: string, id = 'search-preloads') =>
    new RegExp(`<template id="${id}">(.*?)</template>`).exec(html)?.[1];

  it('marks fetch() targets as="fetch" crossorigin so the preloaded response is reused', () => {
    const tags = preloadTags(preloads);
    expect(tags).toContain('<link rel="modulepreload" href="/pagefind/pagefind.js">');
    expect(tags).toContain(
      '<link rel="preload" href="/pagefind/wasm.en.pagefind" as="fetch" crossorigin>',
    );
    expect(tags.match(/as="fetch" crossorigin>/g)).toHaveLength(preloads.length - 1);
  });

  it('keeps every preload in an inert <template>: opening the page loads only the page', () => {
    const html =
      '<html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src \'self\'"></head><body><script type="module" src="/_astro/Search.abc.js"></script></body></html>';
    const out = injectPreloads(html, preloads, onQuery);
    expect(template(out)).toBe(preloadTags(preloads));
    expect(template(out, 'search-query-preloads')).toBe(preloadTags(onQuery));
    const outside = out.replace(/<template.*?<\/template>/g, '');
    expect(outside).not.toMatch(/rel="(module)?preload"/);
    // Right after the CSP, so the policy covers them, and before the page script.
    const csp = out.indexOf('content-security-policy');
    expect(out.indexOf('<template')).toBeGreaterThan(csp);
    expect(out.indexOf('<template')).toBeLessThan(out.indexOf('<script type="module"'));
  });

  it('replaces the lists when run again on the same page', () => {
    const html = '<html><head><title>x</title></head><body></body></html>';
    const other = searchPreloads(entry, entryText, 'fr');
    const twice = injectPreloads(injectPreloads(html, preloads, onQuery), other, onQuery);
    expect(twice).toBe(injectPreloads(html, other, onQuery));
    expect(twice.match(/<template/g)).toHaveLength(3);
  });

  it('moves the page scripts into an inert <template>, run by the loader the policy allows', () => {
    const html =
      '<html><head><meta http-equiv="content-security-policy" content="default-src \'self\'; script-src \'self\' \'sha256-a\'; style-src \'self\'"></head><body><script type="module" src="/_astro/Search.abc.js"></script></body></html>';
    const scripts = ['/_astro/Search.abc.js'];
    const once = injectPreloads(html, preloads, onQuery, scripts);
    const out = injectPreloads(once, preloads, onQuery, scripts);
    expect(out).toBe(once);
    const loader = searchLoader(scripts);
    const hash = scriptHashSource(loader);
    expect(out).toContain(`script-src 'self' 'sha256-a' ${hash}; style-src 'self'`);
    expect(out.split(hash)).toHaveLength(2);
    expect(out.split(`<script>${loader}</script>`)).toHaveLength(2);
    // The page script is named once, inside its template, never where it would run by itself.
    expect(template(out, 'search-scripts')).toBe(
      '<script type="module" src="/_astro/Search.abc.js"></script>',
    );
    expect(out.replace(/<template.*?<\/template>/g, '')).not.toContain('type="module"');
    expect(moduleScripts(out).map((p) => p.href)).toEqual(scripts);
  });

  it('the loader runs the scripts at once for a query, after the load event otherwise', () => {
    const loader = searchLoader(['/_astro/a.js']);
    expect(loader).toContain('"/_astro/a.js"');
    expect(loader).toContain("get('q')");
    expect(loader).toMatch(/addEventListener\('load',later/);
    expect(loader).toMatch(/later=\(\)=>self\.requestIdleCallback\?requestIdleCallback\(run,/);
    expect(loader).toMatch(/addEventListener\('DOMContentLoaded',run/);
    // The search data only when asked for, and only for a query.
    expect(loader).not.toContain('fetch(');
    expect(searchLoader(['/_astro/a.js'], '/search/data.json')).toContain(
      `if(q)self.${EARLY_DATA}=fetch("/search/data.json")`,
    );
  });

  it('falls back to the end of <head>, and fails on a page without one', () => {
    const html = '<html><head><title>x</title></head><body></body></html>';
    expect(injectPreloads(html, preloads)).toBe(
      `<html><head><title>x</title><template id="search-preloads">${preloadTags(preloads)}</template><template id="search-query-preloads"></template><template id="search-scripts"></template><script>${searchLoader([])}</script></head><body></body></html>`,
    );
    expect(() => injectPreloads('<p>no head</p>', preloads)).toThrow(/no <\/head>/);
  });

  it('keeps preloads it did not write', () => {
    const html = '<html><head><link rel="modulepreload" href="/_astro/other.js"></head></html>';
    expect(injectPreloads(html, preloads, onQuery)).toContain('href="/_astro/other.js"');
  });

  it('finds the page’s own module scripts', () => {
    const html =
      '<head></head><body><script type="module" src="/_astro/Search.abc.js"></script><script type="application/ld+json">{}</script></body>';
    expect(moduleScripts(html)).toEqual(onQuery.slice(0, 1));
  });

  it('reads the page language Pagefind will use', () => {
    expect(htmlLanguage('<!DOCTYPE html><html lang="en-US"> <head>')).toBe('en-US');
    expect(htmlLanguage('<html><head>')).toBe('unknown');
  });
});

describe('carryScriptsAndData (the results address)', () => {
  const preloads = searchPreloads(entry, entryText, 'en');
  const page =
    '<html lang="en"><head><meta http-equiv="content-security-policy" content="default-src \'self\'; script-src \'self\'"></head>' +
    '<body><main><div id="search-app">…</div><script type="module" src="/_astro/Search.abc.js"></script></main><footer>911</footer></body></html>';
  const code = 'console.log("search")';
  const scripts = [{ href: '/_astro/Search.abc.js', code }];
  const data = {
    pages: [{ url: '/a/', title: 'A </script> <b>', description: 'd', stems: {}, phrases: [] }],
    safety: { boxes: [], phrases: [], rules: [], risks: [] },
  } as unknown as SearchData;
  const out = carryScriptsAndData(page, preloads, scripts, data);
  const template = (html: string) =>
    /<template id="search-preloads">(.*?)<\/template>/.exec(html)?.[1];

  it('writes the data, then the script as a classic one, at the end of <main>, instead of the file', () => {
    expect(out).not.toContain('src="/_astro/Search.abc.js"');
    const tail = out.slice(out.indexOf('</div>') + '</div>'.length, out.indexOf('</main>'));
    expect(tail).toMatch(
      new RegExp(
        `^<script type="application/json" id="${INLINE_DATA_ID}">.*</script><script>console\\.log\\("search"\\)</script>$`,
      ),
    );
    expect(out).toContain('</main><footer>911</footer>');
  });

  it('keeps the data whole and unable to close its element', () => {
    const json = new RegExp(`id="${INLINE_DATA_ID}">(.*?)</script>`).exec(out)![1]!;
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(data);
  });

  it('lets the script run by its hash, and keeps Pagefind’s preloads inert', () => {
    expect(out).toContain(scriptHashSource(code));
    expect(template(out)).toBe(preloadTags(preloads));
    expect(out).not.toContain(EARLY_DATA);
    expect(out.match(/<template/g)).toHaveLength(1);
  });

  it('gives the same page when run again, and refuses code that would close its element', () => {
    expect(carryScriptsAndData(out, preloads, scripts, data)).toBe(out);
    expect(() =>
      carryScriptsAndData(page, preloads, [{ href: '/x.js', code: 'a="</script>"' }], data),
    ).toThrow(/x\.js cannot be inlined/);
  });
});
