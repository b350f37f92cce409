/**
 * Search and navigation benchmark (not a test): `npm run build && npm run bench:search`.
 *
 *   npm run bench:search -- [--query "pulled muscle"] [--runs 5] [--label after]
 *                           [--before other/dist --before-commit abc1234]
 *                           [--save file.json] [--compare file.json]
 *                           [--chunk-sizes 20000,5000,2000] [--linked-only] [--lang es]
 *
 * Serves dist/ the way a static host does (scripts/shared/static-server.ts: gzip, `_headers`)
 * and drives Chromium with an empty cache for every run. It reports, for one search:
 * - what it downloads: bytes on the wire and requests for Pagefind's files, the search data
 *   file, and a whole cold `?q=` load of the address the header's search form submits to
 *   (/search/results/; /search/ in builds before it); the request chain depth (requests waiting on
 *   each other);
 * - time to results: pasting the query into the box; typing it at a phone pace (time from
 *   the last key to its results); opening that `?q=` address (navigation to the first result, and
 *   to the search being complete with full-text results), also as a ratio to an article's
 *   first paint;
 *   each on an unthrottled desktop and on a phone profile (4x slower CPU, 150 ms round trips,
 *   1.6 Mbit/s down: the profile Lighthouse uses for mobile), with an article's first paint
 *   as the reference;
 * - clicking a link in an article (pointer resting 300 ms, pressed 100 ms, as people do) to
 *   the next page painted, on the phone profile, with and without the site's speculation
 *   rules (the "without" server drops the Speculation-Rules header).
 *
 * `--before` measures a second build (e.g. an older commit's dist/) in the same run, taking
 * turns, so both see the same machine load: the fair before/after table (repeat it, with as
 * many `--before-commit`, to compare several). `--linked-only` measures the phone profile's
 * `?q=` load and the article reference only: a quicker loop while trying changes. `--save` writes
 * this build's figures as JSON; `--compare` adds a saved run as a column
 * (docs/results/search-bench.baseline.json holds the figures before the preloads, measured alone).
 *
 * Chromium does not prerender while DevTools is attached (PrerenderingDisabledByDevTools),
 * and Playwright is DevTools, so the click figure with rules shows prefetching only; a real
 * browser also prerenders on pointer-down and shows the page sooner still.
 * `--chunk-sizes` re-indexes a copy of dist/ at each Pagefind index chunk size and measures
 * bytes and phone times for each.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_FLAGS, chromePath } from './shared/chromium.ts';
import { SEARCH_DATA_PATHS, SEARCH_MARKS } from '../src/lib/search-data.ts';
import { pathsIn, type Lang } from '../src/lib/i18n.ts';
import { serveDist, type RunningServer } from './shared/static-server.ts';
import {
  chainDepth,
  median,
  renderPhases,
  renderTable,
  spread,
  type Figures,
  type Phases,
  type Timed,
} from './search-bench/figures.ts';

const { values: args } = parseArgs({
  options: {
    query: { type: 'string', default: 'pulled muscle' },
    runs: { type: 'string', default: '5' },
    label: { type: 'string', default: 'this build' },
    save: { type: 'string' },
    compare: { type: 'string' },
    'chunk-sizes': { type: 'string' },
    dist: { type: 'string', default: 'dist' },
    before: { type: 'string', multiple: true },
    'before-commit': { type: 'string', multiple: true },
    'linked-only': { type: 'boolean', default: false },
    lang: { type: 'string', default: 'en' },
  },
});
const query = args.query;
const RUNS = Number(args.runs);
const DIST = args.dist;
/** About 40 words a minute on a phone keyboard. */
const KEY_DELAY_MS = 250;
/** A person's pointer rests on a link before pressing, then holds it down briefly. */
const HOVER_MS = 300;
const PRESS_MS = 100;
/**
 * `--lang es` measures the Spanish search page (/es/buscar/) against the Spanish twin of the
 * reference article; the data file and its bytes are the Spanish ones.
 */
const LANG: Lang = args.lang === 'es' ? 'es' : 'en';
const SEARCH_PAGE = pathsIn[LANG].search;
const DATA_PATH = SEARCH_DATA_PATHS[LANG];
/** The article the click test starts from, and the reference page load. */
const ARTICLE = LANG === 'es' ? '/es/causas/uso-excesivo/' : '/causes/overuse/';

