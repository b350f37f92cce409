import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, resolveSiteUrl } from '../../../src/lib/site';

describe('resolveSiteUrl', () => {
  it('falls back to the reserved .example domain when SITE_URL is unset', () => {
    expect(resolveSiteUrl({})).toBe(DEFAULT_SITE_URL);
    expect(new URL(DEFAULT_SITE_URL).hostname.endsWith('.example')).toBe(true);
  });
  it('uses SITE_URL and keeps only the origin', () => {
    expect(resolveSiteUrl({ SITE_URL: 'https://www.clinic.com/some/path' })).toBe(
      'https://www.clinic.com',
    );
  });
  it('rejects a value that is not a URL, naming it', () => {
    expect(() => resolveSiteUrl({ SITE_URL: 'clinic dot com' })).toThrow(/clinic dot com/);
  });
  it('rejects plain http for a public host', () => {
    expect(() => resolveSiteUrl({ SITE_URL: 'http://www.clinic.com' })).toThrow(/https/);
  });
});
