import { describe, expect, it } from 'vitest';
import { langOf, twinOf } from '../../../src/lib/i18n';
import {
  contentPageKeys,
  esPaths,
  paths,
  searchResultsPaths,
  spanishPages,
} from '../../../src/lib/paths';
import { esPage } from '../../../src/lib/words/es/pages';

describe('two languages', () => {
  it('reads a page’s language from its address: Spanish under /es/', () => {
    expect(langOf('/es/')).toBe('es');
    expect(langOf('/es/cuando-ver-al-medico/')).toBe('es');
    expect(langOf('/escape/')).toBe('en');
    expect(langOf('/')).toBe('en');
  });

  it('pairs each page with its twin both ways, and only pages that have one', () => {
    expect(spanishPages.length).toBeGreaterThan(0);
    for (const key of spanishPages) {
      expect(twinOf(paths[key]), key).toBe(esPaths[key]);
      expect(twinOf(esPaths[key]), key).toBe(paths[key]);
      expect(esPaths[key].startsWith('/es/'), key).toBe(true);
    }
    const untranslated = (Object.keys(paths) as (keyof typeof paths)[]).filter(
      (key) => !spanishPages.includes(key) && !contentPageKeys.includes(key),
    );
    for (const key of untranslated) expect(twinOf(paths[key]), key).toBeUndefined();
  });

  it('pairs the two search results addresses, so the language switch keeps a visitor searching', () => {
    expect(twinOf(searchResultsPaths.en)).toBe(searchResultsPaths.es);
    expect(twinOf(searchResultsPaths.es)).toBe(searchResultsPaths.en);
  });

  it('gives every Spanish page its title and menu label', () => {
    for (const key of spanishPages) expect(esPage(key).title.length, key).toBeGreaterThan(10);
  });
});
