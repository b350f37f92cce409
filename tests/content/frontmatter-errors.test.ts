/**
 * A frontmatter mistake must stop the build with a message naming the file and the field.
 * Each fixture is dropped into a scratch copy of the project and `astro sync` (the build's
 * content step) must fail saying where and what.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, symlinkSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { articleSchema } from '../../src/lib/content-schemas';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const root = resolve('.');
const fixtures = join(root, 'tests/fixtures/content-errors');

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
    scratch = mkdtempSync(join(tmpdir(), 'content-errors-'));
    for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      cpSync(join(root, item), join(scratch, item), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
  });

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  for (const { file, field } of cases) {
    it(`${file} names ${field}`, () => {
      const target = join(scratch, 'src/content/causes', file);
      copyFileSync(join(fixtures, file), target);
      try {
        const run = spawnSync(join(root, 'node_modules/.bin/astro'), ['sync'], {
          cwd: scratch,
          encoding: 'utf8',
          env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
        });
        const output = `${run.stdout}\n${run.stderr}`;
        expect(run.status, output).not.toBe(0);
        expect(output).toContain(`src/content/causes/${file}`);
        expect(output).toContain(field);
      } finally {
        rmSync(target);
      }
    });
  }
});
