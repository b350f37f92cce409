/**
 * Every key fact of the fact sheet is on the site: each one in tests/fixtures/seed-facts.ts
 * names its page and the phrases that page's built text must contain.
 */
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../support/dist';
import { seedFacts, type SeedFact } from '../fixtures/seed-facts';
import { readableText } from './article-text';

const normalise = (text: string) =>
  text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');

/** Readable text per page: one block per line, and all on one line for plain phrases. */
const texts = new Map(
  htmlPages().map((p) => {
    const lines = normalise(readableText(p.$));
    return [p.path, { lines, flat: lines.replace(/\s+/g, ' ').toLowerCase() }] as const;
  }),
);

/** The phrases of `fact` that its page does not contain. */
function missingPhrases(fact: SeedFact): string[] {
  const text = texts.get(fact.page);
  if (!text) return [`(no built page at ${fact.page})`];
  return fact.phrases
    .filter((phrase) =>
      typeof phrase === 'string'
        ? !text.flat.includes(normalise(phrase).toLowerCase())
        : !phrase.test(text.lines),
    )
    .map(String);
}

describe('the fact list', () => {
  it('has unique ids and at least one phrase per fact', () => {
    const ids = seedFacts.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const fact of seedFacts) expect(fact.phrases.length, fact.id).toBeGreaterThan(0);
  });

  it('uses site paths with trailing slashes', () => {
    for (const fact of seedFacts) expect(fact.page, fact.id).toMatch(/^\/([a-z0-9-]+\/)*$/);
  });

  it('covers all 11 risk factors and all 25 exercise steps', () => {
    expect(seedFacts.filter((f) => /^risk-\d+-/.test(f.id))).toHaveLength(11);
    expect(seedFacts.filter((f) => /^exercise-.+-step-\d+$/.test(f.id))).toHaveLength(25);
  });
});

describe('every seed fact is on its page', () => {
  it.each(seedFacts.map((f) => [f.id, f] as const))('%s', (_id, fact) => {
    const missing = missingPhrases(fact);
    expect(
      missing,
      `${fact.page} should state: ${fact.fact}. Missing: ${missing.join(', ')}`,
    ).toEqual([]);
  });
});
