/**
 * Spelling checks for Spanish words the pages show, such as a question's other phrasings
 * (`askedAs`) and a page's other names (`alsoCalled`, "También se le dice: ..."), which people
 * read on the page: they are written as correct Spanish, with their accents, ñ and ¿?.
 * Searches need no unaccented copy, since both the search page and Pagefind fold accents
 * ("rinones" finds "riñones"); a misspelling people type belongs in the search words
 * (src/content/es/search-terms/), which no page shows. The build stops on what these checks
 * find (src/data/get-spanish-pages.ts), naming the file and the field. Pure.
 */
import { words } from './search-analyzer.ts';

/**
 * Words these pages use that are always written with an accent or ñ: without it the spelling
 * is no Spanish word ("despues", "rinones"). Words whose unaccented form is another word are
 * left out ("esta" and "está", "bebe" and "bebé", "ano" and "año"), as are the question
 * words, which need their accent only in a question (see QUESTION_WORDS). A sample of the
 * words most often typed without accents, not a dictionary: add one when a page needs it.
 */
const ALWAYS_ACCENTED = [
  'acetaminofén',
  'analgésico',
  'avión',
  'baño',
  'cálculos',
  'ciática',
  'colchón',
  'daño',
  'deshidratación',
  'después',
  'día',
  'días',
  'eléctrica',
  'estrés',
  'farmacéutico',
  'física',
  'frías',
  'frío',
  'inclinación',
  'infección',
  'mañana',
  'músculo',
  'músculos',
  'niña',
  'niño',
  'niños',
  'pájaro',
  'pélvica',
  'pequeño',
  'posición',
  'quiropráctico',
  'radiografía',
  'riñón',
  'riñones',
  'señal',
  'señales',
  'subluxación',
  'también',
  'tirón',
] as const;

/**
 * Question words: accented when they ask ("¿cómo sé si es el riñón?", "cómo dormir con
 * dolor"), not when they join ("duele como un calambre", "me duele cuando me agacho").
 */
const QUESTION_WORDS = [
  'qué',
  'cómo',
  'cuándo',
  'cuánto',
  'cuántos',
  'cuántas',
  'dónde',
  'adónde',
  'quién',
  'cuál',
  'por qué',
] as const;

/**
 * Words before "que" + infinitive where "que" does not ask ("tengo que ir", "hay que
 * esperar"): forms of "tener" and "haber".
 */
const MUST = new Set(['hay', 'habra', 'tengo', 'tiene', 'tienen', 'tenemos', 'tener', 'tuve']);

/** An infinitive, with a pronoun joined to it or not: "dormir", "preocuparse", "moverme". */
const INFINITIVE = /(ar|er|ir)(se|me|te|le|les|lo|la|los|las|nos)?$/;

/** Lower case, without accents: how the search compares words. */
const folded = (text: string): string => words(text).join(' ');

const unaccented = new Map(ALWAYS_ACCENTED.map((word) => [folded(word), word]));
const questionWords = new Map(QUESTION_WORDS.map((word) => [folded(word), word]));

/**
 * The words of `text` written without the accent or ñ they need, each as "written → right":
 * a word of ALWAYS_ACCENTED anywhere, and a question word where it surely asks: opening the
 * text, after "¿" or a comma ("lumbago agudo, ¿que hago?"), or before an infinitive ("cuando
 * preocuparse", "como dormir"). One that asks in the middle of a phrasing without any of these
 * ("lumbago agudo que hago") reads like a joining word, and is not found.
 */
export function missingAccents(text: string): string[] {
  const found: string[] = [];
  const tokens = text.toLowerCase().match(/[\p{L}]+|[¿?,;:]/gu) ?? [];
  tokens.forEach((word, i) => {
    const right = unaccented.get(folded(word));
    if (right !== undefined && right !== word) found.push(`${word} → ${right}`);
    const two = word === 'por' && tokens[i + 1] === 'que' ? 'por que' : word;
    const question = questionWords.get(two);
    if (question === undefined || question === two) return;
    const before = tokens[i - 1];
    const after = tokens[i + (two === word ? 1 : 2)] ?? '';
    const opens = before === undefined || before === '¿' || before === ',';
    const beforeInfinitive =
      INFINITIVE.test(after) && !(word === 'que' && before !== undefined && MUST.has(before));
    if (opens || beforeInfinitive) found.push(`${two} → ${question}`);
  });
  return found;
}

/** A question mark without its opening "¿", or the other way round, as "¿...?" expects. */
export const unpairedQuestionMarks = (text: string): boolean =>
  (text.match(/¿/g) ?? []).length !== (text.match(/\?/g) ?? []).length;

/**
 * Entries of `list` that are another one of the list once accents, case and punctuation are
 * set aside ("que hago" after "¿qué hago?", "perro pajaro" after "perro-pájaro"): a copy for a
 * search that already folds accents.
 */
export function accentlessCopies(list: readonly string[]): string[] {
  const seen = new Set<string>();
  const copies: string[] = [];
  for (const text of list) {
    const key = folded(text);
    if (seen.has(key)) copies.push(text);
    seen.add(key);
  }
  return copies;
}

/** The lists of Spanish words a page shows, each entry whole: other phrasings, other names. */
export type ShownList = 'askedAs' | 'alsoCalled';

/**
 * What is wrong with one of a Spanish page's shown lists (`askedAs`, `alsoCalled`), one message
 * per problem naming the file, the field and the fix: a word without its accent, a "?" without
 * "¿" (or the other way round), an entry that repeats another without its accents.
 */
export function shownListProblems(
  file: string,
  field: ShownList,
  entries: readonly string[],
): string[] {
  return [
    ...entries.flatMap((text, i) =>
      missingAccents(text).map((fix) => `${file}: ${field}[${i}] "${text}": write ${fix}`),
    ),
    ...entries.flatMap((text, i) =>
      unpairedQuestionMarks(text)
        ? [`${file}: ${field}[${i}] "${text}": a question needs both "¿" and "?"`]
        : [],
    ),
    ...accentlessCopies(entries).map(
      (text) =>
        `${file}: ${field} "${text}" repeats another entry without its accents; search finds both spellings, so keep one`,
    ),
  ];
}
