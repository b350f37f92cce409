import { describe, expect, it } from 'vitest';
import { canonicalUrl, pageTitle, withHome, TITLE_SUFFIX } from '../../../src/lib/seo';

describe('pageTitle', () => {
  it('adds the clinic name to inner pages', () => {
    expect(pageTitle('Bird dog')).toBe(`Bird dog${TITLE_SUFFIX}`);
    expect(TITLE_SUFFIX).toContain('Ashburn Village Chiropractic');
  });
  it('leaves the home page title alone', () => {
    expect(pageTitle('Back spasms', { isHome: true })).toBe('Back spasms');
  });
});

describe('canonicalUrl', () => {
  const site = 'https://clinic.example';
  it('is absolute on the configured site', () => {
    expect(canonicalUrl('/causes/', site)).toBe('https://clinic.example/causes/');
  });
  it('adds the trailing slash to directory pages', () => {
    expect(canonicalUrl('/causes/overuse', site)).toBe('https://clinic.example/causes/overuse/');
  });
  it('keeps file pages as they are', () => {
    expect(canonicalUrl('/404.html', site)).toBe('https://clinic.example/404.html');
  });
  it('drops query strings and fragments', () => {
    expect(canonicalUrl('/search/?q=cramp#top', site)).toBe('https://clinic.example/search/');
  });
});

describe('withHome', () => {
  it('starts every trail at Home', () => {
    expect(withHome([{ label: 'Causes', href: '/causes/' }])).toEqual([
      { label: 'Home', href: '/' },
      { label: 'Causes', href: '/causes/' },
    ]);
  });
});
