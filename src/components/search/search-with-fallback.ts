/**
 * One search as the page shows it (the plan and the ranking are pure, in
 * src/lib/search-fallback.ts): one meaningful word is ranked by Pagefind as typed; two or
 * more are searched one at a time and ranked by their summed scores, which also answers a
 * query no page has every word of. Section filters and their counts work the same way in
 * every case.
 */
import { searchWithCounts, type PagefindApi, type PagefindResult } from './pagefind-client';
import { answerByWords, searchPlan, type WordsAnswer } from '../../lib/search-fallback';
import type { Fallback } from '../../lib/search-results';

interface Found {
  /** Results in the chosen section (all sections when none is chosen), best first. */
  results: PagefindResult[];
  /** Results per section, ignoring the chosen one. */
  sectionCounts: Record<string, number>;
  /** Results over all sections. */
  total: number;
  /** Set when the query as typed found nothing and other words were searched instead. */
  fallback?: Fallback;
  /** When the results mix pages with every word and pages with most: how many have every word. */
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

/** A words answer as the page shows it: narrowed to `section`, saying what it is for. */
async function shown(
  pagefind: PagefindApi,
  answer: WordsAnswer<PagefindResult>,
  section: string,
): Promise<Found> {
  const inSection = await inSections(pagefind, answer.ranked, section);
  if (answer.fallback) return { ...inSection, fallback: { words: answer.fallback } };
  const exact = inSection.results.filter((r) => answer.exact.has(r.id)).length;
  return exact < inSection.results.length ? { ...inSection, exact } : inSection;
}

export async function searchWithFallback(
  pagefind: PagefindApi,
  query: string,
  section: string,
): Promise<Found> {
  const plan = searchPlan(query);
  // One meaningful word, or only filler words: Pagefind's own ranking, as typed.
  const typed = plan.byWords ? undefined : await searchAsTyped(pagefind, plan.query, section);
  if (typed && (typed.total > 0 || plan.each.length === 0)) return typed;
  const answer = answerByWords(await eachWord(pagefind, plan.each));
  if (answer.ranked.length === 0) return typed ?? searchAsTyped(pagefind, plan.query, section);
  return shown(pagefind, answer, section);
}
