import { describe, expect, it } from 'vitest';
import { inSection, mergeResults, sectionCounts } from '../../../src/lib/search-list';
import type { QuickPage } from '../../../src/lib/search-quick';

const page = (id: string, section?: string): QuickPage => ({
  url: `/${id}/`,
  id,
  title: id,
  description: '',
  section,
  stems: {},
  phrases: [],
});
const a = page('a', 'Causes');
const b = page('b', 'Exercises');
const c = page('c', 'Causes');
const home = page('home');
const byId = new Map([a, b, c, home].map((p) => [p.id!, p]));
const full = (id: string) => ({ id });

describe('mergeResults', () => {
  it('keeps the first results first, in order, and adds each other full-text result after', () => {
    const merged = mergeResults([b, a], [full('a'), full('c'), full('home'), full('b')], byId);
    expect(merged.map((item) => item.page?.id)).toEqual(['b', 'a', 'c', 'home']);
    // Only pages the first results lacked carry a full-text result (and fetch an excerpt).
    expect(merged.map((item) => item.full?.id)).toEqual([undefined, undefined, 'c', 'home']);
  });

  it('keeps a full-text result whose page the data lacks', () => {
    expect(mergeResults([], [full('zz')], byId)).toEqual([{ page: undefined, full: full('zz') }]);
  });
});

describe('sections', () => {
  const items = mergeResults([a, b], [full('c'), full('home')], byId);
  it('counts results per section, pages outside a section in none', () => {
    expect(sectionCounts(items)).toEqual({ Causes: 2, Exercises: 1 });
  });
  it('narrows to one section, or keeps every result', () => {
    expect(inSection(items, 'Causes').map((item) => item.page?.id)).toEqual(['a', 'c']);
    expect(inSection(items, '')).toHaveLength(4);
  });
});
