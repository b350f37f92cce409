/**
 * Reading-level helpers: a word counter, a sentence splitter and the Flesch-Kincaid grade.
 *
 * Input is plain text. A line break always ends a sentence, so callers put each heading, list
 * item, table cell and paragraph on its own line: a reader takes a heading or a bullet as one
 * unit even without a full stop, and gluing it to the next paragraph would invent a long
 * sentence nobody reads.
 */
import { syllable } from 'syllable';

interface ReadabilityStats {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch-Kincaid grade level, rounded to one decimal. 0 for text without words. */
  grade: number;
}

/**
 * A word is a run of letters or digits, joined by inner apostrophes or hyphens
 * ("don't", "cat-camel", "X-ray" are one word each).
 */
const WORD = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu;

/**
 * Titles whose full stop does not end a sentence (lower case, no dot). Dotted abbreviations
 * such as "e.g." and "U.S." are recognised by their inner dot instead, so that an ordinary
 * word like "us" can still end a sentence.
 */
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'vs']);

/** Returns the words of `text`, in order. */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function countWords(text: string): number {
  return words(text).length;
}

/**
 * Syllables in one word. Hyphenated words count their parts; a number or a word the
 * library cannot place still counts as one syllable, because every spoken word has one.
 */
export function countSyllables(word: string): number {
  return word
    .replace(/\u2019/g, "'")
    .split('-')
    .reduce((sum, part) => sum + Math.max(1, syllable(part)), 0);
}

/**
 * Splits text into sentences: at line breaks, and after `.`, `!` or `?` (plus closing quotes
 * or brackets) followed by a space. Abbreviations such as "Dr." and "e.g." do not split, and
 * a stretch with no words (stray punctuation) is not a sentence.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    let start = 0;
    const end = /[.!?]+['"\u2019\u201d)\]]*(?=\s|$)/g;
    for (let match = end.exec(line); match; match = end.exec(line)) {
      const before = line.slice(start, match.index);
      const lastToken = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
      const isAbbreviation =
        match[0] === '.' && (TITLES.has(lastToken.toLowerCase()) || lastToken.includes('.'));
      if (isAbbreviation) continue;
      sentences.push(line.slice(start, match.index + match[0].length));
      start = match.index + match[0].length;
    }
    sentences.push(line.slice(start));
  }
  return sentences.map((s) => s.trim()).filter((s) => countWords(s) > 0);
}

/** Flesch-Kincaid grade: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
export function fleschKincaidGrade(stats: {
  words: number;
  sentences: number;
  syllables: number;
}): number {
  if (stats.words === 0 || stats.sentences === 0) return 0;
  const grade =
    0.39 * (stats.words / stats.sentences) + 11.8 * (stats.syllables / stats.words) - 15.59;
  return Math.round(grade * 10) / 10;
}

/** Counts words, sentences and syllables in `text` and computes its grade. */
export function readability(text: string): ReadabilityStats {
  const all = words(text);
  const syllables = all.reduce((sum, w) => sum + countSyllables(w), 0);
  const counts = { words: all.length, sentences: splitSentences(text).length, syllables };
  return { ...counts, grade: fleschKincaidGrade(counts) };
}
