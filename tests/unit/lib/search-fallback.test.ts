import { describe, expect, it } from 'vitest';
import {
  fallbackPlan,
  mostWords,
  rankByWordMatches,
  wordsFound,
} from '../../../src/lib/search-fallback';
import { meaningfulWords, stems, words } from '../../../src/lib/search-words';

describe('words', () => {
  it('lower-cases, drops accents and apostrophes, splits on anything else', () => {
    expect(words("Can't  SLEEP—café, 2 weeks")).toEqual(['cant', 'sleep', 'cafe', '2', 'weeks']);
  });
  it('keeps meaningful words, dropping filler but not words like "both" or "out"', () => {
    expect(meaningfulWords('threw my back out and both of my legs')).toEqual([
      'threw',
      'back',
      'out',
      'both',
      'legs',
    ]);
  });
  it('stems word forms to meet each other', () => {
    expect(stems('numbness cramping')).toEqual(stems('numb cramp'));
  });
});

describe('fallbackPlan', () => {
  it('tries the meaningful words together, then each one', () => {
    expect(fallbackPlan('numb groin and back pain')).toEqual({
      together: 'numb groin back pain',
      each: ['numb', 'groin', 'back', 'pain'],
    });
  });
  it('has no "together" step when the query has no filler', () => {
    expect(fallbackPlan('groin numb')).toEqual({ each: ['groin', 'numb'] });
  });
  it('searches each word when the query is only filler', () => {
    expect(fallbackPlan('what is it').each).toEqual(['what', 'is', 'it']);
  });
  it('has nothing more to try for one word', () => {
    expect(fallbackPlan('xyzzy')).toEqual({ each: [] });
  });
});

describe('rankByWordMatches', () => {
  const r = (id: string, score: number) => ({ id, score });
  const perWord = [
    { word: 'numb', results: [r('a', 1), r('b', 5)] },
    { word: 'groin', results: [] },
    { word: 'back', results: [r('a', 1), r('c', 9)] },
  ];
  it('ranks pages by how many words they match, then by summed score', () => {
    const ranked = rankByWordMatches(perWord);
    expect(ranked.map((p) => p.result.id)).toEqual(['a', 'c', 'b']);
    expect(ranked[0]).toMatchObject({ words: ['numb', 'back'], score: 2 });
  });
  it('reports only the words that found pages', () => {
    expect(wordsFound(perWord)).toEqual(['numb', 'back']);
  });
  it('lists after the exact matches only pages with at least half the words', () => {
    expect([1, 2, 3, 4, 5].map(mostWords)).toEqual([1, 1, 2, 2, 3]);
  });
});
