/**
 * The full-text part of one search (the plan and the ranking are pure, in
 * src/lib/search-fallback.ts): one meaningful word is ranked by Pagefind as typed; two or
 * more are searched one at a time and ranked by their summed scores, which also answers a
 * query no page has every word of. Over every section: the page narrows to one from its data.
 */
import type { PagefindApi, PagefindResult } from './pagefind-client';
import { answerByWords, searchPlan } from '../../lib/search-fallback';
import type { Fallback } from '../../lib/search-results';
import type { Analyzer } from '../../lib/search-analyzer';

export interface FullText {
  /** Every page found, best first. */
  results: PagefindResult[];
  /** Set when no page has every word of the query: the words the results are for. */
  fallback?: Fallback;
}

const eachWord = (pagefind: PagefindApi, words: readonly string[]) =>
  Promise.all(
    words.map(async (word) => ({ word, results: (await pagefind.search(word)).results })),
  );

export async function fullTextSearch(
  pagefind: PagefindApi,
  query: string,
  analyzer: Analyzer,
): Promise<FullText> {
  const plan = searchPlan(query, analyzer);
  // One meaningful word, or only filler words: Pagefind's own ranking, as typed.
  if (!plan.byWords) {
    const typed = (await pagefind.search(plan.query)).results;
    if (typed.length > 0 || plan.each.length === 0) return { results: typed };
  }
  const answer = answerByWords(await eachWord(pagefind, plan.each));
  if (answer.ranked.length === 0) return { results: [] };
  return answer.fallback
    ? { results: answer.ranked, fallback: { words: answer.fallback } }
    : { results: answer.ranked };
}
