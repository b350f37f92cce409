/**
 * Transfer budgets per page (issue 6), checked by tests/build/budget.test.ts and printed by
 * scripts/budget.ts. Reference Astro sites send 60 to 95 KiB per article page; these limits
 * keep this one far below that.
 */
import type { PageWeight } from './page-weight.ts';

export const KiB = 1024;

export const BUDGET = {
  /** HTML, CSS, images (and anything else) of a page, JavaScript aside. */
  pageWithoutJs: 20 * KiB,
  /** The quiz page: Preact, the island, Astro's loader and inline scripts, gzipped. */
  islandJs: 15 * KiB,
  /** The search page's own script before a search; Pagefind loads only when used. */
  searchJs: 6 * KiB,
} as const;

export interface PageKind {
  /** The page hydrates an island (<astro-island>). */
  hasIsland: boolean;
  /** The search page, which may run its own small script. */
  isSearch: boolean;
}

const kib = (bytes: number) => `${(bytes / KiB).toFixed(1)} KiB`;

/** Every way a page breaks its budget, in words; empty when it is within budget. */
export function budgetProblems(weight: PageWeight, kind: PageKind): string[] {
  const problems: string[] = [];
  const nonJs = weight.total - weight.bytes.js;
  if (nonJs > BUDGET.pageWithoutJs) {
    problems.push(
      `sends ${kib(nonJs)} of HTML, CSS and images (budget ${kib(BUDGET.pageWithoutJs)})`,
    );
  }
  if (weight.bytes.font > 0) problems.push(`loads ${kib(weight.bytes.font)} of web fonts`);
  const stylesheets = weight.assets.filter((a) => a.kind === 'css');
  if (stylesheets.length > 0) {
    // Stylesheets are inlined (build.inlineStylesheets): a <link> would block rendering.
    problems.push(`requests stylesheets: ${stylesheets.map((a) => a.path).join(', ')}`);
  }
  if (weight.offOrigin.length > 0)
    problems.push(`references other origins: ${weight.offOrigin.join(', ')}`);
  if (weight.missing.length > 0)
    problems.push(`references missing files: ${weight.missing.join(', ')}`);

  const js = weight.jsBytes;
  if (kind.hasIsland) {
    if (js > BUDGET.islandJs)
      problems.push(`sends ${kib(js)} of JavaScript (budget ${kib(BUDGET.islandJs)})`);
  } else if (kind.isSearch) {
    if (js > BUDGET.searchJs)
      problems.push(
        `sends ${kib(js)} of JavaScript before a search (budget ${kib(BUDGET.searchJs)})`,
      );
    const early = weight.assets.filter((a) => a.path.startsWith('/pagefind/'));
    if (early.length > 0)
      problems.push(`loads Pagefind before a search: ${early.map((a) => a.path).join(', ')}`);
  } else if (js > 0) {
    problems.push(`sends ${kib(js)} of JavaScript (pages without an island send none)`);
  }
  return problems;
}
