import { describe, expect, it } from 'vitest';
import { searchTermsSchema } from '../../../src/lib/content-schemas';
import { addSearchTerms, pagePath } from '../../../src/lib/search-index';
import {
  checkSearchTerms,
  SIGN_PAGE,
  termsByPage,
  termsBySign,
} from '../../../src/lib/search-terms';

const entry = (id: string, data: object) => ({ id, data: searchTermsSchema.parse(data) });
const known = { pages: new Set(['/questions/heat-or-ice/', SIGN_PAGE]), signs: new Set(['fever']) };

describe('searchTermsSchema', () => {
  it('needs a page or a sign', () => {
    const result = searchTermsSchema.safeParse({ terms: ['ice'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['page'] });
  });
  it('rejects a page address without its slashes', () => {
    expect(
      searchTermsSchema.safeParse({ terms: ['ice'], page: 'questions/heat-or-ice' }).success,
    ).toBe(false);
  });
});

describe('checkSearchTerms', () => {
  it('passes records that lead somewhere real', () => {
    expect(() =>
      checkSearchTerms(
        [
          entry('ice', { terms: ['ice pack'], page: '/questions/heat-or-ice/' }),
          entry('f', { terms: ['chills'], sign: 'fever' }),
        ],
        known,
      ),
    ).not.toThrow();
  });
  it('names the file and field of an unknown page or sign', () => {
    expect(() =>
      checkSearchTerms([entry('ice', { terms: ['ice'], page: '/questions/ice/' })], known),
    ).toThrow(
      'src/content/search-terms/ice.yaml: page "/questions/ice/" is not a page on this site',
    );
    expect(() =>
      checkSearchTerms([entry('hot', { terms: ['chills'], sign: 'fevr' })], known),
    ).toThrow('src/content/search-terms/hot.yaml: sign "fevr" is not a warning sign');
  });
  it('rejects a term of filler words only, which would match every search', () => {
    expect(() =>
      checkSearchTerms([entry('f', { terms: ['chills', 'and the'], sign: 'fever' })], known),
    ).toThrow('src/content/search-terms/f.yaml: terms[1] "and the" has only filler words');
  });
});

describe('termsByPage and termsBySign', () => {
  const entries = [
    entry('b', { terms: ['chills', 'shivers'], sign: 'fever' }),
    entry('a', { terms: ['ice pack', 'chills'], page: '/questions/heat-or-ice/' }),
  ];
  it('indexes a sign-only record with the full list of signs', () => {
    expect(termsByPage(entries).get(SIGN_PAGE)).toEqual(['chills', 'shivers']);
    expect(termsByPage(entries).get('/questions/heat-or-ice/')).toEqual(['ice pack', 'chills']);
    expect(termsBySign(entries).get('fever')).toEqual(['chills', 'shivers']);
  });
});

describe('addSearchTerms', () => {
  const html =
    '<html><body><nav>x</nav><main id="main" data-pagefind-body>Text</main></body></html>';
  it('adds the terms, weighted and escaped, inside the indexed part only', () => {
    const out = addSearchTerms(html, ['Flexeril', 'a<b']);
    expect(out).toContain(
      '<main id="main" data-pagefind-body><p data-pagefind-weight="10">Flexeril, a&lt;b.</p>Text</main>',
    );
  });
  it('leaves terms with a number out of the full-text index', () => {
    const out = addSearchTerms(html, ['10 year old', 'teenager']);
    expect(out).toContain('<p data-pagefind-weight="10">teenager.</p>');
    expect(out).not.toContain('year old');
    expect(addSearchTerms(html, ['12 year old'])).toBe(html);
  });
  it('leaves pages that are not indexed, or get no terms, as they were', () => {
    expect(addSearchTerms('<main>Text</main>', ['x'])).toBe('<main>Text</main>');
    expect(addSearchTerms(html, [])).toBe(html);
  });
  it('reads a built file as its address', () => {
    expect(pagePath('questions/heat-or-ice/index.html')).toBe('/questions/heat-or-ice/');
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath('404.html')).toBe('/404.html');
  });
});
