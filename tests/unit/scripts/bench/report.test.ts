import { describe, expect, it } from 'vitest';
import {
  END,
  START,
  growthVerdict,
  marginalCost,
  replaceBetweenMarkers,
  type BenchResult,
} from '../../../../scripts/bench/report';

const result = (articles: number, seconds: number): BenchResult => ({
  articles,
  seconds,
  wordsPerArticle: 600,
  pages: articles + 35,
  pagesPerSecond: (articles + 35) / seconds,
  maxRssBytes: undefined,
  treePeakBytes: 0,
  pagefindBytes: 0,
  pagefindFiles: 0,
  distBytes: 0,
  warnings: 0,
  phases: [],
});

describe('growth', () => {
  it('computes the cost of each extra article between sizes', () => {
    expect(marginalCost([result(100, 10), result(1000, 28)])).toEqual([
      { from: 100, to: 1000, msPerArticle: 20 },
    ]);
  });

  it('calls steady marginal cost linear and a rising one faster than linear', () => {
    expect(growthVerdict([result(100, 10), result(1000, 28), result(5000, 108)])).toMatch(
      /about linear/,
    );
    expect(growthVerdict([result(100, 10), result(1000, 28), result(5000, 208)])).toMatch(
      /faster than linear/,
    );
  });
});

describe('replaceBetweenMarkers', () => {
  it('replaces only the generated block and keeps the written analysis', () => {
    const doc = `# Title\n\nIntro.\n\n${START}\nold\n${END}\n\n## Notes\n\nKept.\n`;
    const next = replaceBetweenMarkers(doc, `${START}\nnew\n${END}`);
    expect(next).toBe(`# Title\n\nIntro.\n\n${START}\nnew\n${END}\n\n## Notes\n\nKept.\n`);
  });

  it('appends the block to a document without markers', () => {
    expect(replaceBetweenMarkers('', `${START}\nx\n${END}`)).toBe(
      `# Build benchmarks\n\n${START}\nx\n${END}\n`,
    );
  });
});
