/**
 * One search as the page shows it: the query as typed, and when that finds nothing, its
 * meaningful words together, then each word on its own ranked by how many words a page
 * matches (the plan and the ranking are pure, in src/lib/search-fallback.ts). Section
 * filters and their counts work the same way in every case.
 */
import { searchWithCounts, type PagefindApi, type PagefindResult } from './pagefind-client';
import {
  FEW_RESULTS,
  fallbackPlan,
  mostWords,
  rankByWordMatches,
  wordsFound,
} from '../../lib/search-fallback';
import type { Fallback } from '../../lib/search-results';

export interface Found {
  /** Results in the chosen section (all sections when none is chosen), best first. */
  results: PagefindResult[];
  /** Results per section, ignoring the chosen one. */
  sectionCounts: Record<string, number>;
  /** Results over all sections. */
  total: number;
  /** Set when the query as typed found nothing and other words were searched instead. */
  fallback?: Fallback;
  /** When few pages had every word: how many did; the rest have most of the words. */
  exact?: number;
}

const SECTION = 'section';

let sectionIds: Promise<Map<string, Set<string>>> | undefined;

/** The ids of each section's pages (a filter-only search per section; no download). */
function sectionMembers(pagefind: PagefindApi): Promise<Map<string, Set<string>>> {
  sectionIds ??= (async () => {
    const values = Object.keys((await pagefind.filters())[SECTION] ?? {});
    const members = await Promise.all(
      values.map(async (value) => {
        const found = await pagefind.search(null, { filters: { [SECTION]: value } });
        return [value, new Set(found.results.map((r) => r.id))] as const;
      }),
    );
    return new Map(members);
  })();
  return sectionIds;
}

async function searchAsTyped(
  pagefind: PagefindApi,
  query: string,
  section: string,
): Promise<Found> {
  const found = await searchWithCounts(
    pagefind,
    query,
    section ? { filters: { [SECTION]: section } } : undefined,
  );
  return {
    results: found.results,
    sectionCounts: found.totalFilters[SECTION] ?? {},
    total: found.unfilteredResultCount,
  };
}

/** Results over all sections, narrowed to `section` with counts per section. */
async function inSections(
  pagefind: PagefindApi,
  ranked: PagefindResult[],
  section: string,
): Promise<Pick<Found, 'results' | 'sectionCounts' | 'total'>> {
  const members = await sectionMembers(pagefind);
  const sectionCounts = Object.fromEntries(
    [...members].map(([value, ids]) => [value, ranked.filter((r) => ids.has(r.id)).length]),
  );
  const inSection = members.get(section);
  return {
    results: section ? ranked.filter((r) => inSection?.has(r.id)) : ranked,
    sectionCounts,
    total: ranked.length,
  };
}

const eachWord = (pagefind: PagefindApi, words: readonly string[]) =>
  Promise.all(
    words.map(async (word) => ({ word, results: (await pagefind.search(word)).results })),
  );

export async function searchWithFallback(
  pagefind: PagefindApi,
  query: string,
  section: string,
): Promise<Found> {
  const plan = fallbackPlan(query);
  // Pagefind wants every word, filler included: "how", "should" and "a" must all be on a
  // page. Filler says nothing about the topic, so it is dropped before searching.
  const typed = await searchAsTyped(pagefind, plan.together ?? query, section);
  if (typed.total >= FEW_RESULTS || (typed.total > 0 && plan.each.length < 2)) return typed;

  const perWord = plan.each.length > 0 ? await eachWord(pagefind, plan.each) : [];
  const ranked = rankByWordMatches(perWord);
  if (typed.total > 0) {
    // Few pages have every word: list the pages with most of the words after them.
    const exact = (await pagefind.search(plan.together ?? query)).results;
    const exactIds = new Set(exact.map((r) => r.id));
    const more = ranked
      .filter((r) => !exactIds.has(r.result.id) && r.words.length >= mostWords(plan.each.length))
      .map((r) => r.result);
    const shown = await inSections(pagefind, [...exact, ...more], section);
    return { ...shown, exact: shown.results.filter((r) => exactIds.has(r.id)).length };
  }
  if (ranked.length > 0) {
    return {
      ...(await inSections(
        pagefind,
        ranked.map((r) => r.result),
        section,
      )),
      fallback: { words: wordsFound(perWord) },
    };
  }
  return typed;
}
