import { describe, expect, it } from 'vitest';
import {
  markStems,
  quickIndex,
  quickSearch,
  resultTitle,
  toQuickPage,
  type SearchablePage,
} from '../../../src/lib/search-quick';
import { english } from '../../../src/lib/search-words';

const page = (url: string, fields: Partial<SearchablePage>) =>
  toQuickPage(
    { url, title: 'Back spasm', description: 'About back pain and spasm.', ...fields },
    english,
  );

/** Every page names "back", "spasm" and "pain"; a few name something more specific. */
const pages = [
  page('/medicines/', {
    title: 'Medicines for a back spasm',
    terms: ['Flexeril', 'muscle relaxer', 'side effects'],
  }),
  page('/hip-flexor/', {
    title: 'Hip flexor stretch: undo the effects of long sitting',
    description: 'A stretch for the front of the hip after long sitting.',
  }),
  page('/pregnancy/', {
    title: 'Back spasms in pregnancy',
    question: 'Are back spasms normal in pregnancy?',
    askedAs: ['third trimester back pain'],
  }),
  page('/night/', { title: 'Back spasms at night', askedAs: ['woke up with back pain'] }),
  page('/signs/', { title: 'Warning signs', terms: ['numb inner thigh', 'hot swollen calf'] }),
  ...Array.from({ length: 6 }, (_, i) => page(`/other-${i}/`, {})),
];
const index = quickIndex(pages, english);
const urls = (query: string, options?: { loose?: boolean }) =>
  quickSearch(index, query, options).map((r) => r.page.url);

describe('quickSearch', () => {
  it('finds a page by a word only its search words have', () => {
    expect(urls('flexeril')).toEqual(['/medicines/']);
    expect(urls('third trimester')).toEqual(['/pregnancy/']);
  });

  it('weighs a specific word above the common ones', () => {
    expect(urls('back spasm pain in pregnancy')[0]).toBe('/pregnancy/');
    expect(urls('back pain at night')[0]).toBe('/night/');
  });

  it('matches whole stems, never a prefix: a brand name does not reach a stretch', () => {
    expect(urls('flexeril side effects')[0]).toBe('/medicines/');
    expect(urls('flexeril')).not.toContain('/hip-flexor/');
    expect(urls('flex')).toEqual([]);
    // Stems still meet: "stretches" and "stretch".
    expect(urls('stretches')).toEqual(['/hip-flexor/']);
  });

  it('counts a search phrase only when the query has all its words', () => {
    expect(urls('numb inner thigh')).toEqual(['/signs/']);
    expect(urls('my thigh is numb on the inner side')).toEqual(['/signs/']);
    expect(urls('swollen thigh')).toEqual([]);
  });

  it('leaves a query of words most pages share to the full text', () => {
    expect(urls('back spasm pain')).toEqual([]);
    expect(urls('back spasm pain', { loose: true })).toContain('/medicines/');
  });

  it('counts a word it does not know as a rare one no page here names', () => {
    // "vacuuming" and "upholstery" are on no page here: a page sharing only "night" is a guess.
    expect(urls('night vacuuming upholstery')).toEqual([]);
    expect(urls('night vacuuming upholstery', { loose: true })).toEqual(['/night/']);
    expect(urls('night vacuuming')).toEqual(['/night/']);
  });

  it('answers nothing for filler words or words no page has', () => {
    expect(urls('what is the')).toEqual([]);
    expect(urls('xylophone')).toEqual([]);
  });
});

describe('markStems', () => {
  it('marks the words whose stems the query has, keeping the text whole', () => {
    const parts = markStems(
      'Stretching the hip flexors after sitting.',
      'hip flexor stretch',
      english,
    );
    expect(parts.map((p) => p.text).join('')).toBe('Stretching the hip flexors after sitting.');
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual([
      'Stretching',
      'hip',
      'flexors',
    ]);
  });

  it('never marks a filler word', () => {
    expect(markStems('What is it', 'what is it', english).every((p) => !p.marked)).toBe(true);
  });
});

describe('toQuickPage', () => {
  it('ships each word as a stem with its strongest field, and each search phrase whole', () => {
    const shipped = toQuickPage(
      {
        url: '/x/',
        title: 'Sleeping with a spasm',
        description: 'How to sleep.',
        askedAs: ['best sleeping position'],
        terms: ['pillow between knees', 'pillows between knees'],
      },
      english,
    );
    expect(shipped.stems).toEqual({ 2: 'sleep spasm', 1.5: 'best posit' });
    expect(shipped.phrases).toEqual(['pillow knee']);
    expect(shipped).not.toHaveProperty('askedAs');
  });
});

describe('resultTitle', () => {
  it("heads a question page's result with its question", () => {
    expect(resultTitle(pages[2]!)).toBe('Are back spasms normal in pregnancy?');
    expect(resultTitle(pages[0]!)).toBe('Medicines for a back spasm');
  });
});