interface Profile {
  viewport: { width: number; height: number };
  throttle?: { cpu: number; latency: number; down: number; up: number };
}
const PROFILES: Record<'phone' | 'desktop', Profile> = {
  desktop: { viewport: { width: 1280, height: 900 } },
  phone: {
    viewport: { width: 390, height: 844 },
    throttle: { cpu: 4, latency: 150, down: (1.6 * 1024 * 1024) / 8, up: (750 * 1024) / 8 },
  },
};

if (!existsSync(join(DIST, 'pagefind', 'pagefind.js'))) {
  console.error(`${DIST}/pagefind is missing: run \`npm run build\` first.`);
  process.exit(1);
}

interface Recorded extends Timed {
  bytes: number;
}

async function throttle(context: BrowserContext, page: Page, profile: Profile) {
  if (!profile.throttle) return;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.throttle.latency,
    downloadThroughput: profile.throttle.down,
    uploadThroughput: profile.throttle.up,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.throttle.cpu });
}

/** A fresh context (empty cache) whose every finished request is recorded with its bytes. */
async function openContext(browser: Browser, profile: Profile) {
  const context = await browser.newContext({ viewport: profile.viewport });
  const page = await context.newPage();
  await throttle(context, page, profile);
  const requests: Recorded[] = [];
  context.on('requestfinished', async (request) => {
    const timing = request.timing();
    // A request still finishing when the context closes has no sizes any more.
    const sizes = await request.sizes().catch(() => undefined);
    if (!sizes) return;
    requests.push({
      path: new URL(request.url()).pathname,
      bytes: sizes.responseBodySize + sizes.responseHeadersSize,
      start: timing.startTime,
      end: timing.startTime + Math.max(timing.responseEnd, 0),
    });
  });
  return { context, page, requests };
}

/**
 * Playwright sees a worker's own script with an empty body; the page's Resource Timing has
 * its real transfer size. Returns the requests with the larger of the two.
 */
async function withResourceSizes(page: Page, requests: Recorded[]): Promise<Recorded[]> {
  const sizes = new Map<string, number>(
    await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => [new URL(e.name).pathname, (e as PerformanceResourceTiming).transferSize]),
    ),
  );
  return requests.map((r) => ({ ...r, bytes: Math.max(r.bytes, sizes.get(r.path) ?? 0) }));
}

const statusShows = (page: Page, q: string) =>
  page.waitForFunction(
    (text) => document.getElementById('search-status')?.textContent?.includes(`“${text}”`),
    q,
    { timeout: 60_000 },
  );

/**
 * Focus the box and enter the query once the page has settled, then time until its results
 * show. `keyDelay` 0 pastes the whole query; otherwise keys go in one by one, as a person
 * types, and the time runs from the last key.
 */
async function boxSearch(browser: Browser, url: string, profile: Profile, keyDelay: number) {
  const { context, page } = await openContext(browser, profile);
  await page.goto(`${url}${SEARCH_PAGE}`, { waitUntil: 'networkidle' });
  await page.focus('#search-input');
  let start = Date.now();
  if (keyDelay) {
    await page.locator('#search-input').pressSequentially(query.slice(0, -1), { delay: keyDelay });
    start = Date.now();
    await page.keyboard.press(query.slice(-1));
  } else {
    await page.fill('#search-input', query);
  }
  await statusShows(page, query);
  const ms = Date.now() - start;
  await context.close();
  return ms;
}

/**
 * In the page, from its first script on: when the first result was painted and when the search
 * was complete, watched so that the page pays for the watching as little as the article pays
 * for its own reference figure (one PerformanceObserver, awaited by one `evaluate`).
 * - First result: the browser's own paint time for it (Element Timing), the same kind of figure
 *   as the article's first contentful paint. The watcher tags each result's heading with
 *   `elementtiming` as it is added, before it is painted (Chromium times text by its block, so
 *   the heading, not the link).
 * - Search complete: the frame after the page says it is no longer busy, with its status.
 * What this replaced cost the search page's main thread while it loaded, and the article
 * nothing: an observer of every change to the whole document (watching the article that way
 * moved its first paint from 444–476 to 500–536 ms, medians of 9), and Playwright's
 * `waitForSelector` and `waitForFunction`, which poll in the page at every frame (its injected
 * script took about 50 ms of the phone profile's main thread per load in a CPU profile).
 * So the document is watched for child nodes only until the results list exists (early in
 * the page), then the list and the busy flag alone; nothing polls.
 */
