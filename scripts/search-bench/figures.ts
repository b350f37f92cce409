/**
 * Pure helpers of the search benchmark (scripts/search-bench.ts): the request chain, medians
 * and the before/after table. No browser here, so unit tests can check the arithmetic.
 */

/** One network request: when the page asked for it and when its last byte arrived (ms). */
export interface Timed {
  path: string;
  start: number;
  end: number;
}

/**
 * Length of the longest chain of requests that waited on each other. A request counts as
 * waiting on every request that had finished before it was asked for (the document is 1,
 * what the document references 2, and so on). That is what a browser sees: it cannot know
 * an address before the response that names it has arrived.
 */
export function chainDepth(requests: readonly Timed[]): number {
  const sorted = [...requests].sort((a, b) => a.start - b.start);
  const depth: number[] = [];
  sorted.forEach((request, i) => {
    let before = 0;
    for (let j = 0; j < i; j++) {
      if (sorted[j]!.end <= request.start) before = Math.max(before, depth[j]!);
    }
    depth.push(before + 1);
  });
  return Math.max(0, ...depth);
}

export const median = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Everything one benchmark run reports, saved as JSON to compare a later run against. */
export interface Figures {
  label: string;
  commit: string;
  date: string;
  query: string;
  runs: number;
  /** Bytes on the wire of one search's Pagefind files (cold cache), and their count. */
  searchBytes: number;
  searchRequests: number;
  /** Bytes on the wire of the search page's data file (first results, safety boxes), if any. */
  dataBytes?: number;
  /** Every request of a cold `/search/?q=` load, the document included. */
  linkedRequests: number;
  linkedBytes: number;
  chainDepth: number;
  /**
   * Median milliseconds per profile. `linked`: opening `/search/?q=` to its first result;
   * `linkedAll`: to the search being complete, full-text results included (absent in runs
   * saved before the first results came from the search data).
   */
  times: Record<
    'phone' | 'desktop',
    { pasted: number; typed: number; linked: number; linkedAll?: number; article: number }
  >;
  /** Click on a link to the next page painted, phone profile, with and without the rules. */
  click: { withRules: number | null; withoutRules: number };
}

const kib = (bytes: number | undefined) =>
  bytes === undefined ? 'n/a' : `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value: number | null | undefined) =>
  value === null || value === undefined ? 'n/a' : `${Math.round(value)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

/** The rows of the before/after table: label, then one formatted cell per run. */
function tableRows(runs: readonly Figures[]): string[][] {
  const row = (label: string, cell: (f: Figures) => string) => [label, ...runs.map(cell)];
  const rows = [
    row('One search downloads (Pagefind files)', (f) => kib(f.searchBytes)),
    row('Pagefind requests for one search', (f) => String(f.searchRequests)),
    row('Search data file (first results, safety boxes)', (f) => kib(f.dataBytes)),
    row('Cold /search/?q= load: all requests', (f) => String(f.linkedRequests)),
    row('Cold /search/?q= load: all bytes', (f) => kib(f.linkedBytes)),
    row('Request chain depth (document = 1)', (f) => String(f.chainDepth)),
  ];
  for (const profile of ['phone', 'desktop'] as const) {
    rows.push(
      row(`${profile}: paste query → results`, (f) => ms(f.times[profile].pasted)),
      row(`${profile}: typing, last key → its results`, (f) => ms(f.times[profile].typed)),
      row(`${profile}: open /search/?q= → first result`, (f) => ms(f.times[profile].linked)),
      row(`${profile}: open /search/?q= → search complete`, (f) => ms(f.times[profile].linkedAll)),
      row(`${profile}: article first paint (reference)`, (f) => ms(f.times[profile].article)),
      row(`${profile}: first result ÷ article first paint`, (f) =>
        ratio(f.times[profile].linked, f.times[profile].article),
      ),
    );
  }
  rows.push(
    row('phone: tap a link → next page painted, no rules', (f) => ms(f.click.withoutRules)),
    row('phone: tap a link → next page painted, with rules', (f) => ms(f.click.withRules)),
  );
  return rows;
}

/** A Markdown table (also readable in a terminal). */
export function renderTable(runs: readonly Figures[]): string {
  const header = ['', ...runs.map((f) => `${f.label} (${f.commit})`)];
  const rows = tableRows(runs);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
