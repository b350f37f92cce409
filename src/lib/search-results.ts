/**
 * Pure helpers for showing Pagefind results: safe excerpt pieces, the sentence the live
 * region announces (in the words of the page's language), and the order of the section filters.
 */
import { fill } from './words/fill.ts';
import type { SearchMessages } from './words/types.ts';

export interface ExcerptPart {
  text: string;
  /** True for words that matched the query (Pagefind wraps them in <mark>). */
  marked: boolean;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
  '&nbsp;': ' ',
};

function decodeEntities(text: string): string {
  return text.replace(
    /&(?:amp|lt|gt|quot|nbsp|#39|#x27);/g,
    (entity) => ENTITIES[entity] ?? entity,
  );
}

/**
 * Splits Pagefind's excerpt HTML into plain text and marked pieces. The page builds the
 * excerpt with text nodes and <mark> elements from these, never with innerHTML, so nothing in
 * an indexed page can ever inject markup into the search page.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>(.*?)<\/mark>/gs;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last) parts.push(plain(excerpt.slice(last, match.index)));
    parts.push({ text: decodeEntities(stripTags(match[1] ?? '')), marked: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) parts.push(plain(excerpt.slice(last)));
  return parts.filter((part) => part.text.length > 0);
}

function plain(html: string): ExcerptPart {
  return { text: decodeEntities(stripTags(html)), marked: false };
}

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, '');
}

const plural = (count: number, forms: { one: string; other: string }) =>
  count === 1 ? forms.one : forms.other;

const quoted = (word: string, text: SearchMessages) => fill(text.quotedWord, { word });

/** The sentence the live region reads out after each search. */
export function resultCountMessage(
  count: number,
  query: string,
  section: string,
  text: SearchMessages,
): string {
  const slots = { count, query: quoted(query, text), section };
  if (count === 0) return fill(section ? text.noResultsInSection : text.noResults, slots);
  return fill(plural(count, section ? text.resultsInSection : text.results), slots);
}

/** How a query that found nothing as typed was answered instead (src/lib/search-fallback.ts). */
export interface Fallback {
  /** The words that found pages; each result has at least one of them. */
  words: string[];
}

/** The sentence the live region reads out when results are for some of the words typed. */
export function fallbackMessage(
  count: number,
  query: string,
  fallback: Fallback,
  section: string,
  text: SearchMessages,
): string {
  const words = fallback.words.map((w) => quoted(w, text)).join(text.wordJoin);
  const slots = { count, words, section };
  const found =
    count === 0
      ? fill(section ? text.fallbackNoneInSection : text.fallbackNone, slots)
      : fill(plural(count, section ? text.fallbackFoundInSection : text.fallbackFound), slots);
  return `${fill(text.fallbackLead, { query: quoted(query, text) })} ${found}`;
}

/**
 * Orders filter values the way the site's navigation does (`preferred`, from
 * src/lib/sections.ts), then any other values (About, Where to start, ...) alphabetically.
 */
export function orderFilterValues(
  values: Iterable<string>,
  preferred: readonly string[],
): string[] {
  const unique = [...new Set(values)];
  const known = preferred.filter((label) => unique.includes(label));
  // By code unit, not localeCompare: the collation data it loads first delays the first
  // results' paint on a slow phone, and these few labels start with plain letters.
  const others = unique.filter((v) => !preferred.includes(v)).sort();
  return [...known, ...others];
}

/** The section label a result shows; pages outside any section still get a plain label. */
export function resultSectionLabel(
  meta: Record<string, string | undefined>,
  url: string,
  text: Pick<SearchMessages, 'homePage' | 'general'>,
): string {
  const section = meta.section?.trim();
  if (section) return section;
  return url === '/' || url === '/es/' ? text.homePage : text.general;
}
