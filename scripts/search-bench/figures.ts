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
  /** Bytes on the wire of the page a header search opens (with its data, when inside). */
  documentBytes?: number;
  /** Every request of a cold header search (`?q=`) load, the document included. */
  linkedRequests: number;
  linkedBytes: number;
  chainDepth: number;
  /**
   * Median milliseconds per profile. `linked`: opening a header search's address (`?q=`) to its
   * first result;
   * `linkedAll`: to the search being complete, full-text results included (absent in runs
   * saved before the first results came from the search data).
   */
  times: Record<
    'phone' | 'desktop',
    { pasted: number; typed: number; linked: number; linkedAll?: number; article: number }
  >;
  /** Smallest and largest sample of each time in `times` (absent in older saved runs). */
  spreads?: Partial<Record<'phone' | 'desktop', Partial<Record<TimeKey, [number, number]>>>>;
  /** Click on a link to the next page painted, phone profile, with and without the rules. */
  click: { withRules: number | null; withoutRules: number };
  /** The steps of each cold header search (`?q=`) load on the phone profile (absent in older runs). */
  phases?: Phases[];
}

type TimeKey = 'pasted' | 'typed' | 'linked' | 'linkedAll' | 'article';

const kib = (bytes: number | undefined) =>
  bytes === undefined ? 'n/a' : `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value: number | null | undefined, range?: [number, number]) =>
  value === null || value === undefined || Number.isNaN(value)
    ? 'n/a'
    : `${Math.round(value)} ms${range ? ` (${Math.round(range[0])}–${Math.round(range[1])})` : ''}`;
const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : 'n/a');

/** The rows of the before/after table: label, then one formatted cell per run. */
function tableRows(runs: readonly Figures[]): string[][] {
  const row = (label: string, cell: (f: Figures) => string) => [label, ...runs.map(cell)];
  const rows = [
    row('One search downloads (Pagefind files)', (f) => kib(f.searchBytes)),
    row('Pagefind requests for one search', (f) => String(f.searchRequests)),
    row('Search data file fetched (first results, safety boxes)', (f) => kib(f.dataBytes)),
    row('Header search page (with its data, when inside)', (f) => kib(f.documentBytes)),
    row('Cold header search (?q=) load: all requests', (f) => String(f.linkedRequests)),
    row('Cold header search (?q=) load: all bytes', (f) => kib(f.linkedBytes)),
    row('Request chain depth (document = 1)', (f) => String(f.chainDepth)),
  ];
  for (const profile of ['phone', 'desktop'] as const) {
    const time = (key: TimeKey) => (f: Figures) =>
      ms(f.times[profile][key], f.spreads?.[profile]?.[key]);
    rows.push(
      row(`${profile}: paste query → results`, time('pasted')),
      row(`${profile}: typing, last key → its results`, time('typed')),
      row(`${profile}: header search ?q= → first result`, time('linked')),
      row(`${profile}: header search ?q= → search complete`, time('linkedAll')),
      row(`${profile}: article first paint (reference)`, time('article')),
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

/** Smallest and largest of the samples: the spread reported beside each median. */
export const spread = (values: readonly number[]): [number, number] =>
  values.length === 0 ? [Number.NaN, Number.NaN] : [Math.min(...values), Math.max(...values)];

/**
 * Where the time to a first result goes on one cold header search (`?q=`) load, each a time since
 * navigation start (ms), read in the page: from Navigation and Resource Timing, the paint
 * timings, and the User Timing marks the page script sets (SEARCH_MARKS). A step the page did
 * not reach (an older build without marks) is absent.
 */
export interface Phases {
  /** The page's HTML: its last byte. */
  html?: number;
  /** The page's first paint. */
  firstPaint?: number;
  /** The HTML parsed (DOMContentLoaded). */
  parsed?: number;
  /** The page's scripts (its own and the chunks they import): first asked for, last byte in. */
  scriptAsked?: number;
  scriptIn?: number;
  /** The search data file: asked for, last byte in. */
  dataAsked?: number;
  dataIn?: number;
  /** The page script starts running; the data is parsed and ready; first results listed. */
  scriptRuns?: number;
  dataReady?: number;
  listed?: number;
  /** The frame that paints the first result. */
  painted?: number;
}

const PHASE_LABELS: [keyof Phases, string][] = [
  ['html', 'HTML: last byte'],
  ['firstPaint', 'page: first paint'],
  ['parsed', 'HTML parsed (DOMContentLoaded)'],
  ['scriptAsked', 'page scripts: asked for'],
  ['scriptIn', 'page scripts: last byte'],
  ['dataAsked', 'search data: asked for'],
  ['dataIn', 'search data: last byte'],
  ['scriptRuns', 'page script runs'],
  ['dataReady', 'search data parsed, index ready'],
  ['listed', 'first results in the list'],
  ['painted', 'first result painted'],
];

/**
 * A Markdown table of the steps of a cold header search (`?q=`) load: per build, the median time since
 * navigation start and the spread (smallest–largest) over the runs.
 */
export function renderPhases(builds: readonly { label: string; runs: readonly Phases[] }[]) {
  const header = ['step (ms since navigation start)', ...builds.map((b) => b.label)];
  const cell = (runs: readonly Phases[], key: keyof Phases) => {
    const values = runs.map((r) => r[key]).filter((v): v is number => v !== undefined);
    if (values.length === 0) return 'n/a';
    const [low, high] = spread(values);
    return `${Math.round(median(values))} (${Math.round(low)}–${Math.round(high)})`;
  };
  const rows = PHASE_LABELS.map(([key, label]) => [label, ...builds.map((b) => cell(b.runs, key))]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
