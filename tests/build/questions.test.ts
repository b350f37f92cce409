/**
 * The question pages as built: each opens with its question (H1 ending "?") and a
 * short answer of 50 words or fewer before anything else, carries the warning-sign block, two
 * or more sources, its updated date and review status, question JSON-LD that matches the page,
 * and stays within the 20 KiB no-JS budget. Also checks the grouped index, the home page's
 * most-asked list, the "Questions people ask" lists on articles, and the sitemap.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DIST, page } from '../support/dist';
import { measurePage } from '../../scripts/budget/measure';
import { BUDGET } from '../../scripts/budget/page-budget';
import { countWords, questionGroups } from '../../src/lib/content-schemas';
import { groupInfo, TOP_QUESTIONS } from '../../src/lib/questions';

const DIR = 'src/content/questions';

interface Source {
  slug: string;
  path: string;
  question: string;
  answer: string;
  group: string;
  order: number;
  related: string[];
}

const sources: Source[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const data = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]!);
    const slug = file.replace(/\.mdx$/, '');
    return { slug, path: `/questions/${slug}/`, related: [], ...data };
  });

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The page's JSON-LD nodes, parsed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const jsonLd = (path: string): Record<string, any>[] =>
  page(path)
    .$('script[type="application/ld+json"]')
    .map((_, el) => JSON.parse(page(path).$(el).text()))
    .get()
    .flat();

describe('the questions collection', () => {
  it('has the 16 questions the issue asks for, or more', () => {
    expect(sources.length).toBeGreaterThanOrEqual(16);
  });
});

describe.each(sources.map((s) => [s.path, s] as const))('%s', (path, source) => {
  const { $, html } = page(path);
  const main = $('main');

  it('has one H1: the question, ending with "?"', () => {
    expect(main.find('h1')).toHaveLength(1);
    const h1 = squash(main.find('h1').text());
    expect(h1).toBe(source.question);
    expect(h1.endsWith('?')).toBe(true);
  });

  it('shows the short answer first, in 50 words or fewer', () => {
    const first = main.find('article > h1').next();
    expect(first.is('[data-short-answer]'), 'the element after the H1 is the answer').toBe(true);
    const answer = squash(first.find('p').text());
    expect(answer).toBe(squash(source.answer));
    expect(countWords(answer)).toBeLessThanOrEqual(50);
  });

  it('carries the warning-sign block, linking to the doctor page', () => {
    const block = main.find('[data-warning-signs], aside[aria-label="Warning signs"]');
    expect(block.length).toBeGreaterThan(0);
    expect(block.find('a[href^="/when-to-see-a-doctor/"]').length).toBeGreaterThan(0);
  });

  it('lists two or more sources with links', () => {
    const items = $('.references li a[href^="https://"]');
    expect(items.length).toBeGreaterThanOrEqual(2);
  });

  it('shows its updated date and review status', () => {
    const status = $('[data-review-status]');
    expect(status).toHaveLength(1);
    expect(status.find('time.updated').attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(['reviewed', 'pending']).toContain(status.attr('data-review-status'));
    expect(squash(status.text())).toMatch(/^Updated .+\. (Reviewed by|Review pending)/);
  });

  it('links the articles it builds on', () => {
    for (const related of source.related) {
      expect(main.find(`a[href="/${related}/"]`).length, related).toBeGreaterThan(0);
    }
  });

  it('describes itself as a MedicalWebPage whose main entity is the question and answer', () => {
    const node = jsonLd(path).find((n) => n['@type'] === 'MedicalWebPage')!;
    expect(node.about).toMatchObject({ '@type': 'MedicalCondition' });
    expect(node.mainEntity).toMatchObject({
      '@type': 'Question',
      name: source.question,
      acceptedAnswer: { '@type': 'Answer', text: source.answer },
    });
  });

  it('is in the Questions search filter, with its breadcrumb trail', () => {
    expect(main.attr('data-pagefind-filter')).toBe('section:Questions');
    const crumbs = $('nav[aria-label="Breadcrumb"] a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(crumbs).toEqual(['/', '/questions/', path]);
  });

  it('stays within the 20 KiB budget and ships no JavaScript', () => {
    const measured = measurePage(DIST, path, html);
    expect(measured.problems).toEqual([]);
    expect(measured.weight.jsBytes).toBe(0);
    expect(BUDGET.pageWithoutJs).toBeLessThanOrEqual(20 * 1024);
  });
});

describe('/questions/', () => {
  const { $ } = page('/questions/');

  it('groups the questions for a person in pain, in order, each with its short answer', () => {
    const groups = $('[data-question-group]')
      .map((_, el) => $(el).attr('data-question-group'))
      .get();
    const used = questionGroups.filter((g) => sources.some((s) => s.group === g));
    expect(groups).toEqual(used);
    for (const s of sources) {
      const item = $(`[data-question-group="${s.group}"] a[href="${s.path}"]`).closest('li');
      expect(item.length, s.path).toBe(1);
      expect(squash(item.find('p').text())).toBe(squash(s.answer));
    }
    const headings = $('[data-question-group] h2')
      .map((_, h) => $(h).text())
      .get();
    expect(headings).toEqual(used.map((g) => groupInfo.find((info) => info.id === g)!.heading));
  });

  it('is marked up as an FAQPage with every question and answer', () => {
    const faq = jsonLd('/questions/').find((n) => n['@type'] === 'FAQPage')!;
    expect(faq.mainEntity).toHaveLength(sources.length);
    for (const s of sources) {
      expect(faq.mainEntity).toContainEqual(
        expect.objectContaining({
          name: s.question,
          acceptedAnswer: expect.objectContaining({ text: s.answer }),
        }),
      );
    }
  });
});

describe('links to the questions from the rest of the site', () => {
  it('the home page lists the most-asked questions near the top', () => {
    const { $ } = page('/');
    const block = $('[data-top-questions]');
    expect(block).toHaveLength(1);
    const expected = [...sources]
      .sort((a, b) => a.order - b.order || a.question.localeCompare(b.question))
      .slice(0, TOP_QUESTIONS)
      .map((s) => s.path);
    const links = block
      .find('li a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(links).toEqual(expected);
    // Near the top: before the section list and the quiz invitation.
    const order = $('main > section, main > [data-top-questions]')
      .map((_, el) => $(el).attr('aria-labelledby'))
      .get();
    expect(order.indexOf('top-questions-heading')).toBeLessThan(order.indexOf('sections-heading'));
  });

  it('each related article lists the question under "Questions people ask"', () => {
    for (const s of sources) {
      for (const related of s.related) {
        const { $ } = page(`/${related}/`);
        const list = $('section.questions-people-ask');
        expect(list.find('h2').text(), related).toBe('Questions people ask');
        expect(list.find(`a[href="${s.path}"]`).length, `${related} → ${s.path}`).toBe(1);
      }
    }
  });

  it('the header navigation links to /questions/', () => {
    const { $ } = page('/causes/overuse/');
    expect(squash($('nav[aria-label="Main"] a[href="/questions/"]').text())).toBe('Questions');
  });

  it('the sitemap lists every question page with its last-modified date', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    for (const path of ['/questions/', ...sources.map((s) => s.path)]) {
      expect(sitemap, path).toMatch(
        new RegExp(`<loc>[^<]*${path.replace(/\//g, '\\/')}</loc><lastmod>\\d{4}-\\d{2}-\\d{2}T`),
      );
    }
  });
});
