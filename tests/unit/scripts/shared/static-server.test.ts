import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { serveDist, type RunningServer } from '../../../../scripts/shared/static-server';

const html = `<!doctype html><title>t</title>${'<p>words</p>'.repeat(200)}`;
let dir: string;
let server: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'static-server-'));
  mkdirSync(join(dir, 'about'));
  mkdirSync(join(dir, '_astro'));
  writeFileSync(join(dir, 'index.html'), html);
  writeFileSync(join(dir, 'about', 'index.html'), html);
  writeFileSync(join(dir, '404.html'), '<!doctype html><title>Not found</title>');
  writeFileSync(join(dir, '_astro', 'a.123.js'), 'export const a = 1;'.repeat(50));
  writeFileSync(join(dir, '_astro', 'p.png'), Buffer.alloc(300, 1));
  writeFileSync(
    join(dir, '_headers'),
    '/*\n  X-Content-Type-Options: nosniff\n/_astro/*\n  Cache-Control: immutable\n',
  );
  server = await serveDist(dir);
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Raw request (fetch would decompress and hide Content-Encoding). */
function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      const req = request(`${server.url}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on('error', reject);
      req.end();
    },
  );
}

describe('static server', () => {
  it('applies the _headers rules that match the path', async () => {
    const page = await get('/about/');
    expect(page.status).toBe(200);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['cache-control']).toBeUndefined();
    const asset = await get('/_astro/a.123.js');
    expect(asset.headers['cache-control']).toBe('immutable');
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('gzips text when asked, and only then', async () => {
    const zipped = await get('/', { 'accept-encoding': 'gzip, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body.length).toBeLessThan(html.length / 5);
    expect(gunzipSync(zipped.body).toString()).toBe(html);
    const plain = await get('/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(html);
    const image = await get('/_astro/p.png', { 'accept-encoding': 'gzip' });
    expect(image.headers['content-encoding']).toBeUndefined();
  });

  it('answers a matching ETag with 304', async () => {
    const first = await get('/');
    const again = await get('/', { 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
  });

  it('redirects a folder without its slash, and sends the 404 page with headers', async () => {
    const redirect = await get('/about');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/about/');
    const missing = await get('/nope/');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('Not found');
    expect(missing.headers['x-content-type-options']).toBe('nosniff');
  });

  it('never serves the host configuration or files outside dist', async () => {
    expect((await get('/_headers')).status).toBe(404);
    expect((await get('/../package.json')).status).toBe(404);
    expect((await get('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
  });
});
