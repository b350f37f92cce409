/**
 * A frontmatter mistake must stop the build with a message naming the file and the field.
 * Each fixture's message comes from the schema (checked directly with safeParse); one fixture
 * is dropped into a scratch copy of the project, where `astro sync` (the build's content step)
 * must fail naming the file and the field, which proves Astro reports the schema's message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { articleSchema } from '../../src/lib/content-schemas';
import {
  createScratchProject,
  removeScratchProject,
  syncWithFixture,
} from '../support/scratch-project';

const fixtures = resolve('tests/fixtures/content-errors');

const cases = [
  { file: 'missing-title.mdx', field: 'title', message: /title is required/ },
  { file: 'long-description.mdx', field: 'description', message: /160 characters or fewer/ },
  { file: 'bad-date.mdx', field: 'updated', message: /YYYY-MM-DD/ },
  { file: 'half-review.mdx', field: 'reviewedOn', message: /required when reviewer is set/ },
  { file: 'unknown-field.mdx', field: 'authr', message: /authr/ },
];

function frontmatter(file: string): unknown {
  const source = readFileSync(join(fixtures, file), 'utf8');
  return parse(source.split('---')[1] ?? '');
}

describe('schema: each broken fixture fails on the named field', () => {
  for (const { file, field, message } of cases) {
    it(`${file} → ${field}`, () => {
      const result = articleSchema.safeParse(frontmatter(file));
      expect(result.success).toBe(false);
      const issue = result.error!.issues[0]!;
      const named = [...issue.path.map(String), ...('keys' in issue ? issue.keys : [])];
      expect(named).toContain(field);
      expect(issue.message).toMatch(message);
    });
  }
});

describe('build: astro sync stops and names the file and the field', () => {
  let scratch: string;

  beforeAll(() => {
    scratch = createScratchProject('content-errors');
  });

  afterAll(() => removeScratchProject(scratch));

  it('half-review.mdx names reviewedOn and says why', () => {
    const { status, output } = syncWithFixture(
      scratch,
      'causes',
      join(fixtures, 'half-review.mdx'),
    );
    expect(status, output).not.toBe(0);
    expect(output).toContain('src/content/causes/half-review.mdx');
    expect(output).toContain('reviewedOn');
    expect(output).toMatch(/required when reviewer is set/);
  });
});
