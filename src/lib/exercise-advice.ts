/**
 * Advice shared by every exercise page, written once so no page can drift from the others: its
 * sources here, its words per language in src/lib/words/<lang>/articles.ts (the English below).
 *
 * Each text is only as strong as its source allows, and every exercise page must cite the
 * sources listed with it (tests/build/coverage.test.ts checks this), so the words stay
 * supported on every page that shows them.
 */

import { exerciseAdvice } from './words/en/articles.ts';

interface SharedAdvice {
  /** The words, one paragraph per item. */
  paragraphs: readonly string[];
  /** Links that must be in the page's references for these words to be supported. */
  sources: readonly string[];
}

const SOURCE_URLS = {
  acog: 'https://www.acog.org/womens-health/faqs/back-pain-during-pregnancy',
  hayden: 'https://doi.org/10.1002/14651858.CD009790.pub2',
  ng59: 'https://www.nice.org.uk/guidance/ng59',
  osullivan: 'https://doi.org/10.1136/bjsports-2019-101611',
} as const;

/**
 * How much discomfort is fine. "It should not hurt" made people afraid to move; mild,
 * short-lived discomfort is normal, and pain with movement is not a sign of harm (O'Sullivan
 * 2020). The one-hour rule is the clinic's plain rule of thumb, said as such.
 */
const discomfortAdvice: SharedAdvice = {
  paragraphs: exerciseAdvice.discomfort,
  sources: [SOURCE_URLS.osullivan],
};

/**
 * Exercise in pregnancy: the same words on every exercise page. ACOG's back-pain FAQ advises
 * exercise and asking the ob-gyn; it says nothing about lying on your back, so neither do we:
 * the reader asks their ob-gyn or midwife.
 */
export const pregnancyAdvice: SharedAdvice = {
  paragraphs: exerciseAdvice.pregnancy,
  sources: [SOURCE_URLS.acog],
};

/**
 * What the research on exercise is about. Hayden 2021 studied pain lasting three months or
 * more; for a new spasm, guidelines put staying active first (NICE NG59).
 */
const exerciseEvidence: SharedAdvice = {
  paragraphs: exerciseAdvice.evidence,
  sources: [SOURCE_URLS.hayden, SOURCE_URLS.ng59],
};

export const sharedExerciseAdvice = [discomfortAdvice, pregnancyAdvice, exerciseEvidence];

/** Links every exercise page must cite so that the shared words above are supported. */
export const requiredExerciseSources: readonly string[] = [
  ...new Set(sharedExerciseAdvice.flatMap((a) => a.sources)),
];
