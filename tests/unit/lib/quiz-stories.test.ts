/**
 * The quiz's test stories in Spanish: the English stories' facts with the Spanish words, and a
 * build that stops, naming the file, the story and the field, where a story has no Spanish
 * words, a Spanish story has no English twin, or a number the English says is left out.
 */
import { describe, expect, it } from 'vitest';
import { SPANISH_STORIES_FILE, spanishStories } from '../../../src/lib/quiz-stories';
import { readStories, readStoryWords } from '../../fixtures/warning-signs';

const english = readStories();
const words = readStoryWords();
const FILE = SPANISH_STORIES_FILE;

describe('the real stories in Spanish', () => {
  const spanish = spanishStories(english, words);

  it('keep every fact of the English stories: ids, boxes, outcomes and places', () => {
    const facts = (stories: typeof english) =>
      stories.map(({ id, boxes, outcome, place }) => ({ id, boxes, outcome, place }));
    expect(facts(spanish)).toEqual(facts(english));
  });

  it('say every story in Spanish words, not the English ones', () => {
    for (const [en, es] of english.map((s, i) => [s, spanish[i]!] as const)) {
      expect(es.visitor, en.id).not.toBe(en.visitor);
      expect(es.why, en.id).not.toBe(en.why);
    }
  });

  it('are written in the English file’s order, so a translator reads the two side by side', () => {
    expect(words.map((w) => w.id)).toEqual(english.map((s) => s.id));
  });
});

describe('a Spanish story the build refuses, naming the file, the story and the field', () => {
  const changed = (id: string, change: Partial<(typeof words)[number]>) =>
    words.map((w) => (w.id === id ? { ...w, ...change } : w));

  it('a story with no Spanish words', () => {
    expect(() =>
      spanishStories(
        english,
        words.filter((w) => w.id !== 'night-pain'),
      ),
    ).toThrow(
      `${FILE}, story "night-pain": missing. Every story in src/content/quiz-stories.yaml needs its Spanish visitor and why.`,
    );
  });

  it('a Spanish story with no English twin', () => {
    const orphan = { ...words[0]!, id: 'dolor-de-noche' };
    expect(() => spanishStories(english, [...words, orphan])).toThrow(
      `${FILE}, story "dolor-de-noche": no English story "dolor-de-noche" in src/content/quiz-stories.yaml to translate.`,
    );
  });

  it('a story that comes twice', () => {
    expect(() => spanishStories(english, [...words, words[1]!])).toThrow(
      `${FILE}, story "${words[1]!.id}": id is used twice.`,
    );
  });

  it('a year the English why says and the Spanish leaves out', () => {
    const why = 'No poder controlar la vejiga es una señal de cauda equina (guía GIRFT).';
    expect(() => spanishStories(english, changed('bladder-leak', { why }))).toThrow(
      `${FILE}, story "bladder-leak": why leaves out 2023, which the English says.`,
    );
  });

  it('a number the English visitor says and the Spanish changes', () => {
    const visitor = '23 semanas de embarazo, la barriga se le pone dura cada diez minutos';
    expect(() => spanishStories(english, changed('32-weeks-tightening', { visitor }))).toThrow(
      `${FILE}, story "32-weeks-tightening": visitor leaves out 32, which the English says.`,
    );
  });

  it('every problem at once, not only the first', () => {
    const broken = changed('chemo-fever', { why: 'La fiebre con quimioterapia (NICE CG).' }).filter(
      (w) => w.id !== 'fall-pain',
    );
    expect(() => spanishStories(english, broken)).toThrow(
      [
        'Spanish quiz stories:',
        `${FILE}, story "chemo-fever": why leaves out 151, which the English says.`,
        `${FILE}, story "fall-pain": missing. Every story in src/content/quiz-stories.yaml needs its Spanish visitor and why.`,
      ].join('\n'),
    );
  });
});
