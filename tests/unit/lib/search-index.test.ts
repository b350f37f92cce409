import { describe, expect, it } from 'vitest';
import { fragmentUrl, pagefindFailure, withPagefindIds } from '../../../src/lib/search-index';

describe('pagefindFailure', () => {
  it('names the failed step and lists every Pagefind message', () => {
    const error = pagefindFailure('write dist/pagefind', ['disk full', 'permission denied']);
    expect(error.message).toContain('Pagefind could not write dist/pagefind');
    expect(error.message).toContain('  - disk full\n  - permission denied');
  });
  it('still says something when Pagefind gives no details', () => {
    expect(pagefindFailure('create the index', []).message).toContain('(no details)');
  });
});

describe('fragmentUrl', () => {
  it("reads the page's address from a fragment's text", () => {
    expect(fragmentUrl('en_1.pf_fragment', 'pagefind_dcd{"url":"/causes/","content":"x"}')).toBe(
      '/causes/',
    );
  });
  it('fails the build, naming the file, on any other format', () => {
    expect(() => fragmentUrl('en_1.pf_fragment', '{"url":"/causes/"}')).toThrow(
      /en_1\.pf_fragment is not a fragment/,
    );
    expect(() => fragmentUrl('en_2.pf_fragment', 'pagefind_dcd{"content":"x"}')).toThrow(/en_2/);
  });
});

describe('withPagefindIds', () => {
  const data = { pages: [{ url: '/a/' }, { url: '/b/' }], safety: 'kept' };
  it("adds each page's fragment id and keeps the rest", () => {
    const fragments = new Map([
      ['en_2', '/b/'],
      ['en_1', '/a/'],
    ]);
    expect(withPagefindIds(data, fragments)).toEqual({
      pages: [
        { url: '/a/', id: 'en_1' },
        { url: '/b/', id: 'en_2' },
      ],
      safety: 'kept',
    });
  });
  it('fails the build when the data and the index list different pages', () => {
    expect(() =>
      withPagefindIds(
        data,
        new Map([
          ['en_1', '/a/'],
          ['en_3', '/c/'],
        ]),
      ),
    ).toThrow(
      /\/b\/ is in the search data but not in the index[\s\S]*\/c\/ is in the index but not in the search data/,
    );
  });
});
