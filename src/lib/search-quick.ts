/**
 * First results without the full-text index. The build turns every searchable page's title,
 * description and the words people use for it (its question, the other ways it is asked, its
 * other names and its search words) into stems (`toQuickPage`), and the search page gets them
 * in one small file at load and answers from it at once, even offline, with no stemming of
 * its own but the query's; Pagefind then adds full-text matches below (search-page.ts).
 *
 * Ranking: each meaningful word of the query, as a stem, counts for how rare it is among the
 * pages (log(1 + pages / pages naming it)) times how strongly the page names it (its title a
 * little more than its description). So "Flexeril", "postpartum" or "hamstring", which few
 * pages name, outweigh "back", "spasm" and "pain", which nearly every page does. Words are
 * compared by whole stems, never by prefix: "Flexeril" does not meet "flexor". A search word
 * or phrase (src/content/search-terms/) names its page only when the query has all its words,
 * as it brings up a warning sign's box: "numb inner thigh" is one name, and "thigh" alone
 * does not make the list of warning signs a first result.
 *
 * A page is listed when it names the query's rarest word, or words worth half the query.
 * The first results are only as good as the words this index has, so it answers only when
 * it can judge the query: never for a query made of words most pages share ("back pain"),
 * and a word it does not know counts as a rare word no page here names (the full text may
 * have it). Offline, with no full text to add, `loose` lists every page that names any word.
 * Measured with `npm run search:eval` (docs/benchmarks.md). Pure.
 */
import type { ExcerptPart } from './search-results';
import { words, type Analyzer } from './search-analyzer';

/** One searchable page, as the build gathers it (src/data/get-search-data.ts). */
export interface SearchablePage {
  url: string;
  title: string;
  /** The section label results show ("Exercises"); none for the home page. */
  section?: string;
  description: string;
  /** The question the page answers, in the words people type. */
  question?: string;
  /** Other ways people ask it. */
  askedAs?: readonly string[];
  /** Other names the page gives its topic ("Also called"). */
  alsoCalled?: readonly string[];
  /** The words people use for it (src/content/search-terms/), indexed but not shown. */
  terms?: readonly string[];
}

/** One searchable page as the search page's data file ships it: what its result shows, and its words as stems. */
export interface QuickPage extends Pick<
  SearchablePage,
  'url' | 'title' | 'section' | 'description' | 'question' | 'terms'
> {
  /**
   * The stems of its words, by the weight of the strongest field naming each: `{ "2": "sleep
   * spasm", "1.5": "posit" }` (grouped, as the file is smaller so).
   */
  stems: Record<string, string>;
  /** Each of its search words or phrases, as stems joined by spaces. */
  phrases: string[];
  /** Pagefind's id for the page (its fragment's name), added by the search build step. */
  id?: string;
}

/** What a result is headed with: the question a question page answers (its <h1>), else its title. */
export const resultTitle = (page: Pick<QuickPage, 'question' | 'title'>): string =>
  page.question ?? page.title;

/**
 * How strongly each field names what a page is about. Close together, so that how rare a
 * word is decides more than where the page has it: a rare word in a page's search words
 * outweighs a less rare one in another page's title.
 */
const FIELD_WEIGHTS = {
  title: 2,
  question: 2,
  askedAs: 1.5,
  alsoCalled: 1.5,
  terms: 1.5,
  description: 1,
} as const;

type Field = keyof typeof FIELD_WEIGHTS;

const fieldTexts = (page: SearchablePage): [Exclude<Field, 'terms'>, readonly string[]][] => [
  ['title', [page.title]],
  ['question', page.question ? [page.question] : []],
  ['askedAs', page.askedAs ?? []],
  ['alsoCalled', page.alsoCalled ?? []],
  ['description', [page.description]],
];

/** A page as the data file ships it (at build time: the page script does no stemming of pages). */
export function toQuickPage(
  { askedAs, alsoCalled, ...page }: SearchablePage,
  { stems: stemsOf }: Analyzer,
): QuickPage {
  const weights = new Map<string, number>();
  for (const [field, texts] of fieldTexts({ ...page, askedAs, alsoCalled })) {
    for (const stem of texts.flatMap(stemsOf)) {
      weights.set(stem, Math.max(weights.get(stem) ?? 0, FIELD_WEIGHTS[field]));
    }
  }
  const stems: Record<string, string> = {};
  for (const [stem, weight] of weights) {
    stems[weight] = stems[weight] ? `${stems[weight]} ${stem}` : stem;
  }
  const phrases = (page.terms ?? []).map((term) => stemsOf(term).join(' ')).filter(Boolean);
  return { ...page, stems, phrases: [...new Set(phrases)] };
}

interface IndexedPage {
  /**
   * Its stems by weight, strongest first, each group with a space at both ends (" sleep spasm "),
   * so that a stem is found whole with one `includes`.
   */
  groups: readonly (readonly [weight: number, stems: string])[];
  /** Each of its search words or phrases, as stems: it counts only when all are asked. */
  terms: readonly (readonly string[])[];
}

