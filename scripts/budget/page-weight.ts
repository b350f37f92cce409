/**
 * What loading a built page transfers, computed from the files instead of guessed: the HTML,
 * then every same-origin asset the page references (stylesheets, scripts, module preloads,
 * images, the favicon, an island's component and renderer) and, for JavaScript, its static
 * imports. Dynamic `import()` targets are listed as lazy and not counted: they load on use
 * (Pagefind on the search page) or only when needed (Preact signals).
 *
 * Sizes are bytes as sent: gzipped for text types (see scripts/shared/transfer.ts), as stored
 * otherwise.
 */
import * as cheerio from 'cheerio';
import { contentType, gzip, sentBytes } from '../shared/transfer.ts';

export type AssetKind = 'html' | 'css' | 'js' | 'image' | 'font' | 'other';

export interface Asset {
  /** URL path on the site, e.g. "/_astro/client.abc.js". */
  path: string;
  kind: AssetKind;
  bytes: number;
  /** What referenced it: "html", "<island>", or the importing module's path. */
  from: string;
}

export interface PageWeight {
  path: string;
  /** The document and every asset loaded with it (no duplicates). */
  assets: Asset[];
  bytes: Record<AssetKind, number>;
  total: number;
  requests: number;
  /** Gzipped size of each inline <script> that runs (JSON-LD is data, not code). */
  inlineScriptBytes: number;
  /** JavaScript the page can run: external modules plus inline scripts. */
  jsBytes: number;
  /** Modules reached only through dynamic import(), not loaded with the page. */
  lazy: string[];
  /** References to other origins (there should be none). */
  offOrigin: string[];
  /** References to files missing from the build. */
  missing: string[];
}

/** Reads a built file by URL path; undefined when absent. */
type ReadFile = (path: string) => Uint8Array | undefined;

interface Reference {
  url: string;
  kind: AssetKind;
  from: string;
}

const kindOf = (path: string): AssetKind => {
  const type = contentType(path);
  if (type.startsWith('text/html')) return 'html';
  if (type.startsWith('text/css')) return 'css';
  if (type.includes('javascript')) return 'js';
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('font/')) return 'font';
  return 'other';
};

const PRELOAD_KIND: Readonly<Record<string, AssetKind>> = {
  script: 'js',
  style: 'css',
  image: 'image',
  font: 'font',
};

/** Every resource the HTML makes the browser fetch on load. */
export function htmlReferences(html: string): Reference[] {
  const $ = cheerio.load(html);
  const refs: Reference[] = [];
  const add = (url: string | undefined, kind: AssetKind, from = 'html') => {
    if (url) refs.push({ url: url.trim(), kind, from });
  };
  $('link[href]').each((_, el) => {
    const rel = ($(el).attr('rel') ?? '').toLowerCase().split(/\s+/);
    const href = $(el).attr('href');
    if (rel.includes('stylesheet')) add(href, 'css');
    else if (rel.includes('modulepreload')) add(href, 'js');
    else if (rel.includes('preload')) add(href, PRELOAD_KIND[$(el).attr('as') ?? ''] ?? 'other');
    else if (rel.includes('icon')) add(href, 'image');
    else if (rel.includes('manifest')) add(href, 'other');
  });
  $('script[src]').each((_, el) => add($(el).attr('src'), 'js'));
  $('img[src], input[type="image"][src]').each((_, el) => {
    // Lazy images below the fold still count: the budget is for the whole page.
    add($(el).attr('src'), 'image');
  });
  $('video[poster]').each((_, el) => add($(el).attr('poster'), 'image'));
  $('astro-island').each((_, el) => {
    add($(el).attr('component-url'), 'js', '<island>');
    add($(el).attr('renderer-url'), 'js', '<island>');
  });
  $('style').each((_, el) => {
    for (const url of cssUrls($(el).text())) add(url, kindOf(url));
  });
  return refs;
}

/** url(...) references in CSS, without data: URLs. */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)]
    .map((m) => m[2]!.trim())
    .filter((u) => !u.startsWith('data:'));
}