function watchResults() {
  const w = window as unknown as {
    __firstResult?: Promise<number>;
    __searchDone?: Promise<number>;
  };
  w.__firstResult = new Promise((resolve) => {
    new PerformanceObserver((list, observer) => {
      const times = list
        .getEntries()
        .filter(
          (entry) => (entry as unknown as { identifier: string }).identifier === 'search-result',
        )
        .map((entry) => {
          const timing = entry as unknown as { renderTime: number; loadTime: number };
          return timing.renderTime || timing.loadTime;
        });
      if (times.length === 0) return;
      observer.disconnect();
      resolve(Math.min(...times));
    }).observe({ type: 'element', buffered: true });
  });
  w.__searchDone = new Promise((resolve) => {
    const attach = () => {
      const list = document.getElementById('search-results');
      const app = document.getElementById('search-app');
      if (!list || !app) return false;
      new MutationObserver(() => {
        for (const heading of list.querySelectorAll('li h2:not([elementtiming])')) {
          heading.setAttribute('elementtiming', 'search-result');
        }
      }).observe(list, { childList: true });
      const done = new MutationObserver(() => {
        const status = document.getElementById('search-status')?.textContent ?? '';
        if (app.getAttribute('aria-busy') === 'false' && status.includes('“')) {
          done.disconnect();
          requestAnimationFrame(() => resolve(performance.now()));
        }
      });
      done.observe(app, { attributes: true, attributeFilter: ['aria-busy'] });
      return true;
    };
    const finder = new MutationObserver(() => {
      if (attach()) finder.disconnect();
    });
    finder.observe(document, { childList: true, subtree: true });
  });
}

/** Awaits one of the watcher's promises in the page, failing after a minute rather than hanging. */
const watched = (page: Page, key: '__firstResult' | '__searchDone') =>
  page.evaluate(
    (name) =>
      Promise.race([
        (window as unknown as Record<string, Promise<number>>)[name]!,
        new Promise<number>((_, reject) =>
          setTimeout(() => reject(new Error(`${name}: not seen within a minute`)), 60_000),
        ),
      ]),
    key,
  );

/**
 * In the page, once the search is complete: the steps of its load since navigation start
 * (see Phases). The page's scripts are its own module scripts under /_astro/.
 */
function readPhases({
  dataPath,
  marks,
  painted,
}: {
  dataPath: string;
  marks: Record<string, string>;
  painted: number;
}) {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const path = (r: PerformanceResourceTiming) => new URL(r.name).pathname;
  const scripts = resources.filter((r) => /^\/_astro\/.*\.js$/.test(path(r)));
  const data = resources.find((r) => path(r) === dataPath);
  const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime;
  const phases: Record<string, number | undefined> = {
    html: nav.responseEnd,
    firstPaint: at('first-contentful-paint'),
    parsed: nav.domContentLoadedEventStart,
    scriptAsked: scripts.length ? Math.min(...scripts.map((r) => r.startTime)) : undefined,
    scriptIn: scripts.length ? Math.max(...scripts.map((r) => r.responseEnd)) : undefined,
    dataAsked: data?.startTime,
    dataIn: data?.responseEnd,
    scriptRuns: at(marks.script!),
    dataReady: at(marks.data!),
    listed: at(marks.first!),
    painted,
  };
  return Object.fromEntries(Object.entries(phases).filter(([, v]) => v !== undefined));
}

/**
 * Where a search from another page's header goes in a build: its header form's action, read
 * from the built article (/search/ before the results address existed, /search/results/ since),
 * so that builds from before and after that change are each measured as visitors meet them.
 */
