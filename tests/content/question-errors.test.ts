/**
 * A mistake in a question page's frontmatter stops the build naming the file and the field:
 * a question without "?", an answer over 50 words, a group that does not exist. Each message
 * comes from the schema (checked with safeParse); one fixture goes into a scratch copy of the
 * project, where `astro sync` (the build's content step) must fail saying where and what.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { questionSchema } from '../../src/lib/content-schemas';
import {
  createScratchProject,
  removeScratchProject,
  syncWithFixture,
} from '../support/scratch-project';

const fixtures = resolve('tests/fixtures/question-errors');

const cases = [
  { file: 'no-question-mark.mdx', field: 'question', message: /must end with "\?"/ },
  { file: 'long-answer.mdx', field: 'answer', message: /50 words or fewer/ },
  { file: 'unknown-group.mdx', field: 'group', message: /group must be one of/ },
];

const frontmatter = (file: string): unknown =>
  parse(readFileSync(join(fixtures, file), 'utf8').split('---')[1] ?? '');

describe('schema: each broken question fails on the named field', () => {
  it.each(cases)('$file → $field', ({ file, field, message }) => {
    const result = questionSchema.safeParse(frontmatter(file));
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual([field]);
    expect(result.error!.issues[0]!.message).toMatch(message);
  });
});

describe('build: astro sync stops and names the question file and the field', () => {
  let scratch: string;

  beforeAll(() => {
    scratch = createScratchProject('question-errors');
  });

  afterAll(() => removeScratchProject(scratch));

  it('no-question-mark.mdx names question and says why', () => {
    const fixture = join(fixtures, 'no-question-mark.mdx');
    const { status, output } = syncWithFixture(scratch, 'questions', fixture);
    expect(status, output).not.toBe(0);
    expect(output).toContain('no-question-mark');
    expect(output).toContain('question');
    expect(output).toMatch(/must end with "\?"/);
  });
});
