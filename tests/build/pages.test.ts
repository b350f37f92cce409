/**
 * Checks over every built page: what search engines read (title, description, canonical,
 * one h1, JSON-LD), no broken internal link or asset, and valid HTML.
 */
import { esPaths, paths, searchResultsPaths } from '../../src/lib/paths';
import { htmlLang, langOf, langs, pathsIn } from '../../src/lib/i18n';
import { wordsFor } from '../../src/lib/words';
import { say } from '../../src/lib/words/fill';
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { DIST, htmlPages } from '../support/dist';
import { DESCRIPTION_MAX } from '../../src/lib/content-schemas';
import { resolveSiteUrl } from '../../src/lib/site';
import { collectPageReviews } from '../../src/lib/review-sources';

const pages = htmlPages();
const site = resolveSiteUrl();
/** Pages search engines are told to skip: the 404 page and the search results addresses. */
const noindex = (p: (typeof pages)[number]) =>
  (p.$('meta[name="robots"]').attr('content') ?? '').includes('noindex');
const indexable = pages.filter((p) => !noindex(p));
/** The search results address is the search page under a second address, with its words. */
const resultsPages = new Set<string>(Object.values(searchResultsPaths));
/**
 * Every health page, from the same list the review gate and `npm run review-status` use, but
 * the home page: it is signed off with the site-level pages, yet as the landing page it shows
 * no review line or source list of its own (its advice is the warning-sign data, whose
 * sources /when-to-see-a-doctor/ lists).
 */
const healthPages = new Set(
  collectPageReviews('src/content')
    .map((p) => p.path)
    // The home pages list sections and signs, not sources of their own.
    .filter((path) => path !== paths.home && path !== esPaths.home),
);

/** Maps a site path to the file a static host would serve for it. */
function resolvesInDist(pathname: string): boolean {
  const clean = decodeURIComponent(pathname);
  if (clean.endsWith('/')) return existsSync(join(DIST, clean, 'index.html'));
  return existsSync(join(DIST, clean));
}

