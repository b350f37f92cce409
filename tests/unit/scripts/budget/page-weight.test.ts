import { describe, expect, it } from 'vitest';
import {
  cssUrls,
  htmlReferences,
  inlineScripts,
  jsImports,
  weighPage,
} from '../../../../scripts/budget/page-weight';
import { gzip } from '../../../../scripts/shared/transfer';

const page = `<!doctype html><html><head>
<link rel="icon" href="/favicon.svg"><link rel="canonical" href="https://example.com/a/">
<link rel="stylesheet" href="/_astro/a.css"><link rel="modulepreload" href="/_astro/m.js">
<style>.x{background:url(/bg.png)}.y{background:url("data:image/png;base64,AA")}</style>
<script type="application/ld+json">{"@type":"Thing"}</script>
<script>console.log('inline')</script>
</head><body>
<img src="pic.svg" alt=""><img src="https://cdn.example.com/x.png" alt="">
<astro-island component-url="/_astro/Quiz.js" renderer-url="/_astro/client.js"></astro-island>
<script type="module" src="/_astro/page.js"></script>
</body></html>`;

const files: Record<string, string> = {
  '/favicon.svg': '<svg/>',
  '/_astro/a.css': 'body{font:1rem sans-serif;background:url(./tile.png)}',
  '/_astro/tile.png': 'PNG',
  '/_astro/m.js': 'export const m=1;',
  '/bg.png': 'PNGPNG',
  '/a/pic.svg': '<svg></svg>',
  '/_astro/Quiz.js': 'import{a as e}from"./preact.js";import"./side.js";export{e as default};',
  '/_astro/client.js':
    'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/signals.js"])))=>i.map(i=>d[i]);import{h}from"./preact.js";',
  '/_astro/preact.js': 'export const h=1,a=2;',
  '/_astro/side.js': 'window.x=1;',
  '/_astro/page.js': 'import("/pagefind/pagefind.js");',
};
const read = (path: string) => (path in files ? new TextEncoder().encode(files[path]) : undefined);

describe('htmlReferences', () => {
  it('finds what the browser fetches, and not canonical links or data URLs', () => {
    expect(htmlReferences(page).map((r) => `${r.kind} ${r.url}`)).toEqual([
      'image /favicon.svg',
      'css /_astro/a.css',
      'js /_astro/m.js',
      'js /_astro/page.js',
      'image pic.svg',
      'image https://cdn.example.com/x.png',
      'js /_astro/Quiz.js',
      'js /_astro/client.js',
      'image /bg.png',
    ]);
  });
});

describe('jsImports', () => {
  it('separates static imports from dynamic ones and Vite’s preload map', () => {
    expect(jsImports(files['/_astro/Quiz.js']!)).toEqual({
      static: ['./preact.js', './side.js'],
      dynamic: [],
    });
    expect(jsImports(files['/_astro/client.js']!)).toEqual({
      static: ['./preact.js'],
      dynamic: ['/_astro/signals.js'],
    });
    expect(jsImports('export{a}from"./b.js";const s="import x";')).toEqual({
      static: ['./b.js'],
      dynamic: [],
    });
  });
});

describe('cssUrls and inlineScripts', () => {
  it('skip data: URLs and JSON-LD', () => {
    expect(cssUrls(`a{b:url('x.png')}c{d:url(data:a)}`)).toEqual(['x.png']);
    expect(inlineScripts(page)).toEqual(["console.log('inline')"]);
  });
});

describe('weighPage', () => {
  const weight = weighPage('/a/', page, read);

  it('follows references, CSS urls and static imports once each', () => {
    expect(weight.assets.map((a) => a.path).sort()).toEqual(
      [
        '/a/',
        '/favicon.svg',
        '/_astro/a.css',
        '/_astro/m.js',
        '/_astro/page.js',
        '/a/pic.svg',
        '/_astro/Quiz.js',
        '/_astro/client.js',
        '/bg.png',
        '/_astro/tile.png',
        '/_astro/preact.js',
        '/_astro/side.js',
      ].sort(),
    );
    expect(weight.requests).toBe(12);
  });

  it('lists lazy modules, other origins and missing files without counting them', () => {
    expect(weight.lazy).toEqual(['/_astro/signals.js', '/pagefind/pagefind.js']);
    expect(weight.offOrigin).toEqual(['https://cdn.example.com/x.png']);
    expect(weight.missing).toEqual([]);
    expect(weighPage('/b/', '<img src="/gone.png">', read).missing).toEqual(['/gone.png']);
  });

  it('counts gzipped text, stored binary bytes and inline scripts', () => {
    const html = weight.assets.find((a) => a.kind === 'html')!;
    expect(html.bytes).toBe(gzip(new TextEncoder().encode(page)).length);
    expect(weight.assets.find((a) => a.path === '/bg.png')!.bytes).toBe(6);
    expect(weight.inlineScriptBytes).toBe(
      gzip(new TextEncoder().encode("console.log('inline')")).length,
    );
    expect(weight.jsBytes).toBe(weight.bytes.js + weight.inlineScriptBytes);
    expect(weight.total).toBe(weight.assets.reduce((sum, a) => sum + a.bytes, 0));
  });
});