function headerSearchAddress(dist: string): string {
  const html = readFileSync(
    join(dist, ...ARTICLE.split('/').filter(Boolean), 'index.html'),
    'utf8',
  );
  const action = /<form[^>]*class="header-search"[^>]*action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`${dist}${ARTICLE}: no header search form with an action`);
  return action;
}

/**
 * Navigate to the header search's address with the query (`?q=`); time from navigation start
 * until the first result is painted, and until the search is complete (the page no longer busy:
 * full-text results added).
 */
async function linkedSearch(browser: Browser, url: string, address: string, profile: Profile) {
  const { context, page, requests } = await openContext(browser, profile);
  await page.addInitScript(watchResults);
  await page.goto(`${url}${address}?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
  const ms = await watched(page, '__firstResult');
  const msAll = await watched(page, '__searchDone');
  if (typeof ms !== 'number' || typeof msAll !== 'number')
    throw new Error('The watcher did not run');
  await statusShows(page, query);
  const phases = (await page.evaluate(readPhases, {
    dataPath: DATA_PATH,
    marks: SEARCH_MARKS,
    painted: ms,
  })) as Phases;
  await page.waitForLoadState('networkidle');
  const all = await withResourceSizes(page, requests);
  await context.close();
  return { ms, msAll, requests: all, phases };
}

/** Navigation start to first contentful paint of an article: the page-load reference. */
async function articlePaint(browser: Browser, url: string, profile: Profile) {
  const { context, page } = await openContext(browser, profile);
  await page.goto(url + ARTICLE, { waitUntil: 'commit' });
  const fcp = await page.evaluate(firstPaint);
  await context.close();
  return fcp;
}

/** In the page: first contentful paint, counted from activation for a prerendered page. */
function firstPaint(): Promise<number> {
  return new Promise((resolve) => {
    new PerformanceObserver((list, observer) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (!entry) return;
      observer.disconnect();
      const nav = performance.getEntriesByType('navigation')[0] as
        (PerformanceNavigationTiming & { activationStart?: number }) | undefined;
      resolve(Math.max(entry.startTime, nav?.activationStart ?? 0));
    }).observe({ type: 'paint', buffered: true });
  });
}

/**
 * From a settled article, rest the pointer on a link to another page, press and release it,
 * and time from the release (the click) until the next page has painted.
 */
async function clickToPaint(browser: Browser, url: string, profile: Profile) {
  const { context, page } = await openContext(browser, profile);
  await page.goto(url + ARTICLE, { waitUntil: 'networkidle' });
  const link = page.locator('main article a[href^="/"]:not([href^="/search/"])').first();
  const target = new URL((await link.getAttribute('href'))!, url).href;
  await link.scrollIntoViewIfNeeded();
  const box = (await link.boundingBox())!;
  await page.mouse.move(box.x + 5, box.y + box.height / 2);
  await page.waitForTimeout(HOVER_MS);
  await page.mouse.down();
  await page.waitForTimeout(PRESS_MS);
  const clickedAt = Date.now();
  await page.mouse.up();
  await page.waitForURL(target, { waitUntil: 'commit' });
  const painted =
    (await page.evaluate(() => performance.timeOrigin)) + (await page.evaluate(firstPaint));
  const prerendered = await page.evaluate(
    () =>
      ((performance.getEntriesByType('navigation')[0] as { activationStart?: number })
        ?.activationStart ?? 0) > 0,
  );
  await context.close();
  return { ms: painted - clickedAt, prerendered };
}

/** A copy of dist/ whose `_headers` no longer sends the Speculation-Rules header. */
function distWithoutRules(dist: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'search-bench-norules-'));
  cpSync(dist, copy, { recursive: true });
  const headers = join(copy, '_headers');
  if (existsSync(headers)) {
    const text = readFileSync(headers, 'utf8');
    writeFileSync(headers, text.replace(/^\s*Speculation-Rules:.*\n/gm, ''));
  }
  return copy;
}

const sumBytes = (requests: readonly Recorded[]) => requests.reduce((s, r) => s + r.bytes, 0);
const isPagefind = (r: Recorded) => r.path.startsWith('/pagefind/');

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** One build under test: its server, and a second one without the speculation rules. */
interface Build {
  label: string;
  dist: string;
  commit: string;
  server: RunningServer;
  noRules: RunningServer;
  noRulesDir: string;
  /** Where its header search form sends a query (headerSearchAddress). */
  searchAddress: string;
}

async function startBuild(label: string, dist: string, commitId: string): Promise<Build> {
  const noRulesDir = distWithoutRules(dist);
  return {
    label,
    dist,
    commit: commitId,
    server: await serveDist(dist),
    noRules: await serveDist(noRulesDir),
    noRulesDir,
    searchAddress: headerSearchAddress(dist),
  };
}

async function stopBuild(build: Build) {
  await build.server.close();
  await build.noRules.close();
  rmSync(build.noRulesDir, { recursive: true, force: true });
}

interface Samples {
  pasted: number[];
  typed: number[];
  linked: number[];
  linkedAll: number[];
  article: number[];
}

/**
 * Measures every build, taking turns run by run, so a busy machine slows them alike and
 * the comparison stays fair even when the absolute figures drift.
 */
async function measure(browser: Browser, builds: Build[]): Promise<Figures[]> {
  const samples = builds.map(() => ({
    phone: { pasted: [], typed: [], linked: [], linkedAll: [], article: [] } as Samples,
    desktop: { pasted: [], typed: [], linked: [], linkedAll: [], article: [] } as Samples,
    clickWith: [] as number[],
    clickWithout: [] as number[],
    linkedRequests: [] as Recorded[],
    phases: [] as Phases[],
    prerendered: 0,
  }));
  const linkedOnly = args['linked-only'];
  const profiles = (Object.entries(PROFILES) as [keyof typeof PROFILES, Profile][]).filter(
    ([name]) => !linkedOnly || name === 'phone',
  );
  for (let i = 0; i < RUNS; i++) {
    for (const [name, profile] of profiles) {
      for (const [b, build] of builds.entries()) {
        const into = samples[b]![name];
        if (!linkedOnly) {
          into.pasted.push(await boxSearch(browser, build.server.url, profile, 0));
          into.typed.push(await boxSearch(browser, build.server.url, profile, KEY_DELAY_MS));
        }
        const run = await linkedSearch(browser, build.server.url, build.searchAddress, profile);
        into.linked.push(run.ms);
        into.linkedAll.push(run.msAll);
        if (name === 'phone' && i === 0) samples[b]!.linkedRequests = run.requests;
        if (name === 'phone') samples[b]!.phases.push(run.phases);
        into.article.push(await articlePaint(browser, build.server.url, profile));
      }
    }
    for (const [b, build] of linkedOnly ? [] : builds.entries()) {
      const on = await clickToPaint(browser, build.server.url, PROFILES.phone);
      samples[b]!.clickWith.push(on.ms);
      if (on.prerendered) samples[b]!.prerendered++;
      samples[b]!.clickWithout.push(
        (await clickToPaint(browser, build.noRules.url, PROFILES.phone)).ms,
      );
    }
    console.log(`run ${i + 1} of ${RUNS} done`);
  }

  return builds.map((build, b) => {
    const s = samples[b]!;
    const hasRules = readFileSync(join(build.dist, '_headers'), 'utf8').includes(
      'Speculation-Rules:',
    );
    const search = s.linkedRequests.filter(isPagefind);
    console.log(
      `\n${build.label}: cold ${build.searchAddress}?q= on the phone profile (bytes on the wire):`,
    );
    for (const r of [...s.linkedRequests].sort((x, y) => x.start - y.start)) {
      console.log(`  ${r.path.padEnd(60)} ${(r.bytes / 1024).toFixed(1).padStart(6)} KiB`);
    }
    console.log(`  prerendered pages activated by a click: ${s.prerendered} of ${RUNS}`);
    const medians = (x: Samples) => ({
      pasted: median(x.pasted),
      typed: median(x.typed),
      linked: median(x.linked),
      linkedAll: median(x.linkedAll),
      article: median(x.article),
    });
    const spreads = (x: Samples) => ({
      pasted: spread(x.pasted),
      typed: spread(x.typed),
      linked: spread(x.linked),
      linkedAll: spread(x.linkedAll),
      article: spread(x.article),
    });
    return {
      label: build.label,
      commit: build.commit,
      date: new Date().toISOString().slice(0, 10),
      query,
      runs: RUNS,
      searchBytes: sumBytes(search),
      searchRequests: search.length,
      dataBytes: sumBytes(s.linkedRequests.filter((r) => r.path === DATA_PATH)) || undefined,
      documentBytes:
        sumBytes(s.linkedRequests.filter((r) => r.path === build.searchAddress)) || undefined,
      linkedRequests: s.linkedRequests.length,
      linkedBytes: sumBytes(s.linkedRequests),
      chainDepth: chainDepth(s.linkedRequests),
      times: { phone: medians(s.phone), desktop: medians(s.desktop) },
      spreads: { phone: spreads(s.phone), desktop: spreads(s.desktop) },
      phases: s.phases,
      click: {
        withRules: hasRules ? median(s.clickWith) : null,
        withoutRules: median(s.clickWithout),
      },
    };
  });
}

/** Re-indexes a copy of dist/ at each chunk size; bytes and phone times for each. */
async function chunkSizes(browser: Browser, sizes: number[]) {
  const { prepareSearch } = await import('../src/integrations/pagefind.ts');
  console.log(`\nIndex chunk size (query "${query}", phone profile, median of ${RUNS})`);
  console.log('| Chunk size | Index files | One search | Requests | Typed | ?q= |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const size of sizes) {
    const copy = mkdtempSync(join(tmpdir(), `search-bench-chunk-${size}-`));
    cpSync(DIST, copy, { recursive: true });
    rmSync(join(copy, 'pagefind'), { recursive: true, force: true });
    const result = await prepareSearch(copy, { chunkSize: size });
    const server = await serveDist(copy);
    try {
      const typed: number[] = [];
      const linked: number[] = [];
      let search: Recorded[] = [];
      for (let i = 0; i < RUNS; i++) {
        typed.push(await boxSearch(browser, server.url, PROFILES.phone, KEY_DELAY_MS));
        const run = await linkedSearch(
          browser,
          server.url,
          headerSearchAddress(copy),
          PROFILES.phone,
        );
        linked.push(run.ms);
        if (i === 0) search = run.requests.filter(isPagefind);
      }
      console.log(
        `| ${size} | ${result.indexChunks} | ${(sumBytes(search) / 1024).toFixed(1)} KiB | ${search.length} | ${Math.round(median(typed))} ms | ${Math.round(median(linked))} ms |`,
      );
    } finally {
      await server.close();
      rmSync(copy, { recursive: true, force: true });
    }
  }
}

const browser = await chromium.launch({
  executablePath: chromePath(),
  headless: true,
  args: CHROMIUM_FLAGS,
});
try {
  if (args['chunk-sizes']) {
    await chunkSizes(browser, args['chunk-sizes'].split(',').map(Number));
  } else {
    const builds = [await startBuild(args.label, DIST, commit())];
    const others = args.before ?? [];
    for (const [i, dir] of [...others.entries()].reverse()) {
      const label = others.length > 1 ? `before ${i + 1}` : 'before';
      builds.unshift(await startBuild(label, dir, args['before-commit']?.[i] ?? '?'));
    }
    try {
      console.log(
        `Search benchmark, query "${query}", ${RUNS} cold runs per figure, builds: ${builds.map((b) => b.label).join(', ')}\n`,
      );
      const figures = await measure(browser, builds);
      if (args.save) writeFileSync(args.save, `${JSON.stringify(figures.at(-1), null, 2)}\n`);
      const saved: Figures[] = args.compare
        ? [JSON.parse(readFileSync(args.compare, 'utf8')) as Figures]
        : [];
      console.log(`\n${renderTable([...saved, ...figures])}`);
      console.log(
        `\nWhere the time goes: a cold header search (?q=) on the phone profile, median (smallest–largest)\n`,
      );
      console.log(
        renderPhases([...saved, ...figures].map((f) => ({ label: f.label, runs: f.phases ?? [] }))),
      );
    } finally {
      for (const build of builds) await stopBuild(build);
    }
  }
} finally {
  await browser.close();
}