/** Static and dynamic module specifiers of minified JavaScript. */
export function jsImports(code: string): { static: string[]; dynamic: string[] } {
  const found = (pattern: RegExp) => [...code.matchAll(pattern)].map((m) => m[1]!);
  const staticImports = [
    // import x from "./a.js"; import {a} from"./a.js"; export {b} from "./b.js"
    ...found(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g),
  ];
  const dynamic = [
    ...found(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g),
    // Vite's preload map lists the chunks behind dynamic imports.
    ...[...code.matchAll(/__vite__mapDeps[\s\S]*?m\.f=\[([^\]]*)\]/g)].flatMap((m) =>
      [...m[1]!.matchAll(/["']([^"']+)["']/g)].map((s) => `/${s[1]!.replace(/^\//, '')}`),
    ),
  ];
  return { static: [...new Set(staticImports)], dynamic: [...new Set(dynamic)] };
}

const SITE = 'https://site.invalid';

/** Resolves a reference against the page or module URL; undefined for other origins. */
function resolvePath(url: string, base: string): string | undefined {
  if (url.startsWith('data:') || url.startsWith('blob:')) return '';
  const resolved = new URL(url, new URL(base, SITE));
  return resolved.origin === SITE ? resolved.pathname : undefined;
}

/** Inline scripts that execute (not JSON data blocks). */
export function inlineScripts(html: string): string[] {
  const $ = cheerio.load(html);
  return $('script:not([src])')
    .filter((_, el) => {
      const type = ($(el).attr('type') ?? '').toLowerCase();
      return type === '' || type === 'module' || type.includes('javascript');
    })
    .map((_, el) => $(el).text())
    .get();
}

export function weighPage(path: string, html: string, read: ReadFile): PageWeight {
  const htmlBody = new TextEncoder().encode(html);
  const assets: Asset[] = [{ path, kind: 'html', bytes: gzip(htmlBody).length, from: 'request' }];
  const seen = new Set<string>([path]);
  const lazy = new Set<string>();
  const offOrigin: string[] = [];
  const missing: string[] = [];

  const queue: { ref: Reference; base: string }[] = htmlReferences(html).map((ref) => ({
    ref,
    base: path,
  }));
  while (queue.length > 0) {
    const { ref, base } = queue.shift()!;
    const resolved = resolvePath(ref.url, base);
    if (resolved === undefined) {
      offOrigin.push(ref.url);
      continue;
    }
    if (resolved === '' || seen.has(resolved)) continue;
    seen.add(resolved);
    const body = read(resolved);
    if (!body) {
      missing.push(resolved);
      continue;
    }
    assets.push({
      path: resolved,
      kind: ref.kind,
      bytes: sentBytes(resolved, body),
      from: ref.from,
    });
    if (ref.kind === 'js') {
      const imports = jsImports(new TextDecoder().decode(body));
      for (const url of imports.static) {
        queue.push({ ref: { url, kind: 'js', from: resolved }, base: resolved });
      }
      for (const url of imports.dynamic) {
        const target = resolvePath(url, resolved);
        if (target) lazy.add(target);
      }
    }
    if (ref.kind === 'css') {
      for (const url of cssUrls(new TextDecoder().decode(body))) {
        queue.push({ ref: { url, kind: kindOf(url), from: resolved }, base: resolved });
      }
    }
  }

  const bytes: Record<AssetKind, number> = { html: 0, css: 0, js: 0, image: 0, font: 0, other: 0 };
  for (const asset of assets) bytes[asset.kind] += asset.bytes;
  const inlineScriptBytes = inlineScripts(html).reduce(
    (sum, code) => sum + gzip(new TextEncoder().encode(code)).length,
    0,
  );
  return {
    path,
    assets,
    bytes,
    total: Object.values(bytes).reduce((a, b) => a + b, 0),
    requests: assets.length,
    inlineScriptBytes,
    jsBytes: bytes.js + inlineScriptBytes,
    lazy: [...lazy].filter((p) => !seen.has(p)).sort(),
    offOrigin,
    missing,
  };
}
