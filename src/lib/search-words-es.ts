/**
 * How the Spanish search compares words (see ./search-analyzer.ts): the Snowball stemmer for
 * Spanish from `@orama/stemmers` ("espasmos" and "espasmo" meet, "riñones" and "riñón"), over
 * words already without accents, since many people type without them ("ciatica", "rinones");
 * the `stopword` package's Spanish list, without the words that change what a query about back
 * pain means ("no puedo orinar", "sin querer"), and with a few more words that say nothing
 * about it ("es", "estoy", "tengo").
 *
 * Pure; the Spanish search page ships it, the English one does not.
 */
import { stemmer } from '@orama/stemmers/spanish';
import { spa } from 'stopword';
import { analyzer, words, type Analyzer } from './search-analyzer.ts';

/** Words the Spanish stop list drops that change what a back-pain query means. */
const MEANINGFUL = new Set(['no', 'sin', 'muy', 'poco', 'contra']);

/** Words that say nothing about back pain, beyond the stop list. */
const MORE_FILLER = [
  'es',
  'son',
  'esta',
  'estan',
  'estoy',
  'este',
  'esto',
  'estos',
  'estas',
  'yo',
  'mis',
  'tus',
  'hay',
  'ser',
  'fue',
  'era',
  'tengo',
  'tiene',
  'les',
  'unos',
  'unas',
];

export const spanish: Analyzer = analyzer(
  'es',
  new Set(
    [...spa.flatMap((word) => words(word)), ...MORE_FILLER].filter((word) => !MEANINGFUL.has(word)),
  ),
  stemmer,
);
