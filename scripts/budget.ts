/**
 * Page-weight budget: `node scripts/budget.ts [dist folder]` (default: $DIST_DIR or dist).
 * Prints, per page, what loading it transfers (gzip, as a static host sends it) and exits
 * with status 1 when a page is over its budget (scripts/budget/page-budget.ts).
 */
import { measureEditor, measureSite } from './budget/measure.ts';
import { BUDGET, KiB } from './budget/page-budget.ts';
import { DIST_DIR } from './shared/dist-dir.ts';

const dist = process.argv[2] ?? DIST_DIR;
const started = performance.now();
const pages = measureSite(dist);

const k = (bytes: number) => (bytes / KiB).toFixed(1);
const rows = pages.map(({ weight: w, problems }) => [
  w.path,
  k(w.bytes.html),
  k(w.bytes.css),
  k(w.jsBytes),
  k(w.bytes.image),
  k(w.bytes.font + w.bytes.other),
  k(w.total),
  String(w.requests),
  problems.length ? 'OVER' : 'ok',
]);
const header = ['Page', 'HTML', 'CSS', 'JS', 'Images', 'Other', 'Total', 'Requests', 'Budget'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');

console.log(`Transfer per page in KiB (gzip as sent; JS includes inline scripts) from ${dist}/\n`);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of rows) console.log(line(row));

const heaviest = pages.reduce((a, b) => (b.weight.total > a.weight.total ? b : a));
const noJs = pages.filter((p) => p.weight.jsBytes === 0);
const heaviestNoJs = noJs.reduce((a, b) => (b.weight.total > a.weight.total ? b : a), noJs[0]!);
const island = pages.filter((p) => p.kind.hasIsland);
console.log(
  `\n${pages.length} pages. Heaviest: ${heaviest.weight.path} ${k(heaviest.weight.total)} KiB` +
    (heaviestNoJs
      ? `; heaviest without JavaScript: ${heaviestNoJs.weight.path} ${k(heaviestNoJs.weight.total)} KiB (budget ${k(BUDGET.pageWithoutJs)})`
      : '') +
    '.',
);
for (const p of island) {
  console.log(
    `Island page ${p.weight.path}: ${k(p.weight.jsBytes)} KiB of JavaScript (budget ${k(BUDGET.islandJs)}): ` +
      p.weight.assets
        .filter((a) => a.kind === 'js')
        .map((a) => `${a.path.replace('/_astro/', '')} ${k(a.bytes)}`)
        .join(', ') +
      `, inline ${k(p.weight.inlineScriptBytes)}; lazy: ${p.weight.lazy.join(', ') || 'none'}.`,
  );
}

const editor = measureEditor(dist);
console.log(
  `Editor ${editor.weight.path} (own budget, loads on no other page): ` +
    `${k(editor.weight.jsBytes)} KiB of JavaScript (budget ${k(BUDGET.editorJs)}), ` +
    `${k(editor.weight.total)} KiB in all; lazy chunks load as the editor needs them.`,
);
for (const problem of editor.problems)
  console.error(`OVER BUDGET ${editor.weight.path}: ${problem}`);

const over = pages.filter((p) => p.problems.length > 0);
for (const p of over) console.error(`OVER BUDGET ${p.weight.path}: ${p.problems.join('; ')}`);
console.log(`Measured in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
process.exitCode = over.length > 0 || editor.problems.length > 0 ? 1 : 0;
