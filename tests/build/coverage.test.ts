/**
 * Every key fact of the fact sheet is on the site: each one in tests/fixtures/seed-facts.ts
 * names its page and the phrases that page's built text must contain. Also checks the
 * cross-links the brief asks of every article.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { sectionIds } from '../../src/lib/sections';
import { sitePages } from '../../src/lib/site';
import { EMERGENCY_NUMBER } from '../../src/lib/emergency';
import { htmlPages, page } from '../support/dist';
import { seedFacts, type SeedFact } from '../fixtures/seed-facts';
import { requiredExerciseSources, sharedExerciseAdvice } from '../../src/lib/exercise-advice';
import { readableText } from './article-text';

const normalise = (text: string) =>
  text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');

/** Readable text per page: one block per line, and all on one line for plain phrases. */
const texts = new Map(
  htmlPages().map((p) => {
    const lines = normalise(readableText(p.$));
    return [p.path, { lines, flat: lines.replace(/\s+/g, ' ').toLowerCase() }] as const;
  }),
);

/** The phrases of `fact` that its page does not contain. */
function missingPhrases(fact: SeedFact): string[] {
  const text = texts.get(fact.page);
  if (!text) return [`(no built page at ${fact.page})`];
  return fact.phrases
    .filter((phrase) =>
      typeof phrase === 'string'
        ? !text.flat.includes(normalise(phrase).toLowerCase())
        : !phrase.test(text.lines),
    )
    .map(String);
}

describe('every seed fact is on its page', () => {
  it.each(seedFacts.map((f) => [f.id, f] as const))('%s', (_id, fact) => {
    const missing = missingPhrases(fact);
    expect(
      missing,
      `${fact.page} should state: ${fact.fact}. Missing: ${missing.join(', ')}`,
    ).toEqual([]);
  });
});

/** Red-flag words: an article body that mentions one must link to the doctor page. */
const RED_FLAG = new RegExp(
  `\\b(numb|numbness|tingling|weakness|bladder|bowels?|fever|${EMERGENCY_NUMBER}|emergency|accident)\\b`,
  'i',
);
const DOCTOR_PAGE = sitePages.whenToSeeADoctor.path;

/** URL paths of every content entry, from the MDX files themselves. */
const entryPaths = sectionIds.flatMap((section) =>
  readdirSync(`src/content/${section}`)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => `/${section}/${file.replace(/\.mdx$/, '')}/`),
);

describe('cross-links in each article body', () => {
  it.each(entryPaths)('%s links to two or more related pages', (path) => {
    const { $ } = page(path);
    const body = $('main .prose');
    expect(body.length, `${path} has no article body (.prose)`).toBe(1);
    const links = new Set(
      body
        .find('a[href^="/"]')
        .map((_, a) => $(a).attr('href'))
        .get()
        .filter((href) => href !== path),
    );
    expect(links.size, `${path} links to ${[...links].join(', ')}`).toBeGreaterThanOrEqual(2);
    // A link may end in a fragment (`/when-to-see-a-doctor/#emergency`), but never without the slash.
    for (const href of links)
      expect(href, `${path}: link without trailing slash`).toMatch(/\/(#[\w-]+)?$/);
  });

  // Only the pages whose body names a red flag are cases: each of them must link.
  const mentionsRedFlag = (path: string) => RED_FLAG.test(page(path).$('main .prose').text());
  it.each(entryPaths.filter(mentionsRedFlag))(
    '%s links red-flag mentions to the doctor page',
    (path) => {
      const { $ } = page(path);
      const body = $('main .prose');
      expect(
        body.find(`a[href="${DOCTOR_PAGE}"]`).length,
        `${path} mentions a red flag`,
      ).toBeGreaterThan(0);
    },
  );

  it.each(entryPaths.filter((p) => p.startsWith('/exercises/')))(
    '%s links to the risk factors and triggers it addresses',
    (path) => {
      const { $ } = page(path);
      expect($('main a[href^="/risk-factors/"]').length, path).toBeGreaterThan(0);
      expect($('main a[href^="/triggers/"]').length, path).toBeGreaterThan(0);
    },
  );
});

describe('the advice every exercise page shares', () => {
  const exercisePaths = entryPaths.filter((p) => p.startsWith('/exercises/'));

  it.each(exercisePaths)('%s shows every shared paragraph, word for word', (path) => {
    const text = texts.get(path)?.lines ?? '';
    for (const advice of sharedExerciseAdvice)
      for (const paragraph of advice.paragraphs) expect(text, path).toContain(paragraph);
  });

  it.each(exercisePaths)('%s cites the sources the shared words rest on', (path) => {
    const { $ } = page(path);
    const cited = $('.references a[href]')
      .map((_, a) => $(a).attr('href'))
      .get();
    for (const url of requiredExerciseSources)
      expect(cited, `${path} should cite ${url}`).toContain(url);
  });

  it.each(exercisePaths)('%s has no pregnancy advice of its own', (path) => {
    const { $ } = page(path);
    // Only the shared section may talk about pregnancy, so the advice cannot drift apart.
    expect($('main .prose').text()).not.toMatch(/pregnan/i);
  });
});
