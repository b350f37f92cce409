/**
 * Advice shared by every exercise page, written once so no page can drift from the others.
 *
 * Each text is only as strong as its source allows, and every exercise page must cite the
 * sources listed with it (tests/build/coverage.test.ts checks this), so the words stay
 * supported on every page that shows them.
 */

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
export const discomfortAdvice: SharedAdvice = {
  paragraphs: [
    'Some mild discomfort is okay. A good rule: it is fine if it settles within about an hour after you stop.',
    'Stop if the pain turns sharp, spreads down a leg, or keeps growing as you go.',
  ],
  sources: [SOURCE_URLS.osullivan],
};

/**
 * Exercise in pregnancy: the same words on every exercise page. ACOG's back-pain FAQ advises
 * exercise and asking the ob-gyn; it says nothing about lying on your back, so neither do we:
 * the reader asks their ob-gyn or midwife.
 */
export const pregnancyAdvice: SharedAdvice = {
  paragraphs: [
    'If you are pregnant, ask your ob-gyn or midwife which exercises suit you.',
    'Ask them whether to do exercises lying on your back later in pregnancy. Many exercises can also be done on your side, sitting or standing.',
  ],
  sources: [SOURCE_URLS.acog],
};

/**
 * What the research on exercise is about. Hayden 2021 studied pain lasting three months or
 * more; for a new spasm, guidelines put staying active first (NICE NG59).
 */
export const exerciseEvidence: SharedAdvice = {
  paragraphs: [
    'Most research on back exercises is about pain that has lasted three months or more. For that kind of pain, exercise probably eases pain a little.',
    'For a new spasm, the most important thing is to keep gently active and go on with your day as best you can. This exercise is one gentle way to move. It is not the only one.',
  ],
  sources: [SOURCE_URLS.hayden, SOURCE_URLS.ng59],
};

export const sharedExerciseAdvice = [discomfortAdvice, pregnancyAdvice, exerciseEvidence];

/** Links every exercise page must cite so that the shared words above are supported. */
export const requiredExerciseSources: readonly string[] = [
  ...new Set(sharedExerciseAdvice.flatMap((a) => a.sources)),
];
