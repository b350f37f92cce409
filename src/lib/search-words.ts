/**
 * Words of a search query, as the search page compares them: lower case, without accents or
 * apostrophes ("can't" is "cant"), split on anything that is not a letter or digit. Stems
 * (Porter's, from the `stemmer` package) let "numbness" meet "numb" and "cramping" meet
 * "cramp". Filler words come from the `stopword` package's English list, except a few that
 * carry meaning in how people describe back pain ("both legs", "threw my back out").
 *
 * Pure; used in the browser by the search page and at build time for the warning-sign terms.
 */
import { stemmer } from 'stemmer';
import { eng } from 'stopword';

/** Words the English stop list drops that change what a back-pain query means. */
const MEANINGFUL = new Set(['both', 'out', 'up', 'over', 'under', 'never', 'very']);

const FILLER = new Set(eng.filter((word) => !MEANINGFUL.has(word)));

/** The query's words, lower case, in order, repeats kept. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export const isFiller = (word: string): boolean => FILLER.has(word);

/** The words that carry meaning, in order, without repeats. */
export function meaningfulWords(text: string): string[] {
  return [...new Set(words(text).filter((word) => !isFiller(word)))];
}

/** The stems of a text's meaningful words, without repeats. */
export function stems(text: string): string[] {
  return [...new Set(meaningfulWords(text).map((word) => stemmer(word)))];
}
