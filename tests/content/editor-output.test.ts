/**
 * Files shaped the way the editor at /admin/ saves them (YAML frontmatter as the `yaml`
 * library writes it: `""` for an empty text, `[]` for an empty list, dates as text) must
 * either build as meant or stop the build naming the file and the field, so a bad save never
 * ships a broken page and the message tells staff what to fix. Each message is checked on the
 * schema directly; `astro sync` in a scratch copy runs once on a mistake and once on the
 * valid quoted date, since Astro's own YAML reading is what the editor's files meet.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { articleSchema, exerciseSchema } from '../../src/lib/content-schemas';
import {
  createScratchProject,
  removeScratchProject,
  syncWithFixture,
} from '../support/scratch-project';

const fixtures = resolve('tests/fixtures/editor-output');
const exercise = exerciseSchema(z.string());

const failing = [
  { file: 'quoted-date.mdx', collection: 'causes', field: 'updated', message: /YYYY-MM-DD/ },
  { file: 'empty-review-date.mdx', collection: 'causes', field: 'reviewedOn', message: /date/ },
  {
    file: 'empty-references.mdx',
    collection: 'causes',
    field: 'references',
    message: /at least one/,
  },
  {
    file: 'empty-cautions.mdx',
    collection: 'exercises',
    field: 'cautions',
    message: /at least one/,
  },
  { file: 'missing-alt.mdx', collection: 'exercises', field: 'alt', message: /.+/ },
];

const frontmatter = (file: string): unknown =>
  parse(readFileSync(join(fixtures, file), 'utf8').split('---')[1] ?? '');
const schemaFor = (collection: string) => (collection === 'exercises' ? exercise : articleSchema);

describe('schema: each editor-shaped mistake fails on its field', () => {
  for (const { file, collection, field, message } of failing) {
    it(`${file} → ${field}`, () => {
      const result = schemaFor(collection).safeParse(frontmatter(file));
      expect(result.success).toBe(false);
      const issue = result.error!.issues[0]!;
      expect(issue.path.map(String)).toContain(field);
      expect(issue.message).toMatch(message);
    });
  }

  it('a quoted but real date is read as that date (nothing lost)', () => {
    const result = articleSchema.safeParse(frontmatter('valid-quoted-date.mdx'));
    expect(result.success).toBe(true);
    expect(result.data!.updated.toISOString().slice(0, 10)).toBe('2026-11-22');
  });
});

describe('build: astro sync stops and names the file and the field', () => {
  let scratch: string;

  beforeAll(() => {
    scratch = createScratchProject('editor-output');
  });

  afterAll(() => removeScratchProject(scratch));

  const sync = (collection: string, file: string) =>
    syncWithFixture(scratch, collection, join(fixtures, file));

  // One editor-shaped mistake end to end; the schema tests above cover each message.
  it('quoted-date.mdx names updated', () => {
    const { status, output } = sync('causes', 'quoted-date.mdx');
    expect(status, output).not.toBe(0);
    expect(output).toContain('src/content/causes/quoted-date.mdx');
    expect(output).toContain('updated');
  });

  it('the same shape with a quoted real date builds', () => {
    const { status, output } = sync('causes', 'valid-quoted-date.mdx');
    expect(status, output).toBe(0);
  });
});
