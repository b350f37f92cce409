import { describe, expect, it } from 'vitest';
import {
  accentlessCopies,
  askedAsProblems,
  missingAccents,
  unpairedQuestionMarks,
} from '../../../src/lib/spanish-spelling';
import { readSpanishFiles } from '../../../src/lib/spanish-files';

describe('missingAccents', () => {
  it('names a word that is always accented, written without', () => {
    expect(missingAccents('dolor de rinones despues del trabajo')).toEqual([
      'rinones → riñones',
      'despues → después',
    ]);
    expect(missingAccents('piedra en el riñon')).toEqual(['riñon → riñón']);
    expect(missingAccents('dolor de riñones después del trabajo')).toEqual([]);
  });

  it('names a question word without its accent where it asks, and only there', () => {
    expect(missingAccents('como dormir con dolor de cintura')).toEqual(['como → cómo']);
    expect(missingAccents('lumbago agudo, ¿que hago?')).toEqual(['que → qué']);
    expect(missingAccents('¿por que me duele?')).toEqual(['por que → por qué']);
    expect(missingAccents('lumbago agudo, que hago')).toEqual(['que → qué']);
    expect(missingAccents('dolor en el embarazo cuando preocuparse')).toEqual(['cuando → cuándo']);
    expect(missingAccents('me duele como un calambre')).toEqual([]);
    expect(missingAccents('me duele cuando me agacho')).toEqual([]);
    expect(missingAccents('tengo que ir al médico')).toEqual([]);
    expect(missingAccents('lumbago agudo, ¿qué hago?')).toEqual([]);
  });
});

describe('unpairedQuestionMarks', () => {
  it('finds a question that lacks "¿" or "?"', () => {
    expect(unpairedQuestionMarks('puedo manejar?')).toBe(true);
    expect(unpairedQuestionMarks('¿puedo manejar')).toBe(true);
    expect(unpairedQuestionMarks('¿puedo manejar?')).toBe(false);
    expect(unpairedQuestionMarks('dolor de cintura')).toBe(false);
  });
});

describe('accentlessCopies', () => {
  it('finds a phrasing that repeats another without accents, case or punctuation', () => {
    expect(accentlessCopies(['¿Qué hago?', 'dolor de cintura', 'que hago'])).toEqual(['que hago']);
    expect(accentlessCopies(['¿qué hago?', 'qué hago ahora'])).toEqual([]);
  });
});

describe('askedAsProblems', () => {
  it('names the file, the entry and the fix for each problem, and nothing in good Spanish', () => {
    const file = 'src/content/es/questions/x.mdx';
    expect(askedAsProblems(file, ['lumbago agudo, ¿qué hago?', 'dolor de riñones'])).toEqual([]);
    expect(
      askedAsProblems(file, ['lumbago agudo, ¿que hago?', 'puedo manejar?', 'que hago']),
    ).toEqual([
      `${file}: askedAs[0] "lumbago agudo, ¿que hago?": write que → qué`,
      `${file}: askedAs[2] "que hago": write que → qué`,
      `${file}: askedAs[1] "puedo manejar?": a question needs both "¿" and "?"`,
    ]);
    expect(askedAsProblems(file, ['¿qué hago?', 'que hago?'])).toContain(
      `${file}: askedAs "que hago?" repeats another phrasing without its accents; search finds both spellings, so keep one`,
    );
  });
});

// The build stops on these too (src/data/get-spanish-pages.ts); this finds them without a build.
describe('the Spanish question pages', () => {
  const questions = readSpanishFiles().filter((page) => page.section === 'questions');

  it('are found', () => {
    expect(questions.length).toBeGreaterThan(0);
  });

  it('show their other phrasings (askedAs) with their accents and ¿?, each once', () => {
    const problems = questions.flatMap(({ file, data }) =>
      askedAsProblems(file, (data.askedAs ?? []) as string[]),
    );
    expect(problems).toEqual([]);
  });
});
