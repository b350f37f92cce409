/**
 * Site search finds each question page for the ways people ask (issue 12): for every page in
 * src/content/questions/, each of its `askedAs` phrasings and the extra phrasings below must
 * rank that page first. Phrasings are people's words, not the page's title, so the test also
 * checks that at least 3 per page bring words the title and question do not have.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, PHONE, watchPage } from '../support/browser';
import { search } from '../support/search-page';

const DIR = 'src/content/questions';

/**
 * Phrasings the pages do not carry word for word: how people type the question into a search
 * box. Keyed by file name. Each page gets these and its own `askedAs` list.
 */
const extraPhrasings: Record<string, string[]> = {
  'how-long-does-a-back-spasm-last': [
    'how long until my back spasm goes away',
    'how many weeks to recover from a back spasm',
    'when will the spasm stop',
  ],
  'first-hours-cant-stand-up-straight': [
    "bent forward and can't straighten up",
    'get out of bed with a back spasm',
    'back locked up',
  ],
  'heat-or-ice': ['ice pack or heating pad', 'hot or cold for back spasm', 'should I ice my back'],
  'medicines-for-back-spasms': [
    'ibuprofen for back spasm',
    'muscle relaxer for back pain',
    'tylenol for back pain',
  ],
  'sleeping-with-a-back-spasm': [
    'sleeping position for back spasm',
    'pillow between knees',
    'best mattress for back pain',
  ],
  'spasm-pulled-muscle-cramp-or-sciatica': [
    'strained back or muscle spasm',
    'nerve pain down the leg',
    'back strain or spasm',
  ],
  'back-spasm-or-kidney-pain': [
    'kidney infection back pain',
    'pain in my side and fever',
    'kidney or muscle pain',
  ],
  'back-spasm-when-breathing': [
    'pain between shoulder blades when breathing',
    'rib pain when breathing',
    'spasm between my shoulder blades',
  ],
  'back-spasms-at-night': [
    'back spasm at night',
    'stiff back in the morning',
    'waking up with back pain',
  ],
  'will-back-spasms-come-back': [
    'back spasm prevention',
    'how to avoid another back spasm',
    'recurring back pain',
  ],
  'do-i-need-an-x-ray-or-mri': [
    'MRI for back spasm',
    'do I need a scan for back pain',
    'x-ray back pain',
  ],
  'who-can-help-with-back-spasms': [
    'chiropractor or physiotherapist',
    'physical therapist for back pain',
    'see a physiotherapist or chiropractor',
  ],
  'can-stress-cause-back-spasms': [
    'anxiety back pain',
    'worry and tense back muscles',
    'nervous tension in the back',
  ],
  'back-spasms-in-pregnancy': [
    'third trimester back spasms',
    'back pain during pregnancy',
    'back spasms and labor',
  ],
  'magnesium-potassium-and-water': [
    'magnesium for back spasms',
    'supplements for back cramps',
    'potassium for muscle spasms',
  ],
  'work-driving-and-daily-life': [
    'driving with a back spasm',
    'stay home from work with back spasm',
    'desk job back spasm',
  ],
};

interface QuestionPage {
  slug: string;
  path: string;
  title: string;
  question: string;
  phrasings: string[];
}

const pages: QuestionPage[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => {
    const data = parse(
      /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(DIR, file), 'utf8'))![1]!,
    );
    const slug = file.replace(/\.mdx$/, '');
    return {
      slug,
      path: `/questions/${slug}/`,
      title: data.title,
      question: data.question,
      phrasings: [...(data.askedAs ?? []), ...(extraPhrasings[slug] ?? [])],
    };
  });

const words = (text: string) => text.toLowerCase().match(/[a-z0-9']+/g) ?? [];

let browser: Browser;
let context: BrowserContext;
let page: Page;
let watch: Awaited<ReturnType<typeof watchPage>>;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: PHONE });
  watch = await watchPage(context);
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

describe('every question page has phrasings to test', () => {
  it('has extra phrasings only for pages that exist', () => {
    const slugs = pages.map((p) => p.slug);
    for (const slug of Object.keys(extraPhrasings)) expect(slugs, slug).toContain(slug);
  });

  it.each(pages.map((p) => [p.path, p] as const))(
    '%s: 3 or more phrasings, each with words beyond the title and question',
    (_path, p) => {
      const own = new Set([...words(p.title), ...words(p.question)]);
      const fresh = p.phrasings.filter((phrasing) => words(phrasing).some((w) => !own.has(w)));
      expect(
        fresh.length,
        `phrasings with words beyond the title: ${fresh.join('; ')}`,
      ).toBeGreaterThanOrEqual(3);
    },
  );
});

describe('search ranks the question page first for the ways people ask', () => {
  const cases = pages.flatMap((p) => p.phrasings.map((q) => [q, p.path] as const));

  it.each(cases)('“%s” → %s', async (query, expected) => {
    const results = await search(page, query);
    expect(results[0], `“${query}”: ${results.slice(0, 3).join(', ') || '(none)'}`).toBe(expected);
  });

  it('ran without console errors or off-site requests', () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.offOrigin).toEqual([]);
  });
});
