/**
 * Transfer budget of every built page (issue 6), computed from dist/ by following each page's
 * references (scripts/budget/page-weight.ts): pages without an island send at most 20 KiB and no
 * JavaScript, the quiz page at most 15 KiB of JavaScript, and the search page no Pagefind
 * code until a search. `node scripts/budget.ts` prints the same figures as a table.
 */
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages } from '../support/dist';
import { measurePage } from '../../scripts/budget/measure';
import { BUDGET } from '../../scripts/budget/page-budget';

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

  it('the search page loads its own script but no Pagefind file until used', () => {
    const search = byPath('/search/');
    expect(search.kind.isSearch).toBe(true);
    expect(search.weight.bytes.js).toBeGreaterThan(0);
    expect(search.weight.assets.filter((a) => a.path.startsWith('/pagefind/'))).toEqual([]);
  });

  it('articles send HTML and the favicon only', () => {
    const article = byPath('/causes/overuse/');
    expect(article.weight.assets.map((a) => a.kind)).toEqual(['html', 'image']);
    expect(article.weight.jsBytes).toBe(0);
  });
});
