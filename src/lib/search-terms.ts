/**
 * The words people use for the site's things (src/content/search-terms/*.yaml): checks that
 * every record leads somewhere real, and groups the terms by the page whose index entry they
 * join and by the warning sign whose safety box they bring up. Pure: the build passes in the
 * records and what exists (built pages, sign files).
 */
import type { SearchTermsData } from './content-schemas';
import { english, type Analyzer } from './search-words.ts';
import { paths } from './paths.ts';

export interface SearchTermsEntry {
  /** The file name without its extension. */
  id: string;
  data: SearchTermsData;
}

export const SEARCH_TERMS_FOLDER = 'src/content/search-terms';

/** Where a sign's terms are indexed when the record names no page: the full list of signs. */
export const SIGN_PAGE = paths.whenToSeeADoctor;

const file = (id: string) => `${SEARCH_TERMS_FOLDER}/${id}.yaml`;

/** The page a record's terms are indexed with. */
const termsPage = (data: SearchTermsData): string => data.page ?? SIGN_PAGE;

interface KnownTargets {
  /** Addresses of the built pages ("/questions/heat-or-ice/"); unchecked when absent. */
  pages?: ReadonlySet<string>;
  /** Ids of situations with a tier (src/content/warning-signs/, about-you/); unchecked when absent. */
  signs?: ReadonlySet<string>;
}

/**
 * Throws (failing the build) with one line per problem, each naming the file and the field:
 * a page that is not built, a sign with no file, or a term of filler words only (it would
 * match every search).
 */
export function checkSearchTerms(
  entries: readonly SearchTermsEntry[],
  known: KnownTargets,
  { meaningfulWords }: Analyzer = english,
): void {
  const problems: string[] = [];
  for (const { id, data } of entries) {
    if (known.pages && !known.pages.has(termsPage(data))) {
      problems.push(
        `${file(id)}: page "${termsPage(data)}" is not a page on this site. Use an address such as /questions/heat-or-ice/ (with both slashes).`,
      );
    }
    if (data.sign !== undefined && known.signs && !known.signs.has(data.sign)) {
      problems.push(
        `${file(id)}: sign "${data.sign}" is not a warning sign. Use a file name from src/content/warning-signs/ or src/content/about-you/ (${[...known.signs].sort().join(', ')}).`,
      );
    }
    data.terms.forEach((term, i) => {
      if (meaningfulWords(term).length === 0) {
        problems.push(
          `${file(id)}: terms[${i}] "${term}" has only filler words, so it would match every search. Add the word that matters.`,
        );
      }
    });
  }
  if (problems.length > 0) throw new Error(`Search words:\n${problems.join('\n')}`);
}

/** Terms grouped by the page they are indexed with, each page's terms without repeats. */
export function termsByPage(entries: readonly SearchTermsEntry[]): Map<string, string[]> {
  return group(entries, (data) => termsPage(data));
}

/** Terms grouped by the warning sign they name. */
export function termsBySign(entries: readonly SearchTermsEntry[]): Map<string, string[]> {
  return group(entries, (data) => data.sign);
}

function group(
  entries: readonly SearchTermsEntry[],
  key: (data: SearchTermsData) => string | undefined,
): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const { data } of [...entries].sort((a, b) => a.id.localeCompare(b.id))) {
    const k = key(data);
    if (k === undefined) continue;
    const terms = groups.get(k) ?? [];
    for (const term of data.terms) if (!terms.includes(term)) terms.push(term);
    groups.set(k, terms);
  }
  return groups;
}

export const SPANISH_SEARCH_TERMS_FOLDER = 'src/content/es/search-terms';

/** A Spanish twin of a search-words record: the Spanish words only. */
export interface SpanishTermsEntry {
  id: string;
  data: { terms: readonly string[] };
}

/**
 * The Spanish search words as records: each English record's `page` and `sign` with its twin's
 * Spanish terms (the caller maps the page to its Spanish twin). Throws (failing the build), one
 * line per problem naming the file: an English record with no Spanish twin, a twin with no
 * English record, or a Spanish term of filler words only.
 */
export function spanishSearchTerms(
  englishEntries: readonly SearchTermsEntry[],
  spanishEntries: readonly SpanishTermsEntry[],
  { meaningfulWords }: Analyzer,
): SearchTermsEntry[] {
  const problems: string[] = [];
  const esFile = (id: string) => `${SPANISH_SEARCH_TERMS_FOLDER}/${id}.yaml`;
  const byId = new Map(spanishEntries.map((entry) => [entry.id, entry]));
  const known = new Set(englishEntries.map((entry) => entry.id));
  for (const { id } of spanishEntries) {
    if (!known.has(id)) {
      problems.push(`${esFile(id)}: no English record ${file(id)} to translate.`);
    }
  }
  const out: SearchTermsEntry[] = [];
  for (const { id, data } of englishEntries) {
    const twin = byId.get(id);
    if (!twin) {
      problems.push(
        `${esFile(id)}: missing. Every search-words record needs its Spanish words (terms:).`,
      );
      continue;
    }
    twin.data.terms.forEach((term, i) => {
      if (meaningfulWords(term).length === 0) {
        problems.push(
          `${esFile(id)}: terms[${i}] "${term}" has only filler words, so it would match every search. Add the word that matters.`,
        );
      }
    });
    out.push({ id, data: { ...data, terms: [...twin.data.terms] } });
  }
  if (problems.length > 0) throw new Error(`Spanish search words:\n${problems.join('\n')}`);
  return out;
}
