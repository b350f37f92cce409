import { describe, expect, it } from 'vitest';
import {
  excerptParts,
  orderFilterValues,
  resultCountMessage,
  resultSectionLabel,
} from '../../../src/lib/search-results';

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
    expect(resultCountMessage(0, 'xyz')).toBe('No results for “xyz”.');
    expect(resultCountMessage(1, 'knot')).toBe('1 result for “knot”.');
    expect(resultCountMessage(4, 'cramp', 'Causes')).toBe('4 results for “cramp” in Causes.');
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
    expect(resultSectionLabel({ section: 'Causes' }, '/causes/injury/')).toBe('Causes');
    expect(resultSectionLabel({}, '/')).toBe('Home page');
    expect(resultSectionLabel({ section: ' ' }, '/when-to-see-a-doctor/')).toBe('General');
  });
});
