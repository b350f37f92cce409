/**
 * Every health page is written in the project's own words (never copy a sentence from any
 * source): no built article shares a run of 10 or more consecutive words
 * with the source notes the content was written from (docs/source-notes/references.md and
 * seed-facts.md). The check is shown failing on fixtures first.
 *
 * Pages are not compared with each other: safety advice is meant to read the same on every page
 * ("go to urgent care or ask your doctor for a same-day visit"), and a page-to-page check flagged
 * exactly those repeats (191 of them), pushing writers to vary wording that must not vary.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { clinic } from '../../src/lib/clinic';
import { articlePages, readableText } from './article-text';
import { normalisedWords, runsOf, sharedRuns } from './shared-runs';

/** A run this long copied from a source is a copied sentence, not a shared phrase. */
const SOURCE_RUN = 10;

/** The notes the words were written from: part of the repository, so a clean clone passes. */
const SOURCE_NOTES_DIR = join('docs', 'source-notes');
const SOURCE_NOTES = ['references.md', 'seed-facts.md'];
const FIXTURES = 'tests/fixtures/originality';

function readSources(dir: string): { name: string; text: string }[] {
  if (!existsSync(dir)) {
    throw new Error(
      `${dir} is missing: the originality test compares pages with the source notes ` +
        `(${SOURCE_NOTES.join(', ')}) the words were written from.`,
    );
  }
  return SOURCE_NOTES.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/**
 * The clinic's facts (src/lib/clinic.ts, their one home) are names, not sentences: the towns it
 * serves appear on the about page in the same order as in the brief, and that is no copy.
 */
const withoutClinicFacts = (text: string) =>
  clinic.communitiesServed.reduce((rest, name) => rest.split(name).join(' '), text);

/** Places where `text` shares a run of `n` words with any of `sources`. */
function copiedFrom(text: string, sources: { name: string; runs: Set<string> }[], n: number) {
  return sources.flatMap((s) => sharedRuns(text, s.runs, n).map((run) => `${s.name}: "${run}"`));
}

const fixtureText = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const fixturePage = (name: string) => cheerio.load(fixtureText(name));

describe('the originality check, on fixtures', () => {
  const sources = [
    { name: 'source.md', runs: runsOf(normalisedWords(fixtureText('source.md')), SOURCE_RUN) },
  ];

  it('finds a sentence copied from a source, whatever its capitals and punctuation', () => {
    const text = readableText(fixturePage('copied-from-source.html'));
    expect(copiedFrom(text, sources, SOURCE_RUN)).toEqual([
      'source.md: "encourage people to keep up normal activities consider a group exercise programme"',
    ]);
  });

  it('passes the same advice in its own words', () => {
    const text = readableText(fixturePage('own-words.html'));
    expect(copiedFrom(text, sources, SOURCE_RUN)).toEqual([]);
  });
});

describe('built health pages are in their own words', () => {
  const sources = readSources(SOURCE_NOTES_DIR).map((s) => ({
    name: s.name,
    runs: runsOf(normalisedWords(s.text), SOURCE_RUN),
  }));
  const pages = articlePages();

  it('finds the pages and the source notes to compare', () => {
    expect(pages.length).toBeGreaterThan(30);
    for (const s of sources) expect(s.runs.size, s.name).toBeGreaterThan(1000);
  });

  it.each(pages.map((p) => [p.path, p] as const))(
    `%s shares no run of ${SOURCE_RUN}+ words with the source notes`,
    (_path, p) => {
      const copied = copiedFrom(withoutClinicFacts(readableText(p.$)), sources, SOURCE_RUN);
      expect(copied, `rewrite in your own words:\n${copied.join('\n')}`).toEqual([]);
    },
  );
});
