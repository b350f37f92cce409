import { describe, expect, it } from 'vitest';
import {
  HeadersFileError,
  headersForPath,
  parseHeadersFile,
  pathPattern,
} from '../../../../scripts/shared/headers-file';

const file = `# comment
/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: frame-ancestors 'none'; object-src 'none'

/_astro/*
  Cache-Control: public, max-age=31536000, immutable

/
  Cache-Control: no-cache
`;

describe('parseHeadersFile', () => {
  it('reads paths, headers and values containing colons and semicolons', () => {
    expect(parseHeadersFile(file)).toEqual([
      {
        path: '/*',
        headers: [
          ['X-Content-Type-Options', 'nosniff'],
          ['Content-Security-Policy', "frame-ancestors 'none'; object-src 'none'"],
        ],
      },
      { path: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
      { path: '/', headers: [['Cache-Control', 'no-cache']] },
    ]);
  });

  it('rejects a header before any path, a line without a colon and an unindented non-path', () => {
    expect(() => parseHeadersFile('  X-A: b')).toThrow(HeadersFileError);
    expect(() => parseHeadersFile('/a\n  no colon here')).toThrow(/line 2/);
    expect(() => parseHeadersFile('X-A: b')).toThrow(/expected a path/);
    expect(() => parseHeadersFile('/a\n  Bad Name: x')).toThrow(/invalid header name/);
  });
});

describe('pathPattern', () => {
  it.each([
    ['/*', '/', true],
    ['/*', '/causes/overuse/', true],
    ['/', '/', true],
    ['/', '/about/', false],
    ['/_astro/*', '/_astro/client.abc.js', true],
    ['/_astro/*', '/_astro', true],
    ['/_astro/*', '/_astronomy/x', false],
    ['/about/*', '/about/', true],
    ['/sitemap-*', '/sitemap-index.xml', true],
    ['/sitemap-*', '/sitemapx', false],
    ['/:section/', '/causes/', true],
    ['/:section/', '/causes/overuse/', false],
    ['/favicon.svg', '/faviconXsvg', false],
    ['https://example.com/a/*', '/a/b', true],
  ])('%s against %s → %s', (rule, path, expected) => {
    expect(pathPattern(rule).test(path)).toBe(expected);
  });
});

describe('headersForPath', () => {
  const rules = parseHeadersFile(file);

  it('applies every matching rule', () => {
    const headers = headersForPath(rules, '/_astro/x.js');
    expect(headers.get('x-content-type-options')?.value).toBe('nosniff');
    expect(headers.get('cache-control')).toEqual({
      name: 'Cache-Control',
      value: 'public, max-age=31536000, immutable',
      from: ['/_astro/*'],
    });
  });

  it('joins a header set by two matching rules, as Cloudflare does, and names both rules', () => {
    const clash = parseHeadersFile('/*\n  Cache-Control: a\n/x/*\n  Cache-Control: b\n');
    expect(headersForPath(clash, '/x/y')).toEqual(
      new Map([['cache-control', { name: 'Cache-Control', value: 'a, b', from: ['/*', '/x/*'] }]]),
    );
  });

  it('removes a header with "! Name"', () => {
    const detach = parseHeadersFile('/*\n  X-A: 1\n  X-B: 2\n/x\n  ! X-A\n');
    expect([...headersForPath(detach, '/x').keys()]).toEqual(['x-b']);
  });
});
