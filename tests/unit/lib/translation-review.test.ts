import { describe, expect, it } from 'vitest';
import {
  awaitingTranslationReview,
  formatTranslationReport,
} from '../../../src/lib/translation-review';
import { launchChecklist } from '../../../src/lib/launch-check';
import { spanishTranslations } from '../../../src/lib/site';

const pending = { path: '/es/', source: 'src/lib/site.ts' };
const checked = {
  path: '/es/por-donde-empiezo/',
  source: 'src/lib/site.ts',
  translator: 'Ana Pérez, CoreCHI',
  reviewedOn: new Date('2026-12-10'),
};

describe('the Spanish pages’ translation review', () => {
  it('counts a page as checked only with a translator and a day', () => {
    expect(awaitingTranslationReview([pending, checked])).toEqual([pending]);
    expect(awaitingTranslationReview([{ ...checked, reviewedOn: undefined }])).toHaveLength(1);
  });

  it('lists every Spanish page and says how many still wait', () => {
    const report = formatTranslationReport([checked, pending]);
    expect(report).toContain('/es/  TRANSLATION NOT CHECKED  src/lib/site.ts');
    expect(report).toContain('/es/por-donde-empiezo/  checked by Ana Pérez, CoreCHI on 2026-12-10');
    expect(report).toMatch(/1 of 2 Spanish pages await a medical translator's check\./);
  });

  it('is an item of the launch check, open while a page waits', () => {
    const item = (translations: (typeof pending)[]) =>
      launchChecklist({ pages: [], translations, clinic: {}, env: {} }).find((i) =>
        i.name.includes('translator'),
      )!;
    expect(item([pending])).toMatchObject({
      done: false,
      state: '1 of 1 Spanish pages not checked: /es/',
    });
    expect(item([checked])).toMatchObject({ done: true });
  });

  it('says today that no Spanish page has been checked: none was', () => {
    expect(spanishTranslations.length).toBeGreaterThan(0);
    expect(awaitingTranslationReview(spanishTranslations)).toEqual(spanishTranslations);
  });
});
