/**
 * A warning-sign file without a tier, words or source must stop the build, naming the file and
 * the field. Each fixture is checked against the schema, then dropped into a scratch copy of
 * the project where `astro sync` (the build's content step) must fail saying where and what.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { warningSignSchema } from '../../src/lib/content-schemas';
import {
  createScratchProject,
  removeScratchProject,
  syncWithFixture,
} from '../support/scratch-project';

const fixtures = resolve('tests/fixtures/warning-sign-errors');

const cases = [
  { file: 'missing-tier.yaml', field: 'tier', message: /tier is required/ },
  { file: 'unknown-tier.yaml', field: 'tier', message: /emergency, urgent, doctor/ },
  { file: 'missing-words.yaml', field: 'words', message: /words is required/ },
  { file: 'missing-source.yaml', field: 'source', message: /source is required/ },
];

describe('schema: each broken sign fails on the named field', () => {
  for (const { file, field, message } of cases) {
    it(`${file} → ${field}`, () => {
      const result = warningSignSchema.safeParse(parse(readFileSync(join(fixtures, file), 'utf8')));
      expect(result.success).toBe(false);
      const issue = result.error!.issues[0]!;
      expect(issue.path.map(String)).toContain(field);
      expect(issue.message).toMatch(message);
    });
  }
});

describe('build: astro sync stops and names the sign file and the field', () => {
  let scratch: string;

  beforeAll(() => {
    scratch = createScratchProject('warning-sign-errors');
  });

  afterAll(() => removeScratchProject(scratch));

  for (const { file, field } of cases) {
    it(`${file} names ${field}`, () => {
      const { status, output } = syncWithFixture(scratch, 'warning-signs', join(fixtures, file));
      expect(status, output).not.toBe(0);
      expect(output).toContain(`src/content/warning-signs/${file}`);
      expect(output).toContain(field);
    });
  }
});
