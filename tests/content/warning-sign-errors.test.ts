/**
 * A warning-sign or rule file without a tier, words or source, a cauda equina sign set below
 * emergency, or a sign whose `why` says how soon or where, must stop the build, naming the file and the field. Each fixture is checked against
 * the schema; one sign and one rule are also dropped into a scratch copy of the project, where
 * `astro sync` (the build's content step) must fail saying where and what.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { triageRuleSchema, warningSignSchema } from '../../src/lib/content-schemas';
import {
  createScratchProject,
  removeScratchProject,
  syncWithFixture,
} from '../support/scratch-project';

const fixtures = resolve('tests/fixtures/warning-sign-errors');

const sign = { collection: 'warning-signs', schema: warningSignSchema };
const rule = { collection: 'triage-rules', schema: triageRuleSchema };
const cases = [
  { ...sign, file: 'missing-tier.yaml', field: 'tier', message: /tier is required/ },
  { ...sign, file: 'unknown-tier.yaml', field: 'tier', message: /emergency, urgent, doctor/ },
  { ...sign, file: 'missing-words.yaml', field: 'words', message: /words is required/ },
  { ...sign, file: 'missing-source.yaml', field: 'source', message: /source is required/ },
  {
    ...sign,
    file: 'cauda-equina-below-emergency.yaml',
    field: 'tier',
    message: /tier must be emergency for a cauda equina sign/,
  },
  {
    ...sign,
    file: 'why-says-how-soon.yaml',
    field: 'why',
    message: /why must say why this matters, not how soon or where \("today"\)/,
  },
  { ...rule, file: 'rule-missing-source.yaml', field: 'source', message: /source is required/ },
];

describe('schema: each broken sign fails on the named field', () => {
  for (const { file, field, message, schema } of cases) {
    it(`${file} → ${field}`, () => {
      const result = schema.safeParse(parse(readFileSync(join(fixtures, file), 'utf8')));
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

  // One file of each kind end to end (about 4 s each); the schema tests above cover each message.
  const endToEnd = ['missing-source.yaml', 'rule-missing-source.yaml'];
  for (const { file, field, collection } of cases.filter((c) => endToEnd.includes(c.file))) {
    it(`${file} names ${field}`, () => {
      const { status, output } = syncWithFixture(scratch, collection, join(fixtures, file));
      expect(status, output).not.toBe(0);
      expect(output).toContain(`src/content/${collection}/${file}`);
      expect(output).toContain(field);
    });
  }
});
