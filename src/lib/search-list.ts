/**
 * The list the search page shows: first results from its own data (search-quick.ts), then
 * the full-text results Pagefind adds, each page once. Pagefind's results come after the first
 * ones, never between them, so nothing the visitor is reading moves when they arrive. Section
 * filters and counts are worked out here from each page's section in the data, so a search
 * needs no filter index. Pure.
 */
import type { QuickPage } from './search-quick';

export interface ListItem<T> {
  /** The page, from the search data (unknown only for a page the data file lacks). */
  page?: QuickPage;
  /** The full-text result, for a page only full-text search found: its excerpt is fetched. */
  full?: T;
}

/** First results in their order, then each full-text result not among them, in its order. */
export function mergeResults<T extends { id: string }>(
  first: readonly QuickPage[],
  full: readonly T[],
  pagesById: ReadonlyMap<string, QuickPage>,
): ListItem<T>[] {
  const listed = new Set(first.map((page) => page.id));
  return [
    ...first.map((page) => ({ page })),
    ...full
      .filter((result) => !listed.has(result.id))
      .map((result) => ({
        page: pagesById.get(result.id),
        full: result,
      })),
  ];
}

/** The items in `section` (every item when none is chosen). */
export const inSection = <T>(items: readonly ListItem<T>[], section: string): ListItem<T>[] =>
  section ? items.filter((item) => item.page?.section === section) : [...items];

/** How many items each section has; pages outside a section are counted in none. */
export function sectionCounts<T>(items: readonly ListItem<T>[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { page } of items) {
    if (page?.section) counts[page.section] = (counts[page.section] ?? 0) + 1;
  }
  return counts;
}
