/**
 * Finds runs of consecutive words that two texts share: the originality test's check that no
 * page copies a source's sentences (tests/build/originality.test.ts).
 *
 * Texts are compared as lists of words, lower case, with curly quotes made straight, so a copy
 * with different punctuation, capitals or line breaks is still found. A shared run of n words
 * is a copied phrase; short runs ("when to see a doctor") are ordinary English, so n is 10 or 12.
 */
import { words } from '../support/readability';

/** The words of `text`, lower case, with typographic apostrophes made plain. */
export const normalisedWords = (text: string): string[] =>
  words(text.replace(/[\u2018\u2019]/g, "'")).map((w) => w.toLowerCase());

/** Every run of `n` consecutive words, joined by single spaces. */
export function runsOf(wordList: readonly string[], n: number): Set<string> {
  const runs = new Set<string>();
  for (let i = 0; i + n <= wordList.length; i++) runs.add(wordList.slice(i, i + n).join(' '));
  return runs;
}

/**
 * The stretches of `text` that share at least `n` consecutive words with `other` (already cut
 * into runs by `runsOf(…, n)`). Overlapping runs are merged, so one copied sentence is reported
 * once, whole.
 */
export function sharedRuns(text: string, other: ReadonlySet<string>, n: number): string[] {
  const list = normalisedWords(text);
  const found: string[] = [];
  let i = 0;
  while (i + n <= list.length) {
    if (!other.has(list.slice(i, i + n).join(' '))) {
      i++;
      continue;
    }
    let end = i + n;
    while (end < list.length && other.has(list.slice(end - n + 1, end + 1).join(' '))) end++;
    found.push(list.slice(i, end).join(' '));
    i = end;
  }
  return found;
}
