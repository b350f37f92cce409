/**
 * No empty results for a query the site can answer. Pagefind returns only pages holding every
 * word of a query, so one word the site never uses ("numb groin and back pain": "groin")
 * empties the list. When the whole query finds nothing, the search page tries, in order:
 *
 *   1. its meaningful words together (filler words such as "my", "and", "the" dropped);
 *   2. each meaningful word (or, if it has none, each word) on its own, ranking pages by how
 *      many of the words they match, then by Pagefind's summed score;
 *
 * and says which words it showed results for. Pure: the page runs the searches.
 */
import { meaningfulWords, words } from './search-words';

export interface FallbackPlan {
  /** Step 1: the meaningful words as one query, when that differs from the query typed. */
  together?: string;
  /** Step 2: the words to search one at a time (empty when there is nothing to try). */
  each: string[];
}

export function fallbackPlan(query: string): FallbackPlan {
  const all = words(query);
  const meaningful = meaningfulWords(query);
  const together = meaningful.join(' ');
  const each = meaningful.length > 0 ? meaningful : [...new Set(all)];
  return {
    ...(meaningful.length > 0 && together !== all.join(' ') && { together }),
    // One word that found nothing as the whole query finds nothing on its own either.
    each: each.length > 1 || (each.length === 1 && each[0] !== all.join(' ')) ? each : [],
  };
}

/**
 * Fewer pages than this with every word, and pages with most of the words are listed after
 * them: a long question ("how long should a pulled back muscle take to heal") often has one
 * exact match that is not the best page.
 */
export const FEW_RESULTS = 3;

/**
 * The least number of words a page must match to be listed after the exact matches: half the
 * words, rounded up, so a page sharing one common word with a long query is left out.
 */
export const mostWords = (wordCount: number): number => Math.ceil(wordCount / 2);

/** What a search returned for one word: results with Pagefind's id and score. */
export interface WordResults<T extends { id: string; score: number }> {
  word: string;
  results: readonly T[];
}

export interface Ranked<T> {
  result: T;
  /** The words this page matched, in the query's order. */
  words: string[];
  score: number;
}

/** Pages that matched any word, most words matched first, then by summed score. */
export function rankByWordMatches<T extends { id: string; score: number }>(
  perWord: readonly WordResults<T>[],
): Ranked<T>[] {
  const pages = new Map<string, Ranked<T>>();
  for (const { word, results } of perWord) {
    for (const result of results) {
      const page = pages.get(result.id) ?? { result, words: [], score: 0 };
      if (!page.words.includes(word)) page.words.push(word);
      page.score += result.score;
      pages.set(result.id, page);
    }
  }
  return [...pages.values()].sort(
    (a, b) =>
      b.words.length - a.words.length ||
      b.score - a.score ||
      a.result.id.localeCompare(b.result.id),
  );
}

/** The words that found at least one page, in the query's order: what results are shown for. */
export const wordsFound = <T extends { id: string; score: number }>(
  perWord: readonly WordResults<T>[],
): string[] => perWord.filter((w) => w.results.length > 0).map((w) => w.word);
