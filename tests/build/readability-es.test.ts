/**
 * Reading level of every Spanish page, measured in Spanish: the INFLESZ scale, 55 or more (about
 * grade 8 or lower) for the page, 65 or more (about grade 6) for the emergency advice. Set
 * READABILITY_REPORT=1 to print each page's score.
 */
import { describe, expect, it } from 'vitest';
import { inflesz, INFLESZ_GRADE_6, INFLESZ_GRADE_8, syllablesEs } from '../support/readability-es';
import { htmlPages, page } from '../support/dist';
import { langOf } from '../../src/lib/i18n';
import { readableText } from './article-text';
import { esPaths, spanishPages } from '../../src/lib/paths';

describe('Spanish syllables', () => {
  it.each([
    ['espalda', 3],
    ['médico', 3],
    ['emergencia', 4],
    ['ahora', 3],
    ['quiropráctico', 5],
    ['guerra', 2],
    ['hoy', 1],
    ['día', 2],
    ['país', 2],
    ['cuidado', 3],
    ['leer', 2],
    ['911', 1],
  ] as const)('%s has %i', (word, count) => {
    expect(syllablesEs(word)).toBe(count);
  });

  it('scores plain short sentences as easy and long heavy ones as hard', () => {
    expect(inflesz('Llame al 911 ahora.\nNo maneje usted.').score).toBeGreaterThan(INFLESZ_GRADE_6);
    expect(
      inflesz(
        'La caracterización epidemiológica de las complicaciones neurológicas postoperatorias requiere consideraciones multidisciplinarias extraordinariamente complejas.',
      ).score,
    ).toBeLessThan(INFLESZ_GRADE_8);
  });
});

describe('Spanish pages read at grade 8 or lower, the emergency advice at grade 6', () => {
  // Every Spanish page with words to read: the site's own pages and every content page.
  const pages = htmlPages()
    .filter((p) => langOf(p.path) === 'es' && p.$('main').length > 0)
    .map((p) => p.path);
  const report = process.env.READABILITY_REPORT === '1';

  it('cover every Spanish page', () => {
    expect(pages).toEqual(expect.arrayContaining(spanishPages.map((key) => esPaths[key])));
    expect(pages.length).toBeGreaterThan(50);
  });

  it.each(pages)('%s', (path) => {
    const { $ } = page(path);
    const main = inflesz(readableText($));
    const emergency = inflesz(readableText($, '[data-warning-tier="emergency"]'));
    if (report) console.log(path, main.score.toFixed(1), emergency.score.toFixed(1));
    expect(main.words, path).toBeGreaterThan(100);
    expect(main.score, `${path} INFLESZ`).toBeGreaterThanOrEqual(INFLESZ_GRADE_8);
    // A page whose emergency block is only a link to the list has too few words to score; the
    // list itself is scored on the pages that show it.
    if (emergency.words > 20) {
      expect(emergency.score, `${path} emergency advice INFLESZ`).toBeGreaterThanOrEqual(
        INFLESZ_GRADE_6,
      );
    }
  });

  it('score the emergency list itself, where it is shown whole', () => {
    const { $ } = page(esPaths.whenToSeeADoctor);
    const emergency = inflesz(readableText($, '[data-warning-tier="emergency"]'));
    expect(emergency.words).toBeGreaterThan(100);
    expect(emergency.score).toBeGreaterThanOrEqual(INFLESZ_GRADE_6);
  });
});
