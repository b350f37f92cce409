import { describe, expect, it } from 'vitest';
import { BUDGET, budgetProblems, KiB } from '../../../../scripts/budget/page-budget';
import type { Asset, AssetKind, PageWeight } from '../../../../scripts/budget/page-weight';

function weight(assets: Omit<Asset, 'from'>[], inlineScriptBytes = 0): PageWeight {
  const full = assets.map((a) => ({ ...a, from: 'html' }));
  const bytes = { html: 0, css: 0, js: 0, image: 0, font: 0, other: 0 } as Record<
    AssetKind,
    number
  >;
  for (const a of full) bytes[a.kind] += a.bytes;
  const total = full.reduce((s, a) => s + a.bytes, 0);
  return {
    path: '/p/',
    assets: full,
    bytes,
    total,
    requests: full.length,
    inlineScriptBytes,
    jsBytes: bytes.js + inlineScriptBytes,
    lazy: [],
    offOrigin: [],
    missing: [],
  };
}
const plain = { hasIsland: false, isSearch: false };

describe('budgetProblems', () => {
  it('passes a small page with no JavaScript', () => {
    expect(budgetProblems(weight([{ path: '/p/', kind: 'html', bytes: 6 * KiB }]), plain)).toEqual(
      [],
    );
  });

  it('fails a page over 20 KiB, with fonts, a stylesheet request or any script', () => {
    const heavy = weight([
      { path: '/p/', kind: 'html', bytes: 15 * KiB },
      { path: '/f.woff2', kind: 'font', bytes: 4 * KiB },
      { path: '/s.css', kind: 'css', bytes: 2 * KiB },
    ]);
    expect(budgetProblems(heavy, plain)).toEqual([
      'sends 21.0 KiB of HTML, CSS and images (budget 20.0 KiB)',
      'loads 4.0 KiB of web fonts',
      'requests stylesheets: /s.css',
    ]);
    const inline = weight([{ path: '/p/', kind: 'html', bytes: KiB }], 300);
    expect(budgetProblems(inline, plain)).toEqual([
      'sends 0.3 KiB of JavaScript (pages without an island send none)',
    ]);
  });

  it('allows an island up to 15 KiB of JavaScript', () => {
    const island = (js: number) =>
      weight([
        { path: '/p/', kind: 'html', bytes: 8 * KiB },
        { path: '/_astro/q.js', kind: 'js', bytes: js },
      ]);
    const kind = { hasIsland: true, isSearch: false };
    expect(budgetProblems(island(BUDGET.islandJs), kind)).toEqual([]);
    expect(budgetProblems(island(BUDGET.islandJs + 1), kind)).toHaveLength(1);
  });

  it('counts a search page’s Pagefind preloads apart, against their own budget', () => {
    const search = (pagefindBytes: number) =>
      weight([
        { path: '/search/', kind: 'html', bytes: 5 * KiB },
        { path: '/_astro/s.js', kind: 'js', bytes: 2 * KiB },
        { path: '/pagefind/pagefind.js', kind: 'js', bytes: 3 * KiB },
        { path: '/pagefind/wasm.en.pagefind', kind: 'other', bytes: pagefindBytes - 3 * KiB },
      ]);
    const kind = { hasIsland: false, isSearch: true };
    expect(budgetProblems(search(BUDGET.searchPreload), kind)).toEqual([]);
    expect(budgetProblems(search(BUDGET.searchPreload + KiB), kind)).toEqual([
      `preloads ${(BUDGET.searchPreload / KiB + 1).toFixed(1)} KiB of Pagefind (budget ${(BUDGET.searchPreload / KiB).toFixed(1)} KiB)`,
    ]);
    // Any other page loading Pagefind breaks the plain-page budget.
    expect(budgetProblems(search(BUDGET.searchPreload), plain).length).toBeGreaterThan(0);
  });

  it('fails references to other origins or missing files', () => {
    const w = {
      ...weight([{ path: '/p/', kind: 'html', bytes: KiB }]),
      offOrigin: ['https://x.example/a.js'],
      missing: ['/gone.png'],
    };
    expect(budgetProblems(w, plain)).toEqual([
      'references other origins: https://x.example/a.js',
      'references missing files: /gone.png',
    ]);
  });
});
