import { describe, expect, it } from 'vitest';
import {
  answerByWords,
  mostWords,
  rankByWords,
  searchPlan,
  wordsFound,
} from '../../../src/lib/search-fallback';
import { english, words } from '../../../src/lib/search-words';
import { spanish } from '../../../src/lib/search-words-es';

const { meaningfulWords, stems } = english;

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

describe('spanish', () => {
  it('meets words typed with or without accents, in any form', () => {
    expect(spanish.stems('me duelen los riñones')).toEqual(spanish.stems('duele rinon'));
    expect(spanish.stems('ciática')).toEqual(spanish.stems('ciatica'));
    expect(spanish.stems('espasmos')).toEqual(spanish.stems('espasmo'));
  });
  it('drops filler words but keeps those that change what is asked', () => {
    expect(spanish.meaningfulWords('no puedo orinar sin dolor de la espalda')).toEqual([
      'no',
      'puedo',
      'orinar',
      'sin',
      'dolor',
      'espalda',
    ]);
  });
});

describe('searchPlan', () => {
  it('searches two or more meaningful words one at a time', () => {
    expect(searchPlan('numb groin and back pain', english)).toEqual({
      query: 'numb groin back pain',
      each: ['numb', 'groin', 'back', 'pain'],
      byWords: true,
    });
  });
  it('leaves one meaningful word to Pagefind, filler dropped', () => {
    expect(searchPlan('the advil', english)).toEqual({
      query: 'advil',
      each: ['advil'],
      byWords: false,
    });
  });
  it('searches a query of filler words as typed, then each word', () => {
    expect(searchPlan('what is it', english)).toEqual({
      query: 'what is it',
      each: ['what', 'is', 'it'],
      byWords: false,
    });
  });
  it('has nothing more to try for one word', () => {
    expect(searchPlan('xyzzy', english)).toEqual({ query: 'xyzzy', each: [], byWords: false });
  });
});

const r = (id: string, score: number) => ({ id, score });

describe('rankByWords', () => {
  // Pagefind scores a rare word far above a common one (BM25).
  const perWord = [
    { word: 'walking', results: [r('self-care', 3), r('travel', 2)] },
    { word: 'back', results: [r('travel', 0.1), r('self-care', 0.1), r('pregnancy', 0.2)] },
    { word: 'spasm', results: [r('pregnancy', 0.3), r('travel', 0.2)] },
  ];
  it('ranks pages by the sum of their scores for the words they have', () => {
    const ranked = rankByWords(perWord);
    expect(ranked.map((p) => p.result.id)).toEqual(['self-care', 'travel', 'pregnancy']);
    expect(ranked[1]).toMatchObject({ words: ['walking', 'back', 'spasm'] });
    expect(ranked[1]!.score).toBeCloseTo(2.3);
  });
  it('puts a page that matches the rare word well above one with more common words', () => {
    const ranked = rankByWords(perWord).map((p) => p.result.id);
    expect(ranked.indexOf('self-care')).toBeLessThan(ranked.indexOf('pregnancy'));
  });
});

describe('answerByWords', () => {
  it('lists pages with every word and pages with most words, by summed score', () => {
    const answer = answerByWords([
      { word: 'a', results: [r('all', 1), r('two', 5), r('one', 9)] },
      { word: 'b', results: [r('all', 1), r('two', 5)] },
      { word: 'c', results: [r('all', 1)] },
      { word: 'd', results: [r('all', 1)] },
    ]);
    expect(answer.ranked.map((p) => p.id)).toEqual(['two', 'all']);
    expect([...answer.exact]).toEqual(['all']);
    expect(answer.fallback).toBeUndefined();
  });
  it('falls back to any word when no page has every word, naming the words that found pages', () => {
    const perWord = [
      { word: 'numb', results: [r('a', 1), r('b', 5)] },
      { word: 'groin', results: [] },
      { word: 'back', results: [r('a', 1), r('c', 9)] },
    ];
    const answer = answerByWords(perWord);
    expect(answer.ranked.map((p) => p.id)).toEqual(['c', 'b', 'a']);
    expect(answer.fallback).toEqual(['numb', 'back']);
    expect(wordsFound(perWord)).toEqual(['numb', 'back']);
  });
  it('needs at least half the words of a page without every word', () => {
    expect([1, 2, 3, 4, 5].map(mostWords)).toEqual([1, 1, 2, 2, 3]);
  });
});
