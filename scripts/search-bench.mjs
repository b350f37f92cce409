/**
 * Search benchmark (not a test): `npx astro build && node scripts/search-bench.mjs [query]`.
 *
 * Opens the built /search/ page in Chromium with an empty cache and reports, for one search:
 * - the search page's own JavaScript (raw and gzipped);
 * - what the search downloads (Pagefind's library, worker, WebAssembly, metadata, index
 *   chunks, filter and result fragments), in bytes on the wire from a server with gzip on;
 * - time to first results: after pasting the query into the box (nothing preloaded), after the
 *   last key when typing at a phone pace (Pagefind loads on focus, chunks preload per key),
 *   and from navigating to /search/?q=... (the header form) to the first result;
 * each on an unthrottled desktop and on a phone profile (4x slower CPU, 150 ms RTT,
 * 1.6 Mbit/s down, the profile Lighthouse uses for mobile).
 *
 * Written as plain .mjs because tsx is not installed; Node 24 still loads the shared .ts server.
 */
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_FLAGS, chromePath } from './chromium.ts';

const DIST = 'dist';
const query = process.argv[2] ?? 'pulled muscle';
const RUNS = 5;
/** About 40 words a minute on a phone keyboard. */
const KEY_DELAY_MS = 250;

const PROFILES = {
  desktop: null,
  phone: { cpu: 4, latency: 150, down: (1.6 * 1024 * 1024) / 8, up: (750 * 1024) / 8 },
};

if (!existsSync(join(DIST, 'pagefind', 'pagefind.js'))) {
  console.error('dist/pagefind is missing: run `npx astro build` first.');
  process.exit(1);
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * A static host with gzip, like production (tests/support/static-server.ts does the same but
 * cannot be imported by plain Node). Pagefind's index files are gzipped already, so they go
 * out as they are.
 */
async function serve(root) {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, pathname));
    if (!file.startsWith(normalize(root) + sep)) file = join(root, '404.html');
    if (pathname.endsWith('/')) file = join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) file = join(root, '404.html');
    const body = readFileSync(file);
    const type = TYPES[extname(file)];
    res.setHeader('Content-Type', type ?? 'application/octet-stream');
    if (type && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      res.setHeader('Content-Encoding', 'gzip');
      res.end(gzipSync(body, { level: 9 }));
    } else {
      res.end(body);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

async function openContext(browser, profile) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  if (profile) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latency,
      downloadThroughput: profile.down,
      uploadThroughput: profile.up,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  }
  // Every response, from the page and from Pagefind's worker, with its bytes on the wire.
  const responses = [];
  context.on('requestfinished', async (request) => {
    const sizes = await request.sizes();
    responses.push({
      path: new URL(request.url()).pathname,
      bytes: sizes.responseBodySize + sizes.responseHeadersSize,
    });
  });
  return { context, page, responses };
}

const firstResult = (page) =>
  page.waitForSelector('#search-results > li h2 a', { timeout: 60_000 });

/**
 * Focus the box and enter the query, then time until the first result shows. `keyDelay` 0
 * pastes the whole query at once (worst case: nothing loads before the search); otherwise
 * keys go in one by one, as a person types, and the time runs from the last key.
 */
async function typedSearch(browser, baseUrl, profile, keyDelay) {
  const { context, page, responses } = await openContext(browser, profile);
  await page.goto(`${baseUrl}/search/`, { waitUntil: 'load' });
  await page.waitForTimeout(200);
  const pageResponses = responses.length;
  await page.focus('#search-input');
  let start = Date.now();
  if (keyDelay) {
    await page.locator('#search-input').pressSequentially(query.slice(0, -1), { delay: keyDelay });
    start = Date.now();
    await page.keyboard.press(query.slice(-1));
  } else {
    await page.fill('#search-input', query);
  }
  // Results for the whole query (earlier letters may already have shown results of their own).
  await page.waitForFunction(
    (q) => document.getElementById('search-status')?.textContent?.includes(`“${q}”`),
    query,
    { timeout: 60_000 },
  );
  const ms = Date.now() - start;
  await page.waitForTimeout(300); // let the remaining fragments of the first page finish
  // Playwright sees the worker's own script with an empty body; the page's Resource Timing
  // has its real transfer size.
  const timing = new Map(
    await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => [new URL(e.name).pathname, /** @type {any} */ (e).transferSize]),
    ),
  );
  const searchResponses = responses
    .slice(pageResponses)
    .filter((r) => r.path.startsWith('/pagefind/'))
    .map((r) => ({ ...r, bytes: Math.max(r.bytes, timing.get(r.path) ?? 0) }));
  await context.close();
  return { ms, pageResponses: responses.slice(0, pageResponses), searchResponses };
}

/** Navigate to /search/?q=..., time from navigation start until the first result shows. */
async function linkedSearch(browser, baseUrl, profile) {
  const { context, page } = await openContext(browser, profile);
  await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
  await firstResult(page);
  const ms = await page.evaluate(() => performance.now());
  await context.close();
  return { ms };
}

const total = (responses) => responses.reduce((sum, r) => sum + r.bytes, 0);

const server = await serve(DIST);
const browser = await chromium.launch({
  executablePath: chromePath(),
  headless: true,
  args: CHROMIUM_FLAGS,
});

try {
  // The page's own JavaScript: the bundled scripts /search/ references.
  const html = readFileSync(join(DIST, 'search', 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  const own = scripts.map((src) => {
    const body = readFileSync(join(DIST, src));
    return { src, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
  console.log(`Search benchmark, query "${query}", ${RUNS} cold runs per profile\n`);
  console.log('Search page JavaScript (loaded with the page):');
  for (const s of own) console.log(`  ${s.src}: ${kib(s.raw)} raw, ${s.gzip} B gzipped`);

  let bytesShown = false;
  for (const [name, profile] of Object.entries(PROFILES)) {
    const typed = [];
    const pasted = [];
    const linked = [];
    for (let i = 0; i < RUNS; i++) {
      const run = await typedSearch(browser, server.url, profile, 0);
      pasted.push(run.ms);
      typed.push((await typedSearch(browser, server.url, profile, KEY_DELAY_MS)).ms);
      linked.push((await linkedSearch(browser, server.url, profile)).ms);
      if (!bytesShown) {
        bytesShown = true;
        console.log(`\n/search/ page load before any search: ${kib(total(run.pageResponses))}`);
        console.log('One search downloads (cold cache, gzip on, bytes on the wire with headers):');
        for (const r of run.searchResponses) console.log(`  ${r.path.padEnd(48)} ${kib(r.bytes)}`);
        console.log(`  total: ${kib(total(run.searchResponses))}`);
      }
    }
    console.log(`\n${name}: time to first results (median of ${RUNS})`);
    console.log(
      `  focus + paste the query → first result: ${median(pasted)} ms  (runs: ${pasted.join(', ')})`,
    );
    console.log(
      `  typing at ${KEY_DELAY_MS} ms a key, last key → its results: ${median(typed)} ms  (runs: ${typed.join(', ')})`,
    );
    console.log(`  open /search/?q= → first result: ${Math.round(median(linked))} ms`);
  }
} finally {
  await browser.close();
  await server.close();
}
