/**
 * No promise of a cure or a result, in the MDX sources and in every built page.
 *
 * FTC rules ask for reliable evidence behind health claims and Virginia's board forbids
 * misleading advertising (references.md), so cure, guarantee and miracle wording fails the
 * build. A sentence that denies the claim ("Manipulation is not a cure.") is allowed, because
 * saying so plainly is part of honest health writing.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../support/readability';
import { htmlPages } from '../support/dist';
import { readableText } from './article-text';

const CONTENT_DIR = 'src/content';

/** Wording that promises a result. Each is matched per sentence, case-insensitively. */
const CLAIM_PATTERNS: readonly RegExp[] = [
  /\bcur(?:e|es|ed|ing|ative)\b/i,
  /\bguarantee(?:s|d)?\b/i,
  /\bmirac(?:le|les|ulous)\b/i,
  /\bpermanent(?:ly)?\s+(?:fix|fixes|fixed|relief|solution|results?|cure)\b/i,
  /\b100\s?(?:%|percent\b)/i,
  /\b(?:gone|fixed|healed|pain-free|relief)\s+(?:for good|forever)\b/i,
  /\binstant(?:ly)?\s+relie(?:f|ve)\b/i,
  /\bclinically proven\b/i,
  /\bcompletely unnecessary\b/i,
  /\b(?:drugs|medication|medicines|injections|surgery)\s+(?:is|are|becomes?)?\s*unnecessary\b/i,
  /\binnate intelligence\b/i,
];

/** A sentence with one of these words denies rather than makes the claim. */
const NEGATION = /\b(?:no|not|never|cannot|nor)\b|n['\u2019]t\b/i;

interface ClaimHit {
  sentence: string;
  pattern: string;
}

/** Sentences of `text` that make a forbidden claim without denying it. */
function findClaims(text: string): ClaimHit[] {
  const hits: ClaimHit[] = [];
  for (const sentence of splitSentences(text)) {
    if (NEGATION.test(sentence)) continue;
    const pattern = CLAIM_PATTERNS.find((p) => p.test(sentence));
    if (pattern) hits.push({ sentence, pattern: pattern.source });
  }
  return hits;
}

function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return mdxFiles(full);
    return full.endsWith('.mdx') || full.endsWith('.md') ? [full] : [];
  });
}

const describeHits = (where: string, hits: ClaimHit[]) =>
  hits.map((h) => `${where}: "${h.sentence}" (matches /${h.pattern}/)`).join('\n');

describe('findClaims', () => {
  it.each([
    'Chiropractic care cures back spasms.',
    'We treat the root cause and cure it.',
    'Results guaranteed!',
    'A permanent fix for your back.',
    'It works 100% of the time.',
    'Enjoy 100 percent relief.',
    'Many call it a miracle.',
    'Your pain will be gone for good.',
    'Get instant relief today.',
    'Surgery becomes unnecessary.',
    'Living with back spasms is completely unnecessary.',
    'The body heals itself through innate intelligence.',
  ])('flags "%s"', (sentence) => {
    expect(findClaims(sentence)).toHaveLength(1);
  });

  it.each([
    'There is no cure for every back spasm.',
    'Spinal manipulation is not a cure for back pain.',
    'We cannot guarantee a result.',
    'We never promise a miracle.',
    "We don't offer a permanent fix.",
    'Use a secure form to curate your notes.',
    'Most people improve with time.',
  ])('allows "%s"', (sentence) => {
    expect(findClaims(sentence)).toEqual([]);
  });

  it('judges each sentence on its own: a denial does not excuse the next sentence', () => {
    const hits = findClaims('This is not magic. It cures spasms.');
    expect(hits.map((h) => h.sentence)).toEqual(['It cures spasms.']);
  });

  it('treats each line as its own sentence', () => {
    expect(findClaims('No drugs needed\nGuaranteed relief')).toHaveLength(1);
  });
});

describe('no cure or guarantee wording', () => {
  const files = mdxFiles(CONTENT_DIR);

  it('finds the content to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(19);
  });

  it.each(files)('%s makes no cure or guarantee claim', (file) => {
    const hits = findClaims(readFileSync(file, 'utf8'));
    expect(hits, describeHits(file, hits)).toEqual([]);
  });

  it.each(htmlPages().map((p) => [p.path, p] as const))(
    'built page %s makes no cure or guarantee claim',
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
