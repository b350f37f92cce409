/**
 * Words of a search query, as the search page compares them: lower case, without accents or
 * apostrophes ("can't" is "cant", "riñones" is "rinones"), split on anything that is not a
 * letter or digit. An analyzer per language then drops filler words and stems the rest, so that
 * "numbness" meets "numb" and "cramping" meets "cramp": English's is in ./search-words.ts,
 * Spanish's in ./search-words-es.ts, and this file imports neither, so each search page ships
 * its own language's stemmer and filler words only.
 *
 * Pure; used in the browser by the search pages and at build time for the search data.
 */

/** The query's words, lower case, without accents, in order, repeats kept. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** How one language's search compares words. */
export interface Analyzer {
  lang: 'en' | 'es';
  /** True for a filler word ("the", "for"; "de", "los"). */
  isFiller: (word: string) => boolean;
  /** A word's stem ("cramping" → "cramp"). */
  stem: (word: string) => string;
  /** The words that carry meaning, in order, without repeats. */
  meaningfulWords: (text: string) => string[];
  /** The stems of a text's meaningful words, without repeats. */
  stems: (text: string) => string[];
}

/** An analyzer from a language's filler words (written as `words` writes them) and stemmer. */
export function analyzer(
  lang: Analyzer['lang'],
  filler: ReadonlySet<string>,
  stem: (word: string) => string,
): Analyzer {
  const isFiller = (word: string) => filler.has(word);
  const meaningfulWords = (text: string) => [
    ...new Set(words(text).filter((word) => !isFiller(word))),
  ];
  return {
    lang,
    isFiller,
    stem,
    meaningfulWords,
    stems: (text) => [...new Set(meaningfulWords(text).map(stem))],
  };
}
