/**
 * How the English search compares words (see ./search-analyzer.ts): Porter's stemmer from the
 * `stemmer` package, and the `stopword` package's English list, except a few words that carry
 * meaning in how people describe back pain ("both legs", "threw my back out"). Only the
 * English search page ships it.
 */
import { stemmer } from 'stemmer';
import { eng } from 'stopword';
import { analyzer, type Analyzer } from './search-analyzer.ts';

export { words, type Analyzer } from './search-analyzer.ts';

/** Words the English stop list drops that change what a back-pain query means. */
const MEANINGFUL = new Set(['both', 'out', 'up', 'over', 'under', 'never', 'very']);

export const english: Analyzer = analyzer(
  'en',
  new Set(eng.filter((word) => !MEANINGFUL.has(word))),
  stemmer,
);
