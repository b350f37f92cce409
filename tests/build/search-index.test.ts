/**
 * The Pagefind index in dist/pagefind/: it exists, it covers every searchable page and nothing
 * else, and it holds only each page's main content (never the header, navigation, breadcrumbs,
 * footer or the repeated boilerplate inside articles).
 *
 * Pagefind stores one fragment per page: gzip of "pagefind_dcd" followed by JSON with the
 * page's url, indexed text, filters and metadata. Reading those is reading exactly what
 * search can match and show.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { DIST, htmlPages, visibleText, type BuiltPage } from '../support/dist';
import { sections, sectionsIn } from '../../src/lib/sections';
import {
  INLINE_DATA_ID,
  SEARCH_DATA_PATHS,
  SEARCH_MARKS,
  type SearchData,
} from '../../src/lib/search-data';
import { scriptHashSource } from '../../src/lib/search-preloads';
import { searchResultsPaths } from '../../src/lib/paths';
import { SIGN_PAGE, termsByPage } from '../../src/lib/search-terms';
import { loadSearchTermEntries, loadSpanishSearchTermEntries } from '../fixtures/search-terms';
import { resultTitle } from '../../src/lib/search-quick';
import { langOf, langs, pathsIn, type Lang } from '../../src/lib/i18n';
import { twinOf } from '../../src/lib/twins';
import { esPageText } from '../../src/lib/words/es/pages';

const PAGEFIND = join(DIST, 'pagefind');
const SIGNATURE = 'pagefind_dcd';

interface Fragment {
  url: string;
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

function readFragment(name: string): Fragment {
  const text = gunzipSync(readFileSync(join(PAGEFIND, 'fragment', name))).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error(`${name} is not a Pagefind fragment`);
  return JSON.parse(text.slice(SIGNATURE.length)) as Fragment;
}

const readFragments = (): Fragment[] => readdirSync(join(PAGEFIND, 'fragment')).map(readFragment);

const fragments = existsSync(join(PAGEFIND, 'fragment')) ? readFragments() : [];
const byUrl = new Map(fragments.map((f) => [f.url, f]));
const pages = htmlPages();
/** Each search page's data file, as the build wrote it (with each page's Pagefind id). */
const dataOf = (lang: Lang) =>
  JSON.parse(readFileSync(join(DIST, SEARCH_DATA_PATHS[lang]), 'utf8')) as SearchData;
/**
 * The words people use for a page (src/content/search-terms/, and the Spanish twins for the
 * Spanish pages), indexed with it but not shown.
 */
const searchTerms = new Map([
  ...termsByPage(loadSearchTermEntries()),
  ...termsByPage(
    loadSpanishSearchTermEntries().flatMap(({ id, data }) => {
      const page = twinOf(data.page ?? SIGN_PAGE);
      return page ? [{ id, data: { ...data, page } }] : [];
    }),
  ),
]);
const termWords = (path: string) => (searchTerms.get(path) ?? []).join(' ').split(/\s+/).length;
const searchable = pages.filter((p) => p.$('main[data-pagefind-body]').length > 0);
const articles = pages.filter(
  (p) =>
    p.$('main[data-pagefind-body]').length > 0 &&
    p.$('main article .also-called, main article h1').length > 0,
);

/** Text of the page outside <main> that must never reach the index, one string per block. */
function chromeTexts(page: BuiltPage): string[] {
  const { $ } = page;
  const blocks = [
    '.skip-link',
    'header .emergency-bar',
    'header .brand',
    'nav[aria-label="Main"] ul',
    'nav[aria-label="Breadcrumb"] ol',
    'footer p',
  ];
  return blocks
    .flatMap((selector) => $(selector).toArray())
    .map((el) => $(el).text().replace(/\s+/g, ' ').trim())
    .filter((text) => text.split(' ').length >= 3);
}

