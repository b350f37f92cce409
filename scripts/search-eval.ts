/**
 * Search quality benchmark (not a test): `npm run build && npm run search:eval`.
 *
 *   npm run search:eval -- [--dist dist] [--label after] [--misses] [--save file.json]
 *
 * Runs every phrasing in scripts/search-eval/phrasings.json through the real search page of a
 * built site (dist/ served as a static host does, in headless Chromium): the same Pagefind
 * index, query fallback and safety box a visitor gets. Reports the share of phrasings with a
 * fitting page first (top 1), among the first three (top 3), with no result at all, and, for
 * phrasings naming a warning sign, with that sign's advice shown. Ranking is measured here,
 * not forced by tests: a phrasing that ranks a fitting page second is not a failure.
 *
 * The phrasings were written before tuning, most as a new visitor would type them; never edit
 * the site's content or search words to pass them. Those marked `"set": "holdout"` (and later
 * `"holdout-2"`) were written after, each before any change it measures, and each set is
 * reported apart: a ranking change worth keeping helps all of them. `--misses` lists the
 * phrasings outside the top 3.
 */
import { chromium, type Page } from 'playwright-core';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_FLAGS, chromePath } from './shared/chromium.ts';
import { serveDist } from './shared/static-server.ts';
import { SEARCH_DATA_PATH, type SearchData } from '../src/lib/search-data.ts';
import { pathsIn } from '../src/lib/i18n.ts';
import {
  misses,
  ratesTable,
  showsSafety,
  type Answer,
  type Combinations,
  type Phrasing,
} from './search-eval/score.ts';

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    label: { type: 'string', default: 'this build' },
    misses: { type: 'boolean', default: false },
    save: { type: 'string' },
  },
});

const PHRASINGS = 'scripts/search-eval/phrasings.json';
const phrasings = (JSON.parse(readFileSync(PHRASINGS, 'utf8')) as { phrasings: Phrasing[] })
  .phrasings;

if (!existsSync(join(args.dist, 'pagefind', 'pagefind.js'))) {
  console.error(`${args.dist}/pagefind is missing: run \`npm run build\` first.`);
  process.exit(1);
}

/** Types the query into the search box and reads what the page shows once it has answered. */
async function ask(page: Page, query: string): Promise<{ results: string[]; signs: string[] }> {
  await page.fill('#search-input', query);
  await page.press('#search-input', 'Enter');
  // The live region names the query it answered (as tests/support/search-page.ts waits).
  await page.waitForFunction(
    (q) => {
      const status = document.getElementById('search-status')?.textContent ?? '';
      const busy = document.getElementById('search-app')?.getAttribute('aria-busy') === 'true';
      return !busy && status.includes(`“${q}”`);
    },
    query.replace(/\s+/g, ' ').trim(),
    { timeout: 60_000 },
  );
  return page.evaluate(() => ({
    results: [...document.querySelectorAll<HTMLAnchorElement>('#search-results > li h2 a')].map(
      (a) => new URL(a.href).pathname,
    ),
    // A box is a sign's (data-sign) or a combination's (data-rule, such as thin bones and a strain).
    signs: [
      ...document.querySelectorAll<HTMLElement>(
        '#search-safety [data-sign], #search-safety [data-rule]',
      ),
    ]
      .filter((el) => !el.closest('[hidden]'))
      .map((el) => el.dataset.sign ?? el.dataset.rule ?? ''),
  }));
}

/** The build's combinations, from its search data file: which boxes answer which signs (the
 * same records in both languages). */
const data = JSON.parse(
  readFileSync(join(args.dist, ...SEARCH_DATA_PATH.split('/')), 'utf8'),
) as SearchData;
const combinations: Combinations = new Map(
  data.safety.rules.map((rule) => [rule.id, [...rule.when, ...(rule.any ?? [])]]),
);

const tag = (phrasing: Phrasing) => (phrasing.set ? `(${phrasing.set}) ` : '');

const server = await serveDist(args.dist);
const browser = await chromium.launch({
  executablePath: chromePath(),
  headless: true,
  args: CHROMIUM_FLAGS,
});
try {
  // One tab per language's search page; each phrasing is typed into its language's.
  const pages = new Map<string, Page>();
  const pageFor = async (lang: 'en' | 'es') => {
    if (!pages.has(lang)) {
      const tab = await browser.newPage();
      await tab.goto(`${server.url}${pathsIn[lang].search}`);
      pages.set(lang, tab);
    }
    return pages.get(lang)!;
  };
  const answers: Answer[] = [];
  for (const phrasing of phrasings) {
    const page = await pageFor(phrasing.lang ?? 'en');
    answers.push({ phrasing, ...(await ask(page, phrasing.query)) });
  }
  console.log(ratesTable(args.label, answers, combinations));
  if (args.misses) {
    console.log('\nOutside the top 3:');
    for (const { phrasing, results } of misses(answers)) {
      console.log(
        `- ${tag(phrasing)}"${phrasing.query}" → ${results.slice(0, 3).join(', ') || '(nothing)'}`,
      );
    }
    const unsafe = answers.filter((a) => a.phrasing.sign && !showsSafety(a, combinations));
    if (unsafe.length > 0) console.log('\nNo safety box for the sign named:');
    for (const { phrasing, signs } of unsafe) {
      console.log(
        `- ${tag(phrasing)}"${phrasing.query}" (${phrasing.sign}) → [${signs.join(', ')}]`,
      );
    }
  }
  if (args.save) writeFileSync(args.save, JSON.stringify(answers, null, 1) + '\n');
} finally {
  await browser.close();
  await server.close();
}
