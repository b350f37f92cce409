/**
 * Reading level in Spanish: the Szigriszt-Pazos perspicuity index, read on the INFLESZ scale
 * (Barrio-Cantalejo and others, 2008), which Spanish health writing uses. English syllable
 * counters do not apply to Spanish, so syllables are counted here by Spanish rules: a run of
 * vowels is one syllable (a diphthong: "cuidado", "hoy") unless two strong vowels meet
 * ("le-e", "ca-er") or a weak vowel carries the accent ("dí-a", "pa-ís"); the u of que, qui,
 * gue and gui is silent. Words and sentences are split as for English (./readability.ts).
 */
import { splitSentences, words } from './readability';

const STRONG = 'aeoáéó';
const ACCENTED_WEAK = 'íú';
const VOWELS = 'aeiouáéíóúü';

/** Syllables of one Spanish word. */
export function syllablesEs(word: string): number {
  const w = word
    .toLowerCase()
    .replace(/qu(?=[eéiíí])/g, 'q')
    .replace(/gu(?=[eéií])/g, 'g')
    .replace(/y$/, 'i');
  let count = 0;
  let previous = '';
  for (const letter of w) {
    if (!VOWELS.includes(letter)) {
      previous = '';
      continue;
    }
    const hiatus =
      previous !== '' &&
      ((STRONG.includes(previous) && STRONG.includes(letter)) ||
        ACCENTED_WEAK.includes(previous) ||
        ACCENTED_WEAK.includes(letter));
    if (previous === '' || hiatus) count++;
    previous = letter;
  }
  return Math.max(count, /\d/.test(word) ? 1 : 0) || (/\p{L}/u.test(word) ? 1 : 0);
}

export interface InfleszResult {
  words: number;
  sentences: number;
  syllables: number;
  /** The Szigriszt-Pazos index: 206.835 − 62.3 × syllables per word − words per sentence. */
  score: number;
}

/** The Szigriszt-Pazos index of `text` (one sentence per line at least, as in ./readability.ts). */
export function inflesz(text: string): InfleszResult {
  const all = words(text);
  const sentences = Math.max(splitSentences(text).length, 1);
  const syllables = all.reduce((sum, w) => sum + syllablesEs(w), 0);
  const score =
    all.length === 0 ? 100 : 206.835 - 62.3 * (syllables / all.length) - all.length / sentences;
  return { words: all.length, sentences, syllables, score: Math.round(score * 10) / 10 };
}

/**
 * The INFLESZ scale's bands: 55 to 65 is "normal" (secondary school, about grade 7 to 9, so
 * grade 8 or lower needs 55 or more), 65 to 80 "fairly easy" (primary school, grade 6).
 */
export const INFLESZ_GRADE_8 = 55;
export const INFLESZ_GRADE_6 = 65;
