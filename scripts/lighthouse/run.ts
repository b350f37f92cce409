/**
 * Runs Lighthouse (mobile defaults: Moto G Power emulation, simulated slow 4G and 4× CPU
 * slowdown) on each template page, several times, one run at a time against one Chromium.
 */
import lighthouse, { type Flags } from 'lighthouse';
import { launchChrome } from '../shared/chromium.ts';
import {
  CATEGORIES,
  missesOnlyOnTimings,
  pageProblems,
  summarizePage,
  summarizeRun,
  type PageSummary,
  type RunSummary,
} from './assess.ts';
import type { TemplatePage } from './pages.ts';

export interface PageResult {
  page: TemplatePage;
  summary: PageSummary;
  problems: string[];
  seconds: number;
  /** The first batch, when it missed only on timings and a second batch (now `summary`) was run. */
  firstBatch?: { summary: PageSummary; problems: string[] };
}

interface AuditOptions {
  baseUrl: string;
  pages: readonly TemplatePage[];
  runs?: number;
  /** Give a page that misses only on timings one more batch (see missesOnlyOnTimings). */
  retryTimings?: boolean;
  /** Run the home page once first and discard it (default true); only timings need it. */
  warmUp?: boolean;
  /** Lighthouse settings for every run (for example shorter waits when timings are not judged). */
  flags?: Flags;
  onRun?: (page: TemplatePage, run: number, result: RunSummary, seconds: number) => void;
}

/** Harness failures (no measurement at all) are retried; a bad score never is. */
const MAX_ATTEMPTS = 3;

async function runOnce(
  port: number,
  url: string,
  ignoreStatusCode: boolean,
  flags: Flags = {},
): Promise<RunSummary> {
  let summary: RunSummary | undefined;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    summary = await attemptRun(port, url, ignoreStatusCode, flags);
    // NO_NAVSTART and the like: Lighthouse lost the trace, usually on a busy machine.
    if (!summary.runtimeError) return summary;
    console.warn(`Lighthouse ${summary.runtimeError} on ${url} (attempt ${attempt}); retrying`);
  }
  return summary!;
}

async function attemptRun(
  port: number,
  url: string,
  ignoreStatusCode: boolean,
  flags: Flags,
): Promise<RunSummary> {
  const result = await lighthouse(url, {
    onlyCategories: [...CATEGORIES],
    ...flags,
    port,
    output: 'json',
    logLevel: 'error',
    ignoreStatusCode,
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  return summarizeRun(result.lhr);
}

export async function auditPages({
  baseUrl,
  pages,
  runs = 3,
  retryTimings = true,
  warmUp = true,
  flags = {},
  onRun,
}: AuditOptions) {
  const chrome = await launchChrome();
  try {
    // One discarded run first: the first navigation of a fresh browser pays for starting its
    // renderer and font caches, which no visitor's page load includes. Only timings need it.
    if (warmUp) await runOnce(chrome.port, `${baseUrl}/`, false, flags);
    const results: PageResult[] = [];
    const batch = async (page: TemplatePage, first: number) => {
      const summaries: RunSummary[] = [];
      for (let run = first; run < first + runs; run++) {
        const runStarted = performance.now();
        const summary = await runOnce(chrome.port, baseUrl + page.path, page.status === 404, flags);
        summaries.push(summary);
        onRun?.(page, run, summary, (performance.now() - runStarted) / 1000);
      }
      return summarizePage(summaries);
    };
    for (const page of pages) {
      const started = performance.now();
      let summary = await batch(page, 1);
      let firstBatch: PageResult['firstBatch'];
      if (retryTimings && missesOnlyOnTimings(summary, page)) {
        // A fresh batch decides, like a retried timing test; both are reported.
        firstBatch = { summary, problems: pageProblems(summary, page) };
        summary = await batch(page, runs + 1);
      }
      results.push({
        page,
        summary,
        problems: pageProblems(summary, page),
        seconds: (performance.now() - started) / 1000,
        firstBatch,
      });
    }
    return results;
  } finally {
    await chrome.close();
  }
}
