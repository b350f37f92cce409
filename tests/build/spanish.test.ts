/**
 * The Spanish edition as built: each Spanish page says it is Spanish, names its English twin
 * (and the twin names it back) in <head> and in the sitemap, offers a language switch that lands
 * on the twin, says its words' review status honestly, and lists the signs from the same records
 * as its twin, in the same order, with the same places.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, htmlPages, page } from '../support/dist';
import { langOf } from '../../src/lib/i18n';
import { contentPageKeys, esPaths, paths, spanishPages } from '../../src/lib/paths';
import { siteText } from '../../src/lib/words/es/site';
import { contentTwins } from '../../src/lib/twins';

/** The site's own Spanish pages and every content page with its Spanish words. */
const twins = [
  ...spanishPages.map((key) => ({ en: paths[key], es: esPaths[key] })),
  ...[...contentTwins()].map(([en, es]) => ({ en, es })),
];
const alternates = (path: string) =>
  page(path)
    .$('link[rel="alternate"][hreflang]')
    .map((_, el) => [[el.attribs.hreflang, new URL(el.attribs.href!).pathname]])
    .get();

describe('the Spanish pages', () => {
  it.each(twins)('$es is Spanish and names $en as its twin, both ways', ({ en, es }) => {
    const $ = page(es).$;
    expect($('html').attr('lang')).toBe('es-US');
    expect($('meta[property="og:locale"]').attr('content')).toBe('es_US');
    const pairs = [
      ['es-US', es],
      ['en-US', en],
      ['x-default', en],
    ];
    expect(alternates(es)).toEqual(pairs);
    expect(alternates(en)).toEqual([
      ['en-US', en],
      ['es-US', es],
      ['x-default', en],
    ]);
  });

  it.each(twins)('$es and $en switch language onto each other', ({ en, es }) => {
    expect(page(es).$('a.language-switch').attr('href')).toBe(en);
    expect(page(en).$('a.language-switch').attr('href')).toBe(es);
  });

  const withStatus = twins.filter(({ en }) => page(en).$('.review-status').length > 0);
  it.each(withStatus)('$es says its words await a clinician and a medical translator', ({ es }) => {
    const status = page(es).$('.review-status').text();
    expect(status).toContain(siteText.reviewPending);
    expect(status).toContain(siteText.translationPending);
  });

  it('say in JSON-LD that they are in Spanish, where the English twin says it is English', () => {
    const pageNode = (path: string) =>
      page(path)
        .$('script[type="application/ld+json"]')
        .map((_, el) => JSON.parse(page(path).$(el).text()))
        .get()
        .find((node: { '@type'?: string }) =>
          ['MedicalWebPage', 'FAQPage'].includes(node['@type'] ?? ''),
        ) as { inLanguage?: string } | undefined;
    const described = twins.filter(({ en }) => pageNode(en)?.inLanguage === 'en-US');
    expect(described.length).toBeGreaterThan(40);
    for (const { es } of described) expect(pageNode(es)?.inLanguage, es).toBe('es-US');
  });

  it('list the same warning signs and combinations as their English twin, in the same order', () => {
    const ids = (path: string, attr: string) =>
      page(path)
        .$(`main [${attr}]`)
        .map((_, el) => el.attribs[attr])
        .get();
    for (const { en, es } of twins) {
      expect(ids(es, 'data-sign'), es).toEqual(ids(en, 'data-sign'));
      expect(ids(es, 'data-rule'), es).toEqual(ids(en, 'data-rule'));
    }
  });
});

describe('the addresses the quiz island links to', () => {
  it.each(contentPageKeys)('%s has its Spanish address as the content gives it', (key) => {
    expect(esPaths[key]).toBe(contentTwins().get(paths[key]));
  });
});

describe('the sitemap', () => {
  it('lists each Spanish page with its English twin as alternates', () => {
    const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    for (const { en, es } of twins) {
      const entry = xml.split('<url>').find((u) => u.includes(`${es}</loc>`));
      expect(entry, es).toBeDefined();
      expect(entry).toMatch(new RegExp(`hreflang="en-US" href="[^"]*${en}"`));
      expect(entry).toMatch(new RegExp(`hreflang="es-US" href="[^"]*${es}"`));
    }
  });
});

describe('the Spanish edition', () => {
  it('has a twin for every English page a search engine may list', () => {
    const built = new Set(htmlPages().map((p) => p.path));
    const missing = htmlPages()
      .filter((p) => langOf(p.path) === 'en')
      .filter((p) => p.$('meta[name="robots"][content*="noindex"]').length === 0)
      .filter((p) => {
        const twin = p.$('link[rel="alternate"][hreflang="es-US"]').attr('href');
        return !twin || !built.has(new URL(twin).pathname);
      })
      .map((p) => p.path);
    expect(missing).toEqual([]);
  });
});
