import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  normalizeQuery,
  readSearchState,
  sameState,
  searchHref,
} from '../../../src/lib/search-state';

describe('readSearchState', () => {
  it('reads q and section, with or without the leading "?"', () => {
    expect(readSearchState('?q=back+cramp&section=Causes')).toEqual({
      query: 'back cramp',
      section: 'Causes',
    });
    expect(readSearchState('q=knot')).toEqual({ query: 'knot', section: '' });
  });
  it('treats a missing or blank query as no search', () => {
    expect(readSearchState('')).toEqual({ query: '', section: '' });
    expect(readSearchState('?q=%20%20')).toEqual({ query: '', section: '' });
  });
  it('decodes what the header GET form sends', () => {
    expect(readSearchState('?q=pulled%20muscle%3F').query).toBe('pulled muscle?');
  });
});

describe('normalizeQuery', () => {
  it('collapses whitespace and trims', () => {
    expect(normalizeQuery('  locked \t  back\n')).toBe('locked back');
  });
  it('caps very long queries', () => {
    expect(normalizeQuery('a'.repeat(5000))).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('searchHref', () => {
  it('builds a shareable URL that round-trips', () => {
    const state = { query: 'sitting & posture', section: 'Risk factors' };
    const href = searchHref(state);
    expect(href).toBe('/search/?q=sitting+%26+posture&section=Risk+factors');
    expect(readSearchState(href.split('?')[1]!)).toEqual(state);
  });
  it('is plain /search/ when there is no query, even with a section chosen', () => {
    expect(searchHref({ query: '', section: 'Causes' })).toBe('/search/');
  });
});

describe('sameState', () => {
  it('compares what the URL would show', () => {
    expect(sameState({ query: 'x', section: '' }, { query: 'x', section: '' })).toBe(true);
    expect(sameState({ query: 'x', section: '' }, { query: 'x', section: 'Causes' })).toBe(false);
    expect(sameState({ query: '', section: 'A' }, { query: '', section: 'B' })).toBe(true);
  });
});