describe('the build', () => {
  it('has every URL of the design brief', () => {
    const paths = pages.map((p) => p.path);
    for (const required of [
      '/',
      '/causes/',
      '/triggers/',
      '/risk-factors/',
      '/treatment/',
      '/exercises/',
      '/exercises/cat-camel/',
      '/exercises/pelvic-tilt/',
      '/exercises/hamstring-stretch/',
      '/exercises/hip-flexor-stretch/',
      '/exercises/bird-dog/',
      '/questions/',
      '/when-to-see-a-doctor/',
      '/triage/',
      '/search/',
      '/about/',
      '/404.html',
    ]) {
      expect(paths).toContain(required);
    }
    expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(true);
    expect(existsSync(join(DIST, 'robots.txt'))).toBe(true);
  });

  it('gives every page a unique title and description (a results address its search page’s)', () => {
    const own = pages.filter((p) => !resultsPages.has(p.path));
    const titles = own.map((p) => p.$('title').text());
    const descriptions = own.map((p) => p.$('meta[name="description"]').attr('content'));
    expect(new Set(titles).size).toBe(own.length);
    expect(new Set(descriptions).size).toBe(own.length);
    for (const lang of langs) {
      const [search, results] = [pathsIn[lang].search, searchResultsPaths[lang]].map((path) =>
        pages
          .find((p) => p.path === path)!
          .$('title')
          .text(),
      );
      expect(results).toBe(search);
    }
    for (const d of descriptions) {
      expect(d?.length ?? 0).toBeGreaterThan(40);
      expect(d!.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    }
  });

  it('robots.txt names the sitemap on the configured site', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${site}/sitemap-index.xml`);
  });

  it('the sitemap lists every indexable page with its own last-modified date', () => {
    const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    for (const p of indexable) expect(xml).toContain(`<loc>${site}${p.path}</loc>`);
    for (const p of pages.filter(noindex)) expect(xml).not.toContain(`<loc>${site}${p.path}</loc>`);
    expect(xml).not.toContain('404');
    expect(xml).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T/);
  });
});

describe.each(pages.map((p) => [p.path, p] as const))('%s', (path, p) => {
  const { $ } = p;

  const lang = langOf(path);

  it('has exactly one h1, lang and a viewport', () => {
    expect($('h1')).toHaveLength(1);
    expect($('html').attr('lang')).toBe(htmlLang[lang]);
    expect($('meta[name="viewport"]').attr('content')).toContain('width=device-width');
  });

  it('links to the emergency advice, in its own language', () => {
    expect($(`a[href^="${pathsIn[lang].whenToSeeADoctor}"]`).length).toBeGreaterThan(0);
    expect($('footer').text()).toContain(say(wordsFor(lang).siteText.callNumber));
  });

  if (!noindex(p)) {
    it('has a canonical URL on the configured site, matching its path', () => {
      expect($('link[rel="canonical"]').attr('href')).toBe(`${site}${path}`);
      expect($('meta[property="og:url"]').attr('content')).toBe(`${site}${path}`);
      expect($('meta[property="og:title"]').attr('content')).toBeTruthy();
      expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
    });

    it('has JSON-LD that parses and declares schema.org types', () => {
      const blocks = $('script[type="application/ld+json"]')
        .map((_, el) => JSON.parse($(el).text()) as { '@context': string; '@type': string })
        .get();
      expect(blocks.length).toBeGreaterThan(0);
      for (const block of blocks) {
        expect(block['@context']).toBe('https://schema.org');
        expect(block['@type']).toBeTruthy();
      }
    });
  }

  if (healthPages.has(path)) {
    it('shows when it was updated, its review status and its sources', () => {
      const status = $('.review-status');
      expect(status.find('time.updated[datetime]').length).toBe(1);
      // Reviewed only with a reviewer and a sign-off day; otherwise it says the review is pending.
      if (status.attr('data-review-status') === 'reviewed') {
        expect(status.find('time.reviewed-on[datetime]').length).toBe(1);
        expect(status.find('a[href^="/about/#"]').length).toBe(1);
      } else {
        expect(status.attr('data-review-status')).toBe('pending');
        expect(status.text()).toContain(wordsFor(langOf(path)).siteText.reviewPending);
      }
      expect($('.references li a[href^="https://"]').length).toBeGreaterThan(0);
    });

    it('claims a review in JSON-LD only when the page shows one', () => {
      const blocks = $('script[type="application/ld+json"]')
        .map((_, el) => $(el).text())
        .get()
        .map((json) => JSON.parse(json) as Record<string, unknown>);
      const page = blocks.find((block) => block['@type'] === 'MedicalWebPage');
      expect(page?.dateModified).toBe($('.review-status time.updated').attr('datetime'));
      const reviewed = $('.review-status').attr('data-review-status') === 'reviewed';
      expect('reviewedBy' in page!).toBe(reviewed);
      expect('lastReviewed' in page!).toBe(reviewed);
    });
  }

  it('has no broken internal link or asset', () => {
    const refs = $('a[href], link[href], img[src], script[src]')
      .map((_, el) => $(el).attr('href') ?? $(el).attr('src'))
      .get()
      .filter((ref) => ref.startsWith('/') && !ref.startsWith('//'));
    const broken = refs.filter((ref) => !resolvesInDist(new URL(ref, 'http://x').pathname));
    expect(broken).toEqual([]);
  });

  it('links to other pages with a trailing slash', () => {
    const internal = $('a[href^="/"]')
      .map((_, el) => new URL($(el).attr('href')!, 'http://x').pathname)
      .get();
    const noSlash = internal.filter((href) => !href.endsWith('/') && !/\.\w+$/.test(href));
    expect(noSlash).toEqual([]);
  });
});

describe('html-validate', () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  it.each(pages.map((p) => [p.path, p] as const))('%s is valid HTML', async (_path, p) => {
    const report = await validator.validateString(p.html, p.file);
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.ruleId} (${m.line}:${m.column}): ${m.message}`),
    );
    expect(messages).toEqual([]);
  });
});
