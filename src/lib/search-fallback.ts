/**
 * How a query of several words is answered. Pagefind returns only pages holding every word,
 * ranked by how often and where they use them, so a long question ("is walking good for a
 * back spasm") ranks pages by the common words it is full of, and one word the site never
 * uses ("numb groin and back pain": "groin") empties the list. So the search page:
 *
 *   1. drops filler words ("is", "for", "a");
 *   2. with one meaningful word left, lets Pagefind rank the query as it is;
 *   3. with two or more, searches each word on its own and ranks every page by the sum of
 *      its scores for the words it has (`rankByWords`). Pagefind's score for one word
 *      already weighs how rare the word is (BM25), so "walking" counts for about twenty
 *      times what "back" does on this site: pages with every word come first when they use
 *      the query's rare words, and a page that answers the rare words well can pass one that
 *      only adds a common word;
 *   4. when no page has every word, says which words it showed results for.
 *
 * Measured with `npm run search:eval` (docs/benchmarks.md, "Search quality"): against
 * "exact matches first, then pages with most words when fewer than 3 have every word", this
 * put a fitting page in the top 3 for 5 more of 58 held-out phrasings and 2 more of the 159
 * it was tuned on. Pure: the page runs the searches.
 */
import { words, type Analyzer } from './search-analyzer';

interface SearchPlan {
  /** What to search as one query: the meaningful words, or the query when it has none. */
  query: string;
  /**
   * The words to search one at a time: the meaningful words, or every word of a query that
   * is only filler (tried only when that finds nothing). Empty for a single word.
   */
  each: string[];
  /** True when `each` are two or more meaningful words: always rank by words. */
  byWords: boolean;
}

export function searchPlan(query: string, { meaningfulWords }: Analyzer): SearchPlan {
  const all = words(query);
  const meaningful = meaningfulWords(query);
  const each = meaningful.length > 0 ? meaningful : [...new Set(all)];
  return {
    query: meaningful.length > 0 ? meaningful.join(' ') : query,
    // One word that found nothing as the whole query finds nothing on its own either.
    each: each.length > 1 || (each.length === 1 && each[0] !== all.join(' ')) ? each : [],
    byWords: meaningful.length > 1,
  };
}

/**
 * The least number of words a page without every word must match to be listed among pages
 * that have them: half the words, rounded up, so a page sharing one common word with a long
 * query is left out.
 */
export const mostWords = (wordCount: number): number => Math.ceil(wordCount / 2);

/** What a search returned for one word: results with Pagefind's id and score. */
interface WordResults<T extends { id: string; score: number }> {
  word: string;
  results: readonly T[];
}

interface Ranked<T> {
  result: T;
  /** The words this page matched, in the query's order. */
  words: string[];
  /** The sum of Pagefind's scores for those words. */
  score: number;
}

/** Pages that matched any word, by the sum of their scores for each word (see above). */
export function rankByWords<T extends { id: string; score: number }>(
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
    (a, b) => b.score - a.score || a.result.id.localeCompare(b.result.id),
  );
}

/** The words that found at least one page, in the query's order: what results are shown for. */
export const wordsFound = <T extends { id: string; score: number }>(
  perWord: readonly WordResults<T>[],
): string[] => perWord.filter((w) => w.results.length > 0).map((w) => w.word);

export interface WordsAnswer<T> {
  /** The pages to list, best first. */
  ranked: T[];
  /** Which of them have every word (as Pagefind would have found with all of them at once). */
  exact: Set<string>;
  /** Set when no page has every word: the words the results are for. */
  fallback?: string[];
}

/**
 * The pages to list for a query searched word by word: every page with all the words, and
 * pages with most of them, in `rankByWords` order; when no page has every word, every page
 * with any of them.
 */
export function answerByWords<T extends { id: string; score: number }>(
  perWord: readonly WordResults<T>[],
): WordsAnswer<T> {
  const ranked = rankByWords(perWord);
  const exact = new Set(
    ranked.filter((r) => r.words.length === perWord.length).map((r) => r.result.id),
  );
  if (exact.size === 0) {
    return { ranked: ranked.map((r) => r.result), exact, fallback: wordsFound(perWord) };
  }
  const least = mostWords(perWord.length);
  return {
    ranked: ranked
      .filter((r) => exact.has(r.result.id) || r.words.length >= least)
      .map((r) => r.result),
    exact,
  };
}
