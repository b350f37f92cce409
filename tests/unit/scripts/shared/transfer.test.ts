import { describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { contentType, gzip, isCompressible, sentBytes } from '../../../../scripts/shared/transfer';

describe('transfer', () => {
  it.each([
    ['/index.html', 'text/html; charset=utf-8', true],
    ['/_astro/client.X.js', 'text/javascript; charset=utf-8', true],
    ['/_astro/bird-dog.X.svg', 'image/svg+xml', true],
    ['/pagefind/wasm.en.pagefind', 'application/octet-stream', false],
    ['/pagefind/fragment/en_1.pf_fragment', 'application/octet-stream', false],
    ['/photo.WEBP', 'image/webp', false],
    ['/font.woff2', 'font/woff2', false],
  ])('%s is %s (compressed: %s)', (path, type, compressible) => {
    expect(contentType(path)).toBe(type);
    expect(isCompressible(type)).toBe(compressible);
  });

  it('counts gzipped bytes for text and stored bytes for binary files', () => {
    const text = Buffer.from('back spasm '.repeat(500));
    expect(sentBytes('/a.html', text)).toBe(gzip(text).length);
    expect(sentBytes('/a.html', text)).toBeLessThan(200);
    expect(sentBytes('/a.png', text)).toBe(text.length);
    expect(gunzipSync(gzip(text)).equals(text)).toBe(true);
  });
});
