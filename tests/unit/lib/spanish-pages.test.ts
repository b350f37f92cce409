import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  duplicateSlugs,
  missingTranslations,
  orphanTranslations,
  translationProblems,
} from '../../../src/lib/spanish-pages';
import { readSpanishFiles } from '../../../src/lib/spanish-files';
import { contentTwins } from '../../../src/lib/twins';
import {
  allSpanishTranslations,
  collectContentTranslations,
} from '../../../src/lib/spanish-reviews';
import { collectLastModified } from '../../../src/lib/lastmod';

const english = {
  id: 'heat-or-ice',
  data: {
    title: 'Heat or ice',
    answer: 'Use heat for 15 to 20 minutes.',
    steps: ['One', 'Two', 'Three'],
  },
  body: '## Why heat\n\nHeat at 100.4 °F.\n\n<WarningSigns tier="emergency" />\n\n## How\n\nFor 1,000 people.',
};
const spanish = {
  id: 'heat-or-ice',
  data: {
    title: 'Calor o hielo',
    answer: 'Use calor de 15 a 20 minutos.',
    steps: ['Uno', 'Dos', 'Tres'],
  },
  body: '## Por qué calor\n\nCalor a 100.4 °F.\n\n<WarningSigns tier="emergency" />\n\n## Cómo\n\nPara 1000 personas.',
};

describe('translationProblems', () => {
  it('finds nothing in a translation that keeps every section, number, block and step', () => {
    expect(translationProblems('questions', english, spanish)).toEqual([]);
  });

  it('names the file and the number a translation dropped', () => {
    const lost = { ...spanish, body: spanish.body.replace('100.4', 'cien') };
    expect(translationProblems('questions', english, lost)).toEqual([
      'src/content/es/questions/heat-or-ice.mdx: the English says 100.4, the Spanish does not; keep every number as digits',
    ]);
  });

  it('names a lost section, a lost warning-signs block, a missing field and a lost step', () => {
    const lost = {
      id: 'heat-or-ice',
      data: { title: 'Calor o hielo', steps: ['Uno', 'Dos'] },
      body: '## Por qué calor\n\nCalor a 100.4 °F. 15 a 20 minutos, 1000 personas.',
    };
    const problems = translationProblems('questions', english, lost);
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toContain('answer: missing');
    expect(problems.join('\n')).toContain('steps: the English has 3, the Spanish 2');
    expect(problems.join('\n')).toContain('body: 1 "##" sections, the English has 2');
    expect(problems.join('\n')).toContain('missing: <WarningSigns tier="emergency" />');
  });
});

describe('which files are twins', () => {
  const en = [{ id: 'a' }, { id: 'b' }];
  it('lists the English pages with no Spanish file', () => {
    expect(missingTranslations('causes', en, [{ id: 'a' }])).toEqual([
      'src/content/es/causes/b.mdx',
    ]);
  });
  it('refuses a Spanish file with no English twin, and two Spanish pages at one address', () => {
    expect(orphanTranslations('causes', en, [{ id: 'c' }])[0]).toMatch(
      /^src\/content\/es\/causes\/c\.mdx: no English page/,
    );
    const pages = [
      { id: 'a', data: { slug: 'uno' } },
      { id: 'b', data: { slug: 'uno' } },
    ];
    expect(duplicateSlugs('causes', pages)).toEqual([
      'src/content/es/causes/b.mdx: slug: "uno" is already the address of src/content/es/causes/a.mdx',
    ]);
  });
});

describe('Spanish files on disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spanish-'));
  mkdirSync(join(dir, 'causes'));
  mkdirSync(join(dir, 'es', 'causes'), { recursive: true });
  mkdirSync(join(dir, 'es', 'warning-signs'), { recursive: true });
  writeFileSync(
    join(dir, 'causes', 'overuse.mdx'),
    '---\ntitle: Overuse\nupdated: 2026-12-01\n---\n',
  );
  writeFileSync(
    join(dir, 'es', 'causes', 'overuse.mdx'),
    '---\nslug: uso-excesivo\ntitle: Uso excesivo\nupdated: 2026-12-05\n---\n',
  );
  writeFileSync(join(dir, 'es', 'warning-signs', 'fever.yaml'), 'words: Fiebre\n');

  it('give each Spanish page its address under the Spanish section', () => {
    expect(readSpanishFiles(dir).map((f) => [f.englishPath, f.path])).toEqual([
      ['/causes/overuse/', '/es/causas/uso-excesivo/'],
    ]);
    expect(readSpanishFiles(join(dir, 'causes'))).toEqual([]);
  });

  it('pair each page and its section with their English twins', () => {
    expect([...contentTwins(dir)]).toEqual([
      ['/causes/overuse/', '/es/causas/uso-excesivo/'],
      ['/causes/', '/es/causas/'],
    ]);
  });

  it('list each page as awaiting a medical translator until its file records one', () => {
    expect(collectContentTranslations(dir, dir)).toEqual([
      {
        path: '/es/causas/uso-excesivo/',
        source: 'es/causes/overuse.mdx',
        translator: undefined,
        reviewedOn: undefined,
      },
    ]);
  });

  it('list every Spanish page for the translator, its section index too', () => {
    const paths = allSpanishTranslations(dir).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['/es/causas/', '/es/causas/uso-excesivo/']));
    expect(paths).not.toContain('/es/ejercicios/');
  });

  it('date each Spanish page and section by its own words', () => {
    const dates = collectLastModified(dir);
    expect(dates.get('/es/causas/uso-excesivo/')?.toISOString().slice(0, 10)).toBe('2026-12-05');
    expect(dates.get('/es/causas/')?.toISOString().slice(0, 10)).toBe('2026-12-05');
  });
});