export interface QuickIndex {
  pages: readonly QuickPage[];
  /** How the pages' language compares words; queries are stemmed with it. */
  analyzer: Analyzer;
  indexed: readonly IndexedPage[];
  /** A stem's rarity, log(1 + pages / pages naming it); undefined when no page names it. */
  rarity: (stem: string) => number | undefined;
}

/** The weight of the strongest field of the page naming `stem`, if any. */
const weightOf = (page: IndexedPage, stem: string): number | undefined =>
  page.groups.find(([, stems]) => stems.includes(` ${stem} `))?.[0];

/**
 * The index over the pages. Cheap to make: it only splits the phrases, and works out a stem's
 * rarity the first time a query asks for it, so the first results of a page opened with a
 * query wait for no index of every word (on a slow phone that took longer than the search).
 */
export function quickIndex(pages: readonly QuickPage[], analyzer: Analyzer): QuickIndex {
  const indexed = pages.map((page): IndexedPage => ({
    groups: Object.entries(page.stems)
      .map(([weight, stems]) => [Number(weight), ` ${stems} `] as const)
      .sort((a, b) => b[0] - a[0]),
    terms: page.phrases.map((phrase) => phrase.split(' ')),
  }));
  const known = new Map<string, number | undefined>();
  const rarity = (stem: string) => {
    if (!known.has(stem)) {
      const count = indexed.filter(
        (page) =>
          weightOf(page, stem) !== undefined || page.terms.some((term) => term.includes(stem)),
      ).length;
      known.set(stem, count === 0 ? undefined : Math.log(1 + pages.length / count));
    }
    return known.get(stem);
  };
  return { pages, analyzer, indexed, rarity };
}

/** The asked stems a page names, each with the weight of the strongest field naming it. */
function namedBy(page: IndexedPage, asked: ReadonlySet<string>): Map<string, number> {
  const named = new Map<string, number>();
  for (const stem of asked) {
    const weight = weightOf(page, stem);
    if (weight !== undefined) named.set(stem, weight);
  }
  for (const term of page.terms) {
    if (!term.every((stem) => asked.has(stem))) continue;
    for (const stem of term) named.set(stem, Math.max(named.get(stem) ?? 0, FIELD_WEIGHTS.terms));
  }
  return named;
}

/** A word more than half the pages name (rarity below log 3) cannot pick a page alone. */
const COMMON_RARITY = Math.log(3);

interface QuickResult {
  page: QuickPage;
  score: number;
}

/**
 * The pages that answer the query from their titles and words alone, best first (see the top
 * of this file for which are listed). `loose`: every page naming any of the query's words.
 */
export function quickSearch(
  index: QuickIndex,
  query: string,
  { loose = false }: { loose?: boolean } = {},
): QuickResult[] {
  const all = index.analyzer.stems(query);
  const asked = all.filter((stem) => index.rarity(stem) !== undefined);
  const rarity = (stem: string) => index.rarity(stem)!;
  if (asked.length === 0) return [];
  if (!loose && asked.every((stem) => rarity(stem) < COMMON_RARITY)) return [];
  // A word no page here names weighs as much as a word one page names.
  const unknown = loose ? 0 : (all.length - asked.length) * Math.log(1 + index.pages.length);
  const total = asked.reduce((sum, stem) => sum + rarity(stem), unknown);
  const rarest = unknown > 0 ? undefined : asked.reduce((a, b) => (rarity(b) > rarity(a) ? b : a));
  const askedSet = new Set(asked);
  const results: QuickResult[] = [];
  index.indexed.forEach((page, i) => {
    const stems = namedBy(page, askedSet);
    let named = 0;
    let score = 0;
    for (const [stem, weight] of stems) {
      named += rarity(stem);
      score += rarity(stem) * weight;
    }
    const listed = loose
      ? named > 0
      : named >= total / 2 || (rarest !== undefined && stems.has(rarest));
    if (listed) results.push({ page: index.pages[i]!, score });
  });
  // Ties by address, compared by code unit: localeCompare would first load the browser's
  // collation data, a cost the first search on a slow phone notices.
  return results.sort(
    (a, b) => b.score - a.score || (a.page.url < b.page.url ? -1 : a.page.url > b.page.url ? 1 : 0),
  );
}

/**
 * A text split into plain and marked parts, marking each word whose stem the query has: the
 * quick result's description shows why it matched, as Pagefind's excerpts do.
 */
export function markStems(text: string, query: string, analyzer: Analyzer): ExcerptPart[] {
  const { isFiller, stem, stems } = analyzer;
  const asked = new Set(stems(query));
  const parts: ExcerptPart[] = [];
  const push = (part: string, marked: boolean) => {
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += part;
    else if (part) parts.push({ text: part, marked });
  };
  // Split with a capture group: the words are the odd pieces, what lies between them the even.
  text.split(/([\p{L}\p{N}'’]+)/u).forEach((piece, i) => {
    const word = i % 2 === 1 ? words(piece)[0] : undefined;
    push(piece, word !== undefined && !isFiller(word) && asked.has(stem(word)));
  });
  return parts;
}
