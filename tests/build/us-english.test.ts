/**
 * The site is written in US English for US readers (house rules: pee, poop, chills; "cane", not
 * "walking stick"): no British spelling or British word in the words a visitor reads, in the MDX
 * articles and in the YAML records (warning signs, quiz facts and rules). The word list is data
 * below, each British word with the US word to write instead, so a failure names the file, the
 * line, the word and what to write. Words match whole and in any case ("Colour" and "colour").
 *
 * Left out on purpose:
 * - src/content/search-terms/: words people search with, British spellings included, so that a
 *   reader who types "labour" or "tumour" still finds the page;
 * - a source's title, publisher and link (an indented `title:`, `publisher:` or `url:` line):
 *   a source is cited as it was published ("Randomised study ... during labour");
 * - YAML comment lines and web addresses.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { filesUnder } from '../../src/lib/files';
import { SEARCH_TERMS_FOLDER } from '../../src/lib/search-terms';

const CONTENT_DIR = 'src/content';

export interface UsWord {
  /** The British word or phrase, as a regular-expression fragment matched as whole words. */
  british: string;
  /** What to write instead, shown in the failure message. */
  us: string;
}

/** British words and phrases, each with the US word to use. Matched whole-word, any case. */
export const BRITISH_TO_US: readonly UsWord[] = [
  { british: String.raw`colour(?:s|ed|ful|ing)?`, us: 'color (colors, colored, colorful)' },
  { british: String.raw`favour(?:s|ed|ing|ite|ites|able)?`, us: 'favor (favors, favorite)' },
  { british: String.raw`behaviour(?:s|al)?`, us: 'behavior (behaviors, behavioral)' },
  { british: String.raw`centre(?:s|d)?`, us: 'center (centers, centered)' },
  { british: String.raw`(?:centi|milli|kilo)?metres?`, us: 'meter (or feet and inches)' },
  { british: String.raw`stools`, us: 'poop' },
  { british: String.raw`walking sticks?`, us: 'cane' },
  { british: String.raw`afterwards`, us: 'afterward' },
  {
    british: String.raw`(?:has|have|had)(?: not|n't) got (?:better|worse)`,
    us: 'has not gotten better (or worse)',
  },
  {
    british: String.raw`feel(?:ing|s)? sick(?! to (?:your|their|his|her|my) stomach)`,
    us: 'sick to your stomach (or nauseous)',
  },
  { british: String.raw`being sick`, us: 'throwing up' },
  // "Morning sickness" and "motion sickness" are US English too.
  { british: String.raw`(?<!morning |motion )sickness`, us: 'nausea' },
  {
    british: String.raw`(?:during|play|plays|playing|played|back to|and|do|doing) sport`,
    us: 'sports (during sports, play sports)',
  },
  { british: String.raw`practis(?:e|es|ed|ing)`, us: 'practice (practiced, practicing)' },
  { british: String.raw`paediatric(?:s|ian|ians)?`, us: 'pediatric (pediatrician)' },
  { british: String.raw`anaesthe(?:tic|tics|sia|tist|tists)`, us: 'anesthetic (anesthesia)' },
  { british: String.raw`oedema`, us: 'edema (swelling)' },
  { british: String.raw`haemorrhag(?:e|es|ed|ing)`, us: 'hemorrhage (bleeding)' },
  { british: String.raw`GPs?`, us: 'primary care doctor (or family doctor)' },
  { british: String.raw`labour`, us: 'labor' },
  { british: String.raw`tumours?`, us: 'tumor' },
  { british: String.raw`diarrhoea`, us: 'diarrhea' },
  { british: String.raw`orthopaedic(?:s)?`, us: 'orthopedic' },
  // A checkbox is checked in the US; the British "tick" reads as a clock or an insect.
  { british: String.raw`tick(?:s|ed|ing)?`, us: 'check (checked)' },
  { british: String.raw`(?:hot|cold|long|dry|warm) spells?`, us: 'a heat wave (or a long time)' },
  { british: String.raw`dummy pills?`, us: 'placebo (a pill with no medicine in it)' },
  { british: String.raw`talking therap(?:y|ies)`, us: 'talk therapy (counseling)' },
  { british: String.raw`same-day slots?`, us: 'same-day visit' },
];

/**
 * Clinicians' jargon a visitor should not have to decode, each with the plain words to use. A
 * source's title may still use it (citation lines are skipped).
 */
export const JARGON_TO_PLAIN: readonly UsWord[] = [
  { british: String.raw`CKS`, us: "NICE's guidance" },
  { british: String.raw`red flags?`, us: 'warning sign' },
  { british: String.raw`spondyloarthritis`, us: 'inflammatory back pain (a kind of arthritis)' },
];

const PATTERNS = [...BRITISH_TO_US, ...JARGON_TO_PLAIN].map((w) => ({
  ...w,
  pattern: new RegExp(String.raw`\b${w.british}\b`, 'gi'),
}));

/** A source's citation line: an indented title, publisher or link of a reference or source. */
const CITATION_LINE = /^\s+(?:-\s+)?(?:title|publisher|url):/;
const WEB_ADDRESS = /https?:\/\/\S+/g;

export interface BritishHit {
  line: number;
  found: string;
  us: string;
}

/**
 * Every British word in `text` (a file's contents), with its line and the US word to use. In a
 * YAML file a line starting with `#` is a comment; in MDX it is a heading, and is checked.
 */
