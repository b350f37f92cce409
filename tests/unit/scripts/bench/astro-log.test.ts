import { describe, expect, it } from 'vitest';
import {
  loggedDuration,
  maxRssFromTime,
  pagesBuilt,
  phaseDurations,
} from '../../../../scripts/bench/astro-log';

// Arrival times (ms) of a real build's log lines, as the benchmark stamps them.
const lines = [
  [2850, '20:18:13 [content] Syncing content'],
  [2970, '20:18:14 [content] Synced content'],
  [2980, '20:18:14 [types] Generated 1.32s'],
  [3020, '20:18:14 [build] Building static entrypoints...'],
  [4360, '20:18:15 [vite] ✓ built in 1.25s'],
  [4560, ' generating static routes '],
  [4940, '20:18:16 \u001b[32m✓ Completed in 392ms.\u001b[39m'],
  [4940, '20:18:16 [build] ✓ Completed in 1.92s.'],
  [4960, '20:18:16 [@astrojs/sitemap] `sitemap-index.xml` created at `dist`'],
  [5250, '20:18:16 [site-search-pagefind] Indexed 95 pages into /tmp/x/dist/pagefind'],
  [5260, '20:18:16 [build] 95 page(s) built in 3.62s'],
].map(([at, text]) => ({ at: at as number, text: text as string }));

describe('phaseDurations', () => {
  const phases = Object.fromEntries(phaseDurations(lines, 5400).map((p) => [p.name, p.ms]));

  it('dates the content sync from Astro’s own figure, not the late "Syncing" line', () => {
    expect(phases['startup and config']).toBe(1660);
    expect(phases['content sync and types']).toBe(1320);
  });

  it('splits the rest at well-known lines and sums to the total', () => {
    expect(phases).toMatchObject({
      'build setup': 40,
      'bundle (Vite)': 1540,
      'render pages': 380,
      sitemap: 20,
      'Pagefind index': 290,
      exit: 150,
    });
    expect(Object.values(phases).reduce((a, b) => a + b, 0)).toBe(5400);
  });

  it('gives a missing phase’s time to the next one', () => {
    const withoutSitemap = lines.filter((l) => !l.text.includes('sitemap'));
    const result = phaseDurations(withoutSitemap, 5400);
    expect(result.map((p) => p.name)).not.toContain('sitemap');
    expect(result.find((p) => p.name === 'Pagefind index')?.ms).toBe(310);
  });
});

describe('log figures', () => {
  it('reads durations, page counts and GNU time’s peak memory', () => {
    expect(loggedDuration('[types] Generated 1.32s')).toBe(1320);
    expect(loggedDuration('✓ Completed in 392ms.')).toBe(392);
    expect(pagesBuilt(lines)).toBe(95);
    expect(maxRssFromTime('\tMaximum resident set size (kbytes): 2048\n')).toBe(2097152);
  });
});
