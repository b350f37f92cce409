import { describe, expect, it } from 'vitest';
import type { Result } from 'lighthouse';
import {
  tbtVerdict,
  missesOnlyOnTimings,
  median,
  pageProblems,
  stableProblems,
  summarizePage,
  summarizeRun,
  type RunSummary,
} from '../../../../scripts/lighthouse/assess';

function lhr(overrides: { perf?: number; tbt?: number; failingSeo?: string[] } = {}): Result {
  const audit = (id: string, score: number | null, numericValue?: number, details?: object) => ({
    id,
    score,
    numericValue,
    details,
    title: id,
    description: '',
    scoreDisplayMode: 'numeric',
  });
  const seoAudits = ['is-crawlable', 'canonical', 'http-status-code'];
  const audits = {
    'largest-contentful-paint': audit('largest-contentful-paint', 1, 700),
    'cumulative-layout-shift': audit('cumulative-layout-shift', 1, 0),
    'total-blocking-time': audit(
      'total-blocking-time',
      overrides.tbt ? 0.9 : 1,
      overrides.tbt ?? 0,
    ),
    'first-contentful-paint': audit('first-contentful-paint', 1, 650),
    'network-requests': audit('network-requests', null, undefined, {
      items: [
        { url: 'http://127.0.0.1:9/a/', transferSize: 5000, resourceType: 'Document' },
        { url: 'https://cdn.example/x.js', transferSize: 10, resourceType: 'Script' },
      ],
    }),
    'errors-in-console': audit('errors-in-console', 1, undefined, { items: [] }),
    ...Object.fromEntries(
      seoAudits.map((id) => [id, audit(id, overrides.failingSeo?.includes(id) ? 0 : 1)]),
    ),
  };
  const category = (id: string, score: number, refs: string[]) => ({
    id,
    title: id,
    score,
    auditRefs: refs.map((ref) => ({ id: ref, weight: 1 })),
  });
  return {
    finalDisplayedUrl: 'http://127.0.0.1:9/a/',
    audits,
    categories: {
      performance: category('performance', overrides.perf ?? 1, ['total-blocking-time']),
      accessibility: category('accessibility', 1, []),
      'best-practices': category('best-practices', 1, []),
      seo: category('seo', overrides.failingSeo?.length ? 0.54 : 1, seoAudits),
    },
  } as unknown as Result;
}

describe('summarizeRun', () => {
  it('reads scores, metrics, failing audits and requests', () => {
    const run = summarizeRun(lhr({ perf: 0.99, tbt: 60, failingSeo: ['is-crawlable'] }));
    expect(run.scores).toEqual({
      performance: 0.99,
      accessibility: 1,
      'best-practices': 1,
      seo: 0.54,
    });
    expect([run.lcpMs, run.cls, run.tbtMs, run.fcpMs]).toEqual([700, 0, 60, 650]);
    expect(run.failing.performance).toEqual(['total-blocking-time']);
    expect(run.failing.seo).toEqual(['is-crawlable']);
    expect(run.requests.map((r) => r.path)).toEqual(['/a/', 'https://cdn.example/x.js']);
  });
});

describe('summarizePage', () => {
  it('takes the median of each figure and the audits failing in most runs', () => {
    const runs: RunSummary[] = [
      summarizeRun(lhr({ tbt: 0 })),
      summarizeRun(lhr({ tbt: 90, perf: 0.97 })),
      summarizeRun(lhr({ tbt: 10, perf: 0.99 })),
    ];
    const page = summarizePage(runs);
    expect(page.tbtMs).toBe(10);
    expect(page.scores.performance).toBe(0.99);
    expect(page.failing.performance).toEqual(['total-blocking-time']);
    expect(median([3, 1, 2, 4])).toBe(2.5);
  });
});

describe('pageProblems', () => {
  it('passes a perfect page and names every miss otherwise', () => {
    expect(pageProblems(summarizePage([summarizeRun(lhr())]))).toEqual([]);
    expect(pageProblems(summarizePage([summarizeRun(lhr({ tbt: 80, perf: 0.97 }))]))).toEqual([
      'performance 97: total-blocking-time',
      'TBT 80 ms (limit 0 ms) in a page with JavaScript (80 ms)',
    ]);
  });

  it('accepts only the audits a page is allowed to fail', () => {
    const notFound = summarizePage([
      summarizeRun(lhr({ failingSeo: ['is-crawlable', 'http-status-code'] })),
    ]);
    const allowed = {
      allowedFailures: { seo: { 'is-crawlable': 'noindex', 'http-status-code': '404' } },
    };
    expect(pageProblems(notFound, allowed)).toEqual([]);
    const alsoCanonical = summarizePage([
      summarizeRun(lhr({ failingSeo: ['is-crawlable', 'canonical'] })),
    ]);
    expect(pageProblems(alsoCanonical, allowed)).toEqual(['seo 54: canonical']);
  });

  it('reports but does not judge the timings of a page marked so, and judges the rest', () => {
    const results = { timingsReported: 'its load includes the search' };
    const slow = summarizePage([summarizeRun(lhr({ tbt: 80, perf: 0.97 }))]);
    slow.lcpMs = 1054;
    expect(pageProblems(slow)).toHaveLength(3);
    expect(pageProblems(slow, results)).toEqual([]);
    const noCanonical = summarizePage([summarizeRun(lhr({ tbt: 80, failingSeo: ['canonical'] }))]);
    expect(pageProblems(noCanonical, results)).toEqual(['seo 54: canonical']);
  });
});