describe('search index', () => {
  it('is written into dist/pagefind by the build', () => {
    expect(existsSync(join(PAGEFIND, 'pagefind.js')), 'run `npm run build` first').toBe(true);
    const entry = JSON.parse(readFileSync(join(PAGEFIND, 'pagefind-entry.json'), 'utf8'));
    // One index per language, as Pagefind splits pages by their <html lang>.
    expect(Object.keys(entry.languages).sort()).toEqual(['en-us', 'es-us']);
    const counts = Object.values(entry.languages as Record<string, { page_count: number }>);
    expect(counts.reduce((sum, l) => sum + l.page_count, 0)).toBe(searchable.length);
    expect(entry.languages['es-us'].page_count).toBe(
      searchable.filter((p) => langOf(p.path) === 'es').length,
    );
  });

  it('covers every searchable page, and only those', () => {
    const indexed = [...byUrl.keys()].sort();
    expect(indexed).toEqual(searchable.map((p) => p.path).sort());
    // Pages that must stay out: the not-found page and the search page itself.
    expect(byUrl.has('/404.html')).toBe(false);
    expect(byUrl.has('/search/')).toBe(false);
    for (const path of ['/', '/about/', '/when-to-see-a-doctor/', '/exercises/bird-dog/']) {
      expect(byUrl.has(path), `${path} should be searchable`).toBe(true);
    }
  });

  it('never indexes the header, navigation, breadcrumbs or footer', () => {
    for (const page of searchable) {
      const content = byUrl.get(page.path)!.content;
      const outside = chromeTexts(page);
      expect(outside.length, `${page.path}: found no header/footer text to check`).toBeGreaterThan(
        3,
      );
      for (const text of outside) {
        expect(content, `${page.path} index contains "${text}"`).not.toContain(text);
      }
      expect(content).not.toContain('Skip to main content');
      expect(content).not.toContain('Emergency signs: when to call 911');
    }
  });

  it("indexes each page's main text", () => {
    for (const page of searchable) {
      const fragment = byUrl.get(page.path)!;
      const h1 = page.$('main h1').first().text().replace(/\s+/g, ' ').trim();
      expect(fragment.content, page.path).toContain(h1);
      // Roughly the visible words of <main> the index is meant to hold (not the parts marked
      // data-pagefind-ignore, such as the short warning-sign lists); far more would mean chrome
      // leaked in, far fewer that the page's own text is missing.
      const visibleWords =
        visibleText(page.$, 'main', '[data-pagefind-ignore]').split(' ').length +
        termWords(page.path);
      expect(fragment.word_count, page.path).toBeLessThanOrEqual(visibleWords);
      expect(fragment.word_count, page.path).toBeGreaterThan(visibleWords * 0.5);
    }
  });

  it('leaves out the boilerplate repeated on every article', () => {
    expect(articles.length).toBeGreaterThan(10);
    for (const page of articles) {
      const content = byUrl.get(page.path)!.content;
      expect(content, page.path).not.toContain('Is it serious?');
      expect(content, page.path).not.toContain('Review pending');
      const sources = page.$('.references li').first().text().trim().slice(0, 40);
      if (sources) expect(content, page.path).not.toContain(sources);
    }
  });

  it('gives each page its title, and each section page its section as filter and metadata', () => {
    const labels = new Set([
      ...langs.flatMap((lang) => sectionsIn(lang).map((s) => s.label)),
      'About',
      'Where to start',
      ...Object.values(esPageText).flatMap((text) => (text.section ? [text.section] : [])),
    ]);
    for (const page of searchable) {
      const fragment = byUrl.get(page.path)!;
      expect(fragment.meta.title, page.path).toBe(
        page.$('main h1').first().text().replace(/\s+/g, ' ').trim(),
      );
      if (['/', '/when-to-see-a-doctor/', '/es/', '/es/cuando-ver-al-medico/'].includes(page.path))
        continue;
      const section = fragment.filters.section?.[0];
      expect(section && labels.has(section), `${page.path} section "${section}"`).toBe(true);
      expect(fragment.meta.section).toBe(section);
      // The label lives in attributes: it must not be indexed as words of the page.
      expect(fragment.content.startsWith(`${section}${section}`)).toBe(false);
    }
    for (const section of sections) {
      const article = articles.find((p) => p.path.startsWith(`/${section.id}/`));
      expect(article && byUrl.get(article.path)!.filters.section).toEqual([section.label]);
    }
  });

  it('relaxes the CSP for WebAssembly on the search pages only; no page needs worker-src', () => {
    const csp = (page: BuiltPage) =>
      page.$('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
    for (const page of pages) {
      const policy = csp(page);
      expect(policy, page.path).toMatch(/script-src /);
      expect(policy.includes("'wasm-unsafe-eval'"), page.path).toBe(
        langs.some((lang) => [pathsIn[lang].search, searchResultsPaths[lang]].includes(page.path)),
      );
      expect(policy, page.path).not.toMatch(/blob:|'unsafe-eval'|'unsafe-inline'|worker-src/);
    }
  });

  it('keeps the summary as metadata for result excerpts', () => {
    for (const page of articles) {
      const summary = page.$('main .lead').first().text().replace(/\s+/g, ' ').trim();
      expect(byUrl.get(page.path)!.meta.summary, page.path).toBe(summary);
    }
  });
});

describe.each(langs.map((lang) => [pathsIn[lang].search, lang] as const))(
  'the search data of %s',
  (path, lang) => {
    const searchData = dataOf(lang);
    const searchable = pages.filter(
      (p) => p.$('main[data-pagefind-body]').length > 0 && langOf(p.path) === lang,
    );
    it('lists every searchable page of its language once, with the id of its fragment in the index', () => {
      const ids = new Map(
        readdirSync(join(PAGEFIND, 'fragment')).map((name) => [
          readFragment(name).url,
          name.replace(/\.pf_fragment$/, ''),
        ]),
      );
      expect(searchData.pages.map((page) => page.url).sort()).toEqual(
        searchable.map((p) => p.path).sort(),
      );
      for (const page of searchData.pages) expect(page.id, page.url).toBe(ids.get(page.url));
    });

    it("gives each page the title and section its result shows, as the page's own", () => {
      for (const page of searchData.pages) {
        const fragment = byUrl.get(page.url)!;
        const built = searchable.find((p) => p.path === page.url)!;
        // The page's <h1> (the question, on a question page) or its <title>.
        const title = built.$('title').text().split(' | ')[0];
        expect([fragment.meta.title, title], page.url).toContain(resultTitle(page));
        if (fragment.meta.section) expect(page.section, page.url).toBe(fragment.meta.section);
        expect(page.description, page.url).toBe(
          built.$('meta[name="description"]').attr('content'),
        );
      }
    });

    it('keeps the safety boxes out of the search page, which stays light', () => {
      const search = pages.find((p) => p.path === path)!;
      expect(searchData.safety.boxes.length).toBeGreaterThan(20);
      for (const box of searchData.safety.boxes) expect(search.html).not.toContain(box.words);
    });
  },
);

describe.each(langs.map((lang) => [pathsIn[lang].search, lang] as const))(
  'the preloads of %s',
  (path, lang) => {
    const search = pages.find((p) => p.path === path)!;
    // The search files wait in a <template> until the page script activates them.
    const templateHtml =
      /<template id="search-preloads">([\s\S]*?)<\/template>/.exec(search.html)?.[1] ?? '';
    const $t = cheerio.load(templateHtml);
    const links = $t('link')
      .toArray()
      .map((el) => $t(el));
    const hrefs = links.map((link) => link.attr('href') ?? '');
    const entryText = readFileSync(join(PAGEFIND, 'pagefind-entry.json'), 'utf8');
    const entry = JSON.parse(entryText) as {
      languages: Record<string, { hash: string; wasm: string | null }>;
    };

    const queryHtml =
      /<template id="search-query-preloads">([\s\S]*?)<\/template>/.exec(search.html)?.[1] ?? '';
    const $q = cheerio.load(queryHtml);
    const pageScript = /<script type="module" src="([^"]+)"/.exec(search.html)?.[1];

    it('exactly the files one search needs before its index chunks', () => {
      // The page's <html lang> names its index, as Pagefind's loader picks it.
      const htmlLang = search.$('html').attr('lang')!.toLowerCase();
      expect(htmlLang).toBe(`${lang}-us`);
      const en = entry.languages[htmlLang]!;
      expect(hrefs.map((h) => h.replace(/\?ts=[0-9a-f]+$/, '?ts='))).toEqual([
        '/pagefind/pagefind.js',
        '/pagefind/pagefind-entry.json?ts=',
        `/pagefind/pagefind.${en.hash}.pf_meta`,
        `/pagefind/wasm.${en.wasm}.pagefind`,
      ]);
      // Never the worker (search runs on the main thread), filters (sections come from the
      // search data), index chunks or fragments.
      expect(hrefs.join(' ')).not.toMatch(/worker|\/filter\/|\/index\/|\/fragment\//);
    });

    it('for a query in the address, the page script (one file, importing nothing) and the search data', () => {
      const query = $q('link')
        .toArray()
        .map((el) => [$q(el).attr('rel'), $q(el).attr('href')]);
      expect(pageScript).toMatch(/^\/_astro\//);
      expect(query).toEqual([['modulepreload', pageScript]]);
      // Bundled: no chunk to wait for (only Pagefind, loaded at run time from /pagefind/).
      const js = readFileSync(join(DIST, pageScript!), 'utf8');
      expect(js).not.toMatch(/\bfrom\s*["']\.{1,2}\//);
      expect(js).not.toMatch(/\bimport\s*\(?\s*["']\.{1,2}\//);
      // The search data: the loader fetches and parses it itself, for a query only.
      const loader = /<script>(\(\(\)=>\{const q=[\s\S]*?)<\/script>/.exec(search.html)?.[1];
      expect(loader).toContain(
        `if(q)self.searchDataEarly=fetch(${JSON.stringify(SEARCH_DATA_PATHS[lang])})`,
      );
    });

    it('every preloaded file exists in dist/', () => {
      const queryHrefs = $q('link')
        .toArray()
        .map((el) => $q(el).attr('href') ?? '');
      for (const href of [...queryHrefs, ...hrefs]) {
        const file = join(DIST, new URL(href, 'http://x').pathname);
        expect(existsSync(file), href).toBe(true);
      }
    });

    it('the entry URL carries a tag that changes with the index, and fetch() targets are CORS', () => {
      const [script, entryLink, ...fetched] = links;
      expect(script!.attr('rel')).toBe('modulepreload');
      expect(entryLink!.attr('href')).toMatch(
        /^\/pagefind\/pagefind-entry\.json\?ts=[0-9a-f]{10}$/,
      );
      for (const link of [entryLink!, ...fetched]) {
        expect(link.attr('rel')).toBe('preload');
        expect(link.attr('as')).toBe('fetch');
        expect(link.attr('crossorigin')).toBe('');
      }
    });

    it('loads nothing but the page before it paints: every preload and the page script wait', () => {
      const active = search.html.replace(/<template[\s\S]*?<\/template>/g, '');
      expect(active).not.toContain('/pagefind/');
      expect(active).not.toMatch(/rel="(module)?preload"/);
      expect(active).not.toContain('type="module"');
      // The page script waits in its template; the loader in <head> runs it (after the load
      // event, or at once for a query in the address).
      const scripts = /<template id="search-scripts">([\s\S]*?)<\/template>/.exec(search.html)?.[1];
      expect(scripts).toBe(`<script type="module" src="${pageScript}"></script>`);
      expect(active).toContain(`import(s)`);
      expect(active).toContain(JSON.stringify([pageScript]));
      const searchPages = langs.flatMap((l) => [pathsIn[l].search, searchResultsPaths[l]]);
      const others = pages.filter(
        (p) => !searchPages.includes(p.path) && p.html.includes('/pagefind/'),
      );
      expect(others.map((p) => p.path)).toEqual([]);
    });
  },
);

describe.each(langs.map((lang) => [searchResultsPaths[lang], lang] as const))(
  'the results address %s',
  (path, lang) => {
    const results = pages.find((p) => p.path === path)!;
    const search = pages.find((p) => p.path === pathsIn[lang].search)!;
    const searchScript = /<script type="module" src="([^"]+)"/.exec(search.html)?.[1];
    /** The scripts the results page carries: classic, inline, right after its data. */
    const carried = results
      .$(`script#${INLINE_DATA_ID} ~ script`)
      .toArray()
      .map((el) => results.$(el));

    it('is where every search form of its language sends a query', () => {
      const forms = pages
        .filter((p) => langOf(p.path) === lang)
        .flatMap((p) =>
          p
            .$('form[role="search"]')
            .toArray()
            .map((el) => [p.path, p.$(el)] as const),
        );
      expect(forms.length).toBeGreaterThan(pages.length / 2 - 5);
      for (const [page, form] of forms) {
        expect(form.attr('action'), page).toBe(path);
        expect(form.find('input[name="q"]').length, page).toBe(1);
      }
    });

    it('carries the search data inside, the same as the file /search/ fetches', () => {
      const data = results.$(`script[type="application/json"]#${INLINE_DATA_ID}`);
      expect(data).toHaveLength(1);
      expect(JSON.parse(data.text())).toEqual(dataOf(lang));
      const loader = /<script>(\(\(\)=>\{const q=[\s\S]*?)<\/script>/.exec(results.html)?.[1];
      expect(loader ?? '').not.toContain('fetch(');
      // Nor any loader: the page has nothing to load before its first results.
      expect(loader).toBeUndefined();
    });

    it('runs the search page’s own script inline, where it stands, allowed by its hash', () => {
      expect(carried).toHaveLength(1);
      const script = carried[0]!;
      // Classic, so it runs as soon as it is parsed; the same code as /search/'s file, as a
      // function of its own with nothing imported but Pagefind at run time.
      expect(script.attr('type')).toBeUndefined();
      const code = script.html()!;
      expect(code).not.toMatch(/^\s*(import|export)\b/m);
      expect(code).toContain(SEARCH_MARKS.first);
      expect(readFileSync(join(DIST, searchScript!), 'utf8')).toContain(SEARCH_MARKS.first);
      expect(results.html).not.toContain('src="/_astro/');
      const policy = results.$('meta[http-equiv="content-security-policy"]').attr('content')!;
      expect(policy).toContain(scriptHashSource(code));
      // After every element the script uses (the search app), before the footer.
      const main = results.$('main').children().toArray();
      expect(main.slice(-3).map((el) => results.$(el).attr('id') ?? el.tagName)).toEqual([
        'search-app',
        INLINE_DATA_ID,
        'script',
      ]);
    });

    it('preloads Pagefind’s files as /search/ does, and nothing before a search is coming', () => {
      const template = (page: BuiltPage) =>
        /<template id="search-preloads">([\s\S]*?)<\/template>/.exec(page.html)?.[1];
      expect(template(results)).toBe(template(search));
      const active = results.html.replace(/<(template|script)[\s\S]*?<\/\1>/g, '');
      expect(active).not.toMatch(/rel="(module)?preload"/);
    });
  },
);
