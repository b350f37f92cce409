/**
 * Transfer budget of every built page, computed from dist/ by following each page's
 * references (scripts/budget/page-weight.ts): pages without an island send at most 20 KiB and no
 * JavaScript, the quiz page at most 15 KiB of JavaScript, and the search page its own small
 * script plus the Pagefind files it preloads, within their own budget. `node scripts/budget.ts` prints the same figures as a table.
 */
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages } from '../support/dist';
import { measureEditor, measurePage } from '../../scripts/budget/measure';
import { BUDGET, EDITOR_ASSETS } from '../../scripts/budget/page-budget';

const measured = htmlPages().map((p) => measurePage(DIST, p.path, p.html));
const byPath = (path: string) => measured.find((m) => m.weight.path === path)!;

describe('page budgets', () => {
  it.each(measured.map((m) => [m.weight.path, m] as const))('%s is within budget', (_path, m) => {
    expect(m.problems).toEqual([]);
  });
});

describe('the measurement sees what the browser loads', () => {
  it('counts the quiz island: component, renderer, Preact and the inline loader', () => {
    const triage = byPath('/triage/');
    expect(triage.kind.hasIsland).toBe(true);
    const js = triage.weight.assets.filter((a) => a.kind === 'js');
    expect(js.map((a) => a.from)).toContain('<island>');
    expect(js.some((a) => /preact\.module/.test(a.path))).toBe(true);
    expect(triage.weight.inlineScriptBytes).toBeGreaterThan(500);
    expect(triage.weight.jsBytes).toBeGreaterThan(8 * 1024);
    expect(triage.weight.jsBytes).toBeLessThanOrEqual(BUDGET.islandJs);
  });

  it('counts an exercise page’s illustration and every page’s favicon', () => {
    const exercise = byPath('/exercises/bird-dog/');
    expect(exercise.weight.assets.map((a) => a.path)).toEqual(
      expect.arrayContaining([
        '/favicon.svg',
        expect.stringMatching(/^\/_astro\/bird-dog\..+\.svg$/),
      ]),
    );
  });

  it.each([
    ['/search/', 'en-us'],
    ['/es/buscar/', 'es-us'],
  ])(
    'the search page %s loads its own script and preloads its language’s Pagefind within its budget',
    (path, index) => {
      const search = byPath(path);
      expect(search.kind.isSearch).toBe(true);
      expect(search.weight.bytes.js).toBeGreaterThan(0);
      const pagefind = search.weight.assets.filter((a) => a.path.startsWith('/pagefind/'));
      expect(pagefind.map((a) => a.path)).toEqual(
        expect.arrayContaining(['/pagefind/pagefind.js', `/pagefind/wasm.${index}.pagefind`]),
      );
      expect(pagefind.reduce((sum, a) => sum + a.bytes, 0)).toBeLessThanOrEqual(
        BUDGET.searchPreload,
      );
    },
  );

  it.each([
    ['/search/results/', '/search/data.json', '/search/'],
    ['/es/buscar/resultados/', '/es/buscar/data.json', '/es/buscar/'],
  ])(
    'the results address %s weighs the data and script it carries as the search page’s',
    (path, dataPath, searchPath) => {
      const results = byPath(path);
      const search = byPath(searchPath);
      expect(results.kind.isSearch).toBe(true);
      const data = results.weight.assets.find((a) => a.path === dataPath)!;
      expect(data.from).toBe('inside the page');
      // The same data as the file /search/ fetches, and the same script, inline.
      const fetched = search.weight.assets.find((a) => a.path === dataPath)!;
      expect(Math.abs(data.bytes - fetched.bytes)).toBeLessThan(256);
      expect(Math.abs(results.weight.jsBytes - search.weight.jsBytes)).toBeLessThan(512);
      // What is left is the page itself, as light as /search/.
      expect(Math.abs(results.weight.bytes.html - search.weight.bytes.html)).toBeLessThan(512);
      expect(results.weight.assets.filter((a) => a.path.startsWith('/_astro/'))).toEqual([]);
    },
  );

  it('articles send HTML, the favicon and the speculation rules only', () => {
    const article = byPath('/causes/overuse/');
    // The favicon, and the speculation rules file its Speculation-Rules header names.
    expect(article.weight.assets.map((a) => a.kind)).toEqual(['html', 'image', 'other']);
    expect(article.weight.assets.at(-1)?.path).toBe('/speculation-rules.json');
    expect(article.weight.jsBytes).toBe(0);
  });
});

describe('the editor at /admin/ has its own budget and loads nowhere else', () => {
  const editor = measureEditor(DIST);

  it('is within the editor budget, with nothing off the site', () => {
    expect(editor.problems).toEqual([]);
  });

  it('counts the editor bundle, so the budget measures something', () => {
    const js = editor.weight.assets.filter((a) => a.kind === 'js');
    expect(js.map((a) => a.path)).toContain(`${EDITOR_ASSETS}cms.js`);
    expect(editor.weight.jsBytes).toBeGreaterThan(100 * 1024);
  });

  it('no page of the site references its code', () => {
    const loading = measured.filter((m) =>
      m.weight.assets.some((a) => a.path.startsWith(EDITOR_ASSETS)),
    );
    expect(loading.map((m) => m.weight.path)).toEqual([]);
    expect(measured.length).toBeGreaterThan(30);
  });
});
