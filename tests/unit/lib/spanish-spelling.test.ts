import { describe, expect, it } from 'vitest';
import {
  accentlessCopies,
  missingAccents,
  shownListProblems,
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

describe('shownListProblems', () => {
  const file = 'src/content/es/questions/x.mdx';

  it('names the file, the entry and the fix for each problem, and nothing in good Spanish', () => {
    expect(
      shownListProblems(file, 'askedAs', ['lumbago agudo, ¿qué hago?', 'dolor de riñones']),
    ).toEqual([]);
    expect(
      shownListProblems(file, 'askedAs', [
        'lumbago agudo, ¿que hago?',
        'puedo manejar?',
        'que hago',
      ]),
    ).toEqual([
      `${file}: askedAs[0] "lumbago agudo, ¿que hago?": write que → qué`,
      `${file}: askedAs[2] "que hago": write que → qué`,
      `${file}: askedAs[1] "puedo manejar?": a question needs both "¿" and "?"`,
    ]);
    expect(shownListProblems(file, 'askedAs', ['¿qué hago?', 'que hago?'])).toContain(
      `${file}: askedAs "que hago?" repeats another entry without its accents; search finds both spellings, so keep one`,
    );
  });

  it('checks a page’s other names (alsoCalled) the same way, naming that field', () => {
    expect(shownListProblems(file, 'alsoCalled', ['perro-pájaro', 'perro pajaro', 'core'])).toEqual(
      [
        `${file}: alsoCalled[1] "perro pajaro": write pajaro → pájaro`,
        `${file}: alsoCalled "perro pajaro" repeats another entry without its accents; search finds both spellings, so keep one`,
      ],
    );
  });
});

// The build stops on these too (src/data/get-spanish-pages.ts); this finds them without a build.
describe('the Spanish pages', () => {
  const pages = readSpanishFiles();
  const entries = (value: unknown) => (value ?? []) as string[];

  it('are found, questions among them', () => {
    expect(pages.some((page) => page.section === 'questions')).toBe(true);
  });

  it('show their other phrasings (askedAs) and names (alsoCalled) in written Spanish, each once', () => {
    const problems = pages.flatMap(({ file, data }) => [
      ...shownListProblems(file, 'askedAs', entries(data.askedAs)),
      ...shownListProblems(file, 'alsoCalled', entries(data.alsoCalled)),
    ]);
    expect(problems).toEqual([]);
  });
});
