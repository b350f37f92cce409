/**
 * Where an `astro build` spends its time, read from its log. Astro prints clock times with
 * one-second resolution, too coarse for small builds, so the benchmark stamps each line as it
 * arrives and this module turns the stamps into phases between well-known log lines.
 */

export interface LogLine {
  /** Milliseconds since the build process started. */
  at: number;
  text: string;
}

export type PhaseName =
  | 'startup and config'
  | 'content sync and types'
  | 'build setup'
  | 'bundle (Vite)'
  | 'render pages'
  | 'sitemap'
  | 'Pagefind index'
  | 'exit';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

export const stripAnsi = (text: string) => text.replace(ANSI, '');

/** "1.32s" or "392ms" at the end of a line, in ms. */
export function loggedDuration(text: string): number | undefined {
  const match = /(\d+(?:\.\d+)?)(ms|s)\.?\s*$/.exec(stripAnsi(text).trim());
  if (!match) return undefined;
  return Number(match[1]) * (match[2] === 's' ? 1000 : 1);
}

/**
 * Durations of each phase in ms; they always sum to `totalMs`.
 *
 * Astro prints "Syncing content" only once the sync is well under way, so the sync's length
 * comes from its own "[types] Generated 1.32s" line and the startup is what came before it.
 * Later phases are the gaps between the arrival times of well-known lines.
 */
export function phaseDurations(lines: readonly LogLine[], totalMs: number) {
  const find = (pattern: RegExp, after = -1) => {
    const i = lines.findIndex((l, n) => n > after && pattern.test(stripAnsi(l.text)));
    return i === -1 ? undefined : i;
  };
  const at = (i: number | undefined) => (i === undefined ? undefined : lines[i]!.at);

  const types = find(/\[types\] Generated/);
  const syncMs = types === undefined ? 0 : (loggedDuration(lines[types]!.text) ?? 0);
  const firstAt = lines[0]?.at ?? totalMs;
  const bundle = find(/Building static entrypoints/);
  const generating = find(/generating static routes/);
  const rendered = generating === undefined ? undefined : find(/✓ Completed in/, generating);
  const sitemap = find(/\[@astrojs\/sitemap\]/);
  const indexed = find(/\[site-search-pagefind\] Indexed/);

  const marks: [PhaseName, number | undefined][] = [
    ['startup and config', Math.max(0, Math.min(firstAt, (at(types) ?? firstAt) - syncMs))],
    ['content sync and types', at(types)],
    ['build setup', at(bundle)],
    ['bundle (Vite)', at(generating)],
    ['render pages', at(rendered)],
    ['sitemap', at(sitemap)],
    ['Pagefind index', at(indexed)],
    ['exit', totalMs],
  ];
  const result: { name: PhaseName; ms: number }[] = [];
  let from = 0;
  for (const [name, end] of marks) {
    // A missing line leaves its phase out; the time falls to the next phase found.
    if (end === undefined) continue;
    result.push({ name, ms: Math.max(0, end - from) });
    from = Math.max(from, end);
  }
  return result;
}

/** "34 page(s) built in 2.30s" → 34. */
export function pagesBuilt(lines: readonly LogLine[]): number | undefined {
  for (const line of lines) {
    const match = /(\d+) page\(s\) built in/.exec(stripAnsi(line.text));
    if (match) return Number(match[1]);
  }
  return undefined;
}

/** GNU time -v: "Maximum resident set size (kbytes): 123456" → bytes. */
export function maxRssFromTime(stderr: string): number | undefined {
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  return match ? Number(match[1]) * 1024 : undefined;
}
