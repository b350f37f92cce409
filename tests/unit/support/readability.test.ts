import { describe, expect, it } from 'vitest';
import {
  countSyllables,
  countWords,
  fleschKincaidGrade,
  readability,
  splitSentences,
} from '../../support/readability';

describe('countWords', () => {
  it('counts runs of letters and digits', () => {
    expect(countWords('Call 911 now.')).toBe(3);
  });

  it('keeps hyphenated and apostrophe words whole', () => {
    expect(countWords("Don't skip the cat-camel or the X-ray.")).toBe(7);
    expect(countWords('It doesn\u2019t hurt.')).toBe(3);
  });

  it('ignores punctuation and empty text', () => {
    expect(countWords(' -- ... ')).toBe(0);
    expect(countWords('')).toBe(0);
  });
});

describe('countSyllables', () => {
  it('uses the syllable library for ordinary words', () => {
    expect(countSyllables('back')).toBe(1);
    expect(countSyllables('chiropractic')).toBe(4);
  });

  it('adds up the parts of a hyphenated word', () => {
    expect(countSyllables('cat-camel')).toBe(3);
  });

  it('gives a number at least one syllable', () => {
    expect(countSyllables('911')).toBeGreaterThanOrEqual(1);
  });
});

describe('splitSentences', () => {
  it('splits after full stops, question marks and exclamation marks', () => {
    expect(splitSentences('Rest a bit. Then move! Does it help? Yes.')).toEqual([
      'Rest a bit.',
      'Then move!',
      'Does it help?',
      'Yes.',
    ]);
  });

  it('treats each line as its own sentence, even without a full stop', () => {
    expect(splitSentences('What a spasm feels like\nIt comes on fast.')).toEqual([
      'What a spasm feels like',
      'It comes on fast.',
    ]);
  });

  it('does not split after titles or dotted abbreviations', () => {
    expect(
      splitSentences('Dr. Solomon checks the spine, e.g. how it bends. Then he explains.'),
    ).toEqual(['Dr. Solomon checks the spine, e.g. how it bends.', 'Then he explains.']);
    expect(splitSentences('It is common in the U.S. and elsewhere.')).toHaveLength(1);
  });

  it('still ends a sentence on a short word such as "us"', () => {
    expect(splitSentences('Ask us. We can help.')).toHaveLength(2);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(splitSentences('People say "my back locked." It eased.')).toEqual([
      'People say "my back locked."',
      'It eased.',
    ]);
  });

  it('drops fragments without words', () => {
    expect(splitSentences('One.\n\n...\n  \nTwo.')).toEqual(['One.', 'Two.']);
  });

  it('does not split inside decimals', () => {
    expect(splitSentences('About 2.5 litres a day is common.')).toHaveLength(1);
  });
});

describe('fleschKincaidGrade', () => {
  it('applies the Flesch-Kincaid formula', () => {
    // 0.39 × 10 + 11.8 × 1.5 − 15.59 = 6.01
    expect(fleschKincaidGrade({ words: 100, sentences: 10, syllables: 150 })).toBe(6);
  });

  it('returns 0 for empty text instead of dividing by zero', () => {
    expect(fleschKincaidGrade({ words: 0, sentences: 0, syllables: 0 })).toBe(0);
  });
});

describe('readability', () => {
  it('rates short plain sentences low', () => {
    const stats = readability('The cat sat on the mat. The dog ran to the park.');
    expect(stats).toMatchObject({ words: 12, sentences: 2, syllables: 12 });
    expect(stats.grade).toBeLessThan(2);
  });

  it('rates long sentences of long words high', () => {
    const dense =
      'Involuntary paraspinal muscular contractions frequently accompany biomechanical ' +
      'dysfunction, necessitating comprehensive neuromusculoskeletal evaluation and ' +
      'individualized therapeutic intervention.';
    expect(readability(dense).grade).toBeGreaterThan(16);
  });

  it('counts more sentences, and so a lower grade, when text is split into lines', () => {
    const joined = readability('Heat helps and stretching helps and walking helps');
    const lines = readability('Heat helps\nstretching helps\nwalking helps');
    expect(lines.sentences).toBe(3);
    expect(lines.grade).toBeLessThan(joined.grade);
  });
});
