import { describe, expect, it } from 'vitest';
import {
  excerptParts,
  fallbackMessage,
  orderFilterValues,
  resultCountMessage,
  resultSectionLabel,
} from '../../../src/lib/search-results';
import { searchMessages } from '../../../src/lib/words/en/search-messages';
import { searchMessages as esMessages } from '../../../src/lib/words/es/search-messages';

describe('excerptParts', () => {
  it('splits Pagefind excerpts into plain and marked text', () => {
    expect(excerptParts('A <mark>back</mark> <mark>cramp</mark> can hurt.')).toEqual([
      { text: 'A ', marked: false },
      { text: 'back', marked: true },
      { text: ' ', marked: false },
      { text: 'cramp', marked: true },
      { text: ' can hurt.', marked: false },
    ]);
  });
  it('decodes entities and never passes markup through', () => {
    const parts = excerptParts(
      'Tom &amp; Jerry &lt;b&gt; <img src=x onerror=alert(1)><mark>x</mark>',
    );
    expect(parts.map((p) => p.text).join('')).toBe('Tom & Jerry <b> x');
    expect(parts.at(-1)).toEqual({ text: 'x', marked: true });
  });
  it('returns nothing for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});

describe('resultCountMessage', () => {
  it('counts in plain words', () => {
    expect(resultCountMessage(0, 'xyz', '', searchMessages)).toBe('No results for “xyz”.');
    expect(resultCountMessage(1, 'knot', '', searchMessages)).toBe('1 result for “knot”.');
    expect(resultCountMessage(4, 'cramp', 'Causes', searchMessages)).toBe(
      '4 results for “cramp” in Causes.',
    );
    expect(resultCountMessage(2, 'calambre', '', esMessages)).toBe('2 resultados para “calambre”.');
  });
  it('says which words a fallback showed results for', () => {
    expect(fallbackMessage(3, 'xylophone cramp', { words: ['cramp'] }, '', searchMessages)).toBe(
      'No page has every word of “xylophone cramp”. Showing 3 results for pages with any of these words: “cramp”, most words first.',
    );
    expect(fallbackMessage(0, 'a b', { words: ['a', 'b'] }, 'Causes', searchMessages)).toBe(
      'No page has every word of “a b”. No results for pages with any of these words: “a”, “b” in Causes either.',
    );
  });
});

describe('orderFilterValues', () => {
  it('follows the navigation order, then the rest alphabetically, without duplicates', () => {
    const order = ['Causes', 'Triggers', 'Exercises'];
    expect(
      orderFilterValues(['Exercises', 'About', 'Causes', 'Where to start', 'About'], order),
    ).toEqual(['Causes', 'Exercises', 'About', 'Where to start']);
  });
});

describe('resultSectionLabel', () => {
  it('uses the section meta, else a plain label', () => {
    expect(resultSectionLabel({ section: 'Causes' }, '/causes/injury/', searchMessages)).toBe(
      'Causes',
    );
    expect(resultSectionLabel({}, '/', searchMessages)).toBe('Home page');
    expect(resultSectionLabel({}, '/es/', esMessages)).toBe('Página de inicio');
    expect(resultSectionLabel({ section: ' ' }, '/when-to-see-a-doctor/', searchMessages)).toBe(
      'General',
    );
  });
});