export function britishWords(text: string, yaml = false): BritishHit[] {
  return text.split(/\r?\n/).flatMap((raw, i) => {
    if (CITATION_LINE.test(raw) || (yaml && /^\s*#/.test(raw))) return [];
    const line = raw.replace(WEB_ADDRESS, ' ');
    return PATTERNS.flatMap(({ pattern, us }) =>
      [...line.matchAll(pattern)].map((m) => ({ line: i + 1, found: m[0], us })),
    );
  });
}

const describeHits = (file: string, hits: BritishHit[]) =>
  hits.map((h) => `${file}:${h.line}: "${h.found}" is British English or jargon; write "${h.us}"`);

/**
 * The quiz's own words live in TypeScript: check the text of their string literals (quoted or
 * backticked), line by line, not the code around them ("ticked" as a variable name passes).
 */
export function stringLiterals(source: string): string {
  return source
    .split(/\r?\n/)
    .map((line) =>
      [...line.matchAll(/'([^'\\]*(?:\\.[^'\\]*)*)'|`([^`]*)`/g)]
        .map((m) => m[1] ?? m[2])
        .join(' '),
    )
    .join('\n');
}

/** The modules whose strings a visitor reads: the quiz and the lists of signs. */
const WORD_MODULES = filesUnder('src/lib/words/en').filter((file) => file.endsWith('.ts'));

describe('the US English check, on examples', () => {
  it('finds each listed British word, whole and in any case, and names the US word', () => {
    const text = [
      'Its colour changed. Call your GP.',
      'Black or bloody Stools need care now.',
      'Use a walking stick afterwards.',
      'If it has not got better, or you are feeling sick or being sick,',
      'a little sickness, during sport or if you play sport,',
      'practise at the centre, a metre away: paediatric anaesthetic, oedema, haemorrhage.',
      'Behaviour, favour.',
    ].join('\n');
    const found = britishWords(text).map((h) => h.found.toLowerCase());
    expect(found.sort()).toEqual(
      [
        'colour',
        'gp',
        'stools',
        'walking stick',
        'afterwards',
        'has not got better',
        'feeling sick',
        'being sick',
        'sickness',
        'during sport',
        'play sport',
        'practise',
        'centre',
        'metre',
        'paediatric',
        'anaesthetic',
        'oedema',
        'haemorrhage',
        'behaviour',
        'favour',
      ].sort(),
    );
    expect(describeHits('x.mdx', britishWords('Call your GP.'))).toEqual([
      'x.mdx:1: "GP" is British English or jargon; write "primary care doctor (or family doctor)"',
    ]);
  });

  it('finds the quiz words and the jargon a visitor should not meet', () => {
    const text = [
      'Tick all that apply. You ticked one. In a hot spell, a dummy pill or talking therapy.',
      'Ask for a same-day slot. CKS lists this red flag: spondyloarthritis.',
    ].join('\n');
    expect(
      britishWords(text)
        .map((h) => h.found.toLowerCase())
        .sort(),
    ).toEqual(
      [
        'tick',
        'ticked',
        'hot spell',
        'dummy pill',
        'talking therapy',
        'same-day slot',
        'cks',
        'red flag',
        'spondyloarthritis',
      ].sort(),
    );
  });

  it('reads only the strings of a TypeScript module, not its names', () => {
    const source = "const ticked = tickedIds(a); // ticked\nconst hint = 'Tick all that apply.';";
    expect(britishWords(stringLiterals(source)).map((h) => h.found)).toEqual(['Tick']);
  });

  it('passes US English, parts of longer words, sources as published and web addresses', () => {
    const text = [
      'Its color changed. Call your primary care doctor. Poop, pee, chills.',
      'Use a cane afterward. If it has not gotten better, or you throw up or feel sick to your stomach,',
      'morning sickness, a sports drink, plays a sport, the practice, a stool to sit on.',
      'Parts of longer words pass: GPU, discolored, sportswear, decentred, stoolside.',
      'references:',
      '  - title: Randomised study of analgesia during labour',
      '    publisher: British Journal of Sports Medicine',
      '    url: https://example.org/gp/colour',
      '# a comment about colour',
    ].join('\n');
    expect(britishWords(text, true).map((h) => h.found)).toEqual([]);
  });

  it('checks an MDX heading, which starts with "#" like a YAML comment', () => {
    expect(britishWords('## Exercise and sport').map((h) => h.found)).toEqual(['and sport']);
  });
});

describe('the site is written in US English', () => {
  const files = filesUnder(CONTENT_DIR).filter(
    (file) =>
      /\.(?:mdx|md|ya?ml)$/.test(file) &&
      // Search words are what people type, not text a visitor reads.
      !file.replaceAll('\\', '/').startsWith(`${SEARCH_TERMS_FOLDER}/`),
  );

  it('finds the content to check', () => {
    expect(files.filter((f) => f.endsWith('.mdx')).length).toBeGreaterThan(30);
    expect(files.filter((f) => /\.ya?ml$/.test(f)).length).toBeGreaterThan(10);
  });

  it.each(files)('%s uses no British word', (file) => {
    const hits = britishWords(readFileSync(file, 'utf8'), /\.ya?ml$/.test(file));
    expect(describeHits(file, hits), describeHits(file, hits).join('\n')).toEqual([]);
  });

  it.each(WORD_MODULES)('%s says nothing British or jargon in its strings', (file) => {
    const hits = britishWords(stringLiterals(readFileSync(file, 'utf8')));
    expect(describeHits(file, hits), describeHits(file, hits).join('\n')).toEqual([]);
  });
});
