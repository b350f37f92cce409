/**
 * No page states a claim the evidence does not support, in the MDX sources and in every built
 * page: no cure or guarantee, no misalignment, no joint pressing on a nerve, no muscles "running
 * low on fluid", no innate healing, no posture or weak core as a cause. The rules live in
 * ./claim-rules.ts; each one is shown failing on its fixture in tests/fixtures/claims/. A
 * sentence that denies the claim is allowed.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages } from '../support/dist';
import { filesUnder } from '../../src/lib/files';
import { readableText } from './article-text';
import { CLAIM_RULES, describeHits, findClaims } from './claim-rules';

const CONTENT_DIR = 'src/content';
const FIXTURES = 'tests/fixtures/claims';

/** Fixture lines: one sentence each; `#` lines are notes. */
const fixtureLines = (name: string) =>
  readFileSync(join(FIXTURES, name), 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));

const mdxFiles = (dir: string): string[] =>
  filesUnder(dir).filter((file) => file.endsWith('.mdx') || file.endsWith('.md'));

describe('each claim rule fails on its fixture', () => {
  it('has a fixture for every rule, and a rule for every fixture', () => {
    const fixtures = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.txt') && f !== 'allowed.txt')
      .map((f) => f.replace(/\.txt$/, ''));
    expect(fixtures.sort()).toEqual(CLAIM_RULES.map((r) => r.id).sort());
  });

  it.each(CLAIM_RULES.map((r) => [r.id, r] as const))(
    'rule %s flags every sentence of its fixture',
    (id) => {
      const lines = fixtureLines(`${id}.txt`);
      expect(lines.length, `${id}.txt has no sentences`).toBeGreaterThan(0);
      for (const line of lines) {
        const hits = findClaims(line);
        expect(
          hits.map((h) => h.rule),
          `"${line}"`,
        ).toEqual([id]);
      }
    },
  );

  it.each(fixtureLines('allowed.txt'))('allows "%s"', (sentence) => {
    expect(findClaims(sentence)).toEqual([]);
  });

  it('judges each sentence on its own: a denial does not excuse the next sentence', () => {
    const hits = findClaims('This is not magic. It cures spasms.');
    expect(hits.map((h) => h.sentence)).toEqual(['It cures spasms.']);
  });

  it('treats each line as its own sentence', () => {
    expect(findClaims('No drugs needed\nGuaranteed relief')).toHaveLength(1);
  });

  it('names the rule and what it forbids in the failure message', () => {
    const message = describeHits('x.mdx', findClaims('Poor posture causes back spasms.'));
    expect(message).toContain('rule posture-core-cause');
    expect(message).toContain('x.mdx: "Poor posture causes back spasms."');
  });
});

describe('no unsupported claim on any page', () => {
  const files = mdxFiles(CONTENT_DIR);

  it('finds the content to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(19);
  });

  it.each(files)('%s makes no unsupported claim', (file) => {
    const hits = findClaims(readFileSync(file, 'utf8'));
    expect(hits, describeHits(file, hits)).toEqual([]);
  });

  it.each(htmlPages().map((p) => [p.path, p] as const))(
    'built page %s makes no unsupported claim',
    (path, p) => {
      const text = [
        p.$('title').text(),
        p.$('meta[name="description"]').attr('content') ?? '',
        readableText(p.$, 'body'),
      ].join('\n');
      const hits = findClaims(text);
      expect(hits, describeHits(path, hits)).toEqual([]);
    },
  );
});
