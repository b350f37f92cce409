/**
 * Reading level of every built article: Flesch-Kincaid grade 8 or lower for the main text,
 * 6 or lower for the emergency advice. Set READABILITY_REPORT=1 to print each page's grade
 * and word count.
 */
import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { readability } from '../support/readability';
import { sectionIds } from '../../src/lib/sections';
import { page } from '../support/dist';
import { articlePages, entryPages, readableText } from './article-text';

const ARTICLE_MAX_GRADE = 8;
const EMERGENCY_MAX_GRADE = 6;
const EMERGENCY_PAGE = '/when-to-see-a-doctor/';
const EMERGENCY_SELECTOR = '#emergency';

/** Fewest entries each section must have: fewer means a build or extraction problem. */
const MIN_ENTRIES: Record<string, number> = {
  causes: 4,
  triggers: 3,
  'risk-factors': 3,
  treatment: 3,
  exercises: 5,
  questions: 16,
};

describe('readableText', () => {
  const $ = cheerio.load(
    '<nav aria-label="Breadcrumb"><ol><li>Home</li></ol></nav><main><h1>Back spasms</h1>' +
      '<p class="lead">A spasm\n      hurts.</p><ul><li>Heat</li><li>Rest</li></ul>' +
      '<p>Reviewed on <time datetime="2026-11-22">November 22, 2026</time>.</p>' +
      '<span hidden>Causes</span><p>Try the <a href="/x/">cat-camel</a>.<br>Go slow.</p>' +
      '<section class="references"><h2>Sources</h2><ol><li>NICE, 2016.</li></ol></section></main>',
  );

  it('puts every block on its own line, and only blocks: source line breaks are spaces', () => {
    expect(readableText($).split('\n')).toEqual([
      'Back spasms',
      'A spasm hurts.',
      'Heat',
      'Rest',
      'Reviewed on .',
      'Try the cat-camel.',
      'Go slow.',
    ]);
  });

  it('leaves out dates, hidden text, sources and breadcrumbs', () => {
    const text = readableText($);
    for (const left of ['November', 'Causes', 'Sources', 'NICE', 'Home']) {
      expect(text).not.toContain(left);
    }
  });

  it('returns empty text when the selector matches nothing', () => {
    expect(readableText($, '#nope')).toBe('');
  });
});

describe('reading level of the built articles', () => {
  const pages = articlePages();

  it('finds every section and enough entries to measure', () => {
    for (const id of sectionIds) {
      expect(pages.map((p) => p.path)).toContain(`/${id}/`);
      expect(entryPages(id).length, `entries in /${id}/`).toBeGreaterThanOrEqual(
        MIN_ENTRIES[id] ?? 1,
      );
    }
  });

  const rows = pages.map((p) => ({ path: p.path, ...readability(readableText(p.$)) }));

  if (process.env.READABILITY_REPORT) {
    console.table(
      rows.map(({ path, grade, words, sentences }) => ({ path, grade, words, sentences })),
    );
  }

  it.each(rows)(`$path reads at grade ${ARTICLE_MAX_GRADE} or lower`, (row) => {
    // Too little text means the extraction or the page broke, and a grade would be meaningless.
    expect(row.words, `${row.path} has almost no text`).toBeGreaterThan(50);
    expect(
      row.grade,
      `${row.path}: grade ${row.grade} over ${row.words} words`,
    ).toBeLessThanOrEqual(ARTICLE_MAX_GRADE);
  });

  it(`keeps the emergency advice (${EMERGENCY_PAGE}${EMERGENCY_SELECTOR}) at grade ${EMERGENCY_MAX_GRADE} or lower`, () => {
    const { $ } = page(EMERGENCY_PAGE);
    const text = readableText($, EMERGENCY_SELECTOR);
    expect(text, `${EMERGENCY_PAGE} has no ${EMERGENCY_SELECTOR} element`).not.toBe('');
    const stats = readability(text);
    if (process.env.READABILITY_REPORT) console.log('emergency section', stats);
    expect(stats.grade, `emergency advice reads at grade ${stats.grade}`).toBeLessThanOrEqual(
      EMERGENCY_MAX_GRADE,
    );
  });
});