describe('stableProblems (what npm test asserts)', () => {
  const page = (o: Parameters<typeof lhr>[0]) => summarizePage([summarizeRun(lhr(o))]);

  it('ignores timings and the performance score they make; the report flags both', () => {
    const slow = page({ tbt: 80, perf: 0.97 });
    expect(stableProblems(slow)).toEqual([]);
    expect(pageProblems(slow)).toEqual([
      'performance 97: total-blocking-time',
      'TBT 80 ms (limit 0 ms) in a page with JavaScript (80 ms)',
    ]);
  });

  it('fails on another score under 100, layout shift, a failing audit or a Lighthouse error', () => {
    const lowAccessibility = page({});
    lowAccessibility.scores.accessibility = 0.98;
    expect(stableProblems(lowAccessibility)).toEqual(['accessibility 98']);
    expect(stableProblems({ ...page({}), cls: 0.02 })).toEqual(['CLS 0.020 (limit 0)']);
    expect(stableProblems(page({ failingSeo: ['canonical'] }))).toEqual(['seo 54: canonical']);
    const errored = page({});
    errored.runs[0]!.runtimeError = 'NO_FCP';
    expect(stableProblems(errored)).toEqual(['Lighthouse errors: NO_FCP']);
  });

  it('scores only the categories the run was asked for, and still fails a low one', () => {
    const noAccessibility = page({});
    noAccessibility.scores.accessibility = null;
    expect(stableProblems(noAccessibility)).toEqual(['accessibility n/a']);
    expect(stableProblems(noAccessibility, {}, ['best-practices', 'seo'])).toEqual([]);
    noAccessibility.scores.seo = 0.9;
    expect(stableProblems(noAccessibility, {}, ['best-practices', 'seo'])).toEqual(['seo 90']);
  });

  it('accepts only the audits a page is allowed to fail', () => {
    const allowed = { allowedFailures: { seo: { 'is-crawlable': 'noindex' } } };
    expect(stableProblems(page({ failingSeo: ['is-crawlable'] }), allowed)).toEqual([]);
    expect(stableProblems(page({ failingSeo: ['is-crawlable', 'canonical'] }), allowed)).toEqual([
      'seo 54: canonical',
    ]);
  });
});

describe('missesOnlyOnTimings', () => {
  it('is true for a miss on TBT alone, false for a pass or any other failure', () => {
    const page = (o: Parameters<typeof lhr>[0]) => summarizePage([summarizeRun(lhr(o))]);
    expect(missesOnlyOnTimings(page({ tbt: 30, perf: 0.99 }))).toBe(true);
    expect(missesOnlyOnTimings(page({}))).toBe(false);
    expect(missesOnlyOnTimings(page({ tbt: 30, failingSeo: ['canonical'] }))).toBe(false);
    const shifted = { ...page({}), cls: 0.1 };
    expect(missesOnlyOnTimings(shifted)).toBe(false);
  });
});

describe('tbtVerdict', () => {
  const run = (tbtMs: number, script = false): RunSummary => {
    const base = summarizeRun(lhr({ tbt: tbtMs }));
    const requests = base.requests.filter((r) => r.resourceType !== 'Script');
    if (script)
      requests.push({ path: '/_astro/q.js', url: '', transferSize: 1, resourceType: 'Script' });
    return { ...base, requests };
  };
  const noJs = { shipsJavaScript: false };

  it('passes a median of 0 ms on any page', () => {
    expect(tbtVerdict([run(0), run(30), run(0)])).toEqual({ ok: true, why: '' });
  });

  it('notes up to 50 ms on a page with no JavaScript: the browser’s own work', () => {
    const verdict = tbtVerdict([run(20), run(30), run(10)], noJs);
    expect(verdict.ok).toBe(true);
    expect(verdict.note).toMatch(/TBT median 20 ms over 3 runs \(20, 30, 10 ms\)/);
  });

  it('allows nothing on a page with JavaScript, or more than 50 ms without', () => {
    expect(tbtVerdict([run(20), run(30), run(10)])).toMatchObject({ ok: false });
    expect(tbtVerdict([run(20), run(30), run(10)], { shipsJavaScript: true })).toMatchObject({
      ok: false,
      why: ' in a page with JavaScript (20, 30, 10 ms)',
    });
    // A script request contradicts "no JavaScript": no allowance either.
    expect(tbtVerdict([run(20, true), run(30), run(10)], noJs)).toMatchObject({ ok: false });
    expect(tbtVerdict([run(60), run(80), run(10)], noJs)).toMatchObject({
      ok: false,
      why: ': over 50 ms with no JavaScript on the page (60, 80, 10 ms)',
    });
  });
});
