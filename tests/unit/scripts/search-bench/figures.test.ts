import { describe, expect, it } from 'vitest';
import {
  chainDepth,
  median,
  renderPhases,
  renderTable,
  spread,
  type Figures,
} from '../../../../scripts/search-bench/figures';

describe('chainDepth', () => {
  it('counts requests that could only start after another had finished', () => {
    expect(chainDepth([])).toBe(0);
    expect(
      chainDepth([
        { path: '/search/', start: 0, end: 10 },
        // Both start once the document is in: one level.
        { path: '/page.js', start: 11, end: 20 },
        { path: '/pagefind/wasm', start: 11, end: 40 },
        // Starts after the script but before the WebAssembly arrived.
        { path: '/pagefind/index', start: 21, end: 30 },
        { path: '/pagefind/fragment', start: 41, end: 50 },
      ]),
    ).toBe(4);
  });

  it('treats requests in flight together as one level', () => {
    const parallel = [0, 1, 2].map((i) => ({ path: `/${i}`, start: i, end: 100 }));
    expect(chainDepth(parallel)).toBe(1);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('spread', () => {
  it('gives the smallest and the largest sample', () => {
    expect(spread([5, 1, 3])).toEqual([1, 5]);
    expect(spread([])).toEqual([Number.NaN, Number.NaN]);
  });
});

describe('renderPhases', () => {
  it('gives each step its median and spread per build, n/a for a step a build never reached', () => {
    const table = renderPhases([
      {
        label: 'old',
        runs: [
          { html: 200, painted: 900 },
          { html: 210, painted: 1100 },
        ],
      },
      { label: 'new', runs: [{ html: 190, painted: 600, listed: 590 }] },
    ]).split('\n');
    expect(table[0]).toMatch(/old.*new/);
    expect(table.find((l) => l.includes('HTML: last byte'))).toMatch(
      /205 \(200–210\) \|\s+190 \(190–190\) \|$/,
    );
    expect(table.find((l) => l.includes('first results in the list'))).toMatch(
      /n\/a \|\s+590 \(590–590\) \|$/,
    );
    expect(new Set(table.map((l) => l.length)).size).toBe(1);
  });
});

describe('renderTable', () => {
  const figures = (label: string, scale: number): Figures => ({
    label,
    commit: 'abc1234',
    date: '2026-11-29',
    query: 'cramp',
    runs: 1,
    searchBytes: 100 * 1024 * scale,
    searchRequests: 10,
    linkedRequests: 12,
    linkedBytes: 110 * 1024 * scale,
    chainDepth: 8,
    times: {
      phone: { pasted: 2000 * scale, typed: 200, linked: 3000, article: 500 },
      desktop: { pasted: 400, typed: 150, linked: 900, article: 100 },
    },
    click: { withRules: null, withoutRules: 400 },
  });

  it('puts each run in a column, with units', () => {
    const table = renderTable([figures('before', 1), figures('after', 0.5)]).split('\n');
    expect(table[0]).toMatch(/before \(abc1234\).*after \(abc1234\)/);
    expect(table.find((l) => l.includes('One search downloads'))).toMatch(
      /100\.0 KiB \|\s+50\.0 KiB \|$/,
    );
    expect(table.find((l) => l.includes('with rules'))).toMatch(/n\/a \|\s+n\/a \|$/);
    expect(table.find((l) => l.includes('phone: first result ÷ article'))).toMatch(
      /6\.00× \|\s+6\.00× \|$/,
    );
    // Figures saved before a row existed show n/a there.
    expect(table.find((l) => l.includes('Search data file'))).toMatch(/n\/a \|\s+n\/a \|$/);
    expect(new Set(table.map((l) => l.length)).size).toBe(1);
  });

  it('shows the spread beside a median when the run kept it, n/a for a figure not measured', () => {
    const withSpread: Figures = {
      ...figures('after', 1),
      spreads: { phone: { linked: [700, 1300] } },
      times: {
        ...figures('after', 1).times,
        desktop: { ...figures('after', 1).times.desktop, pasted: Number.NaN },
      },
    };
    const table = renderTable([withSpread]).split('\n');
    expect(table.find((l) => l.includes('phone: open /search/?q= → first result'))).toMatch(
      /3000 ms \(700–1300\) \|$/,
    );
    expect(table.find((l) => l.includes('desktop: paste query'))).toMatch(/n\/a \|$/);
  });
});
