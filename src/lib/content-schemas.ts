/**
 * Frontmatter schemas for every content collection.
 *
 * They live here, apart from `src/content.config.ts`, so unit tests can validate fixtures
 * without booting Astro. Every object is strict: a misspelt field (`lastReviewd`) is an error,
 * not a silently ignored key. Messages name the field and say how to fix it, because clinic
 * staff read them in a failed build.
 */
import { z } from 'astro/zod';
import { reviewerIds } from './clinic.ts';
import { conditions, patternOutcomes, places, tiers, outcomes } from './triage.ts';
import { siteFirstDay } from './site.ts';
import { tierText } from './words/en/how-soon.ts';
import { isoDate } from './dates.ts';

export const DESCRIPTION_MAX = 160;

export const referenceSchema = z.strictObject({
  title: z.string({ error: 'reference title is required' }).min(3),
  publisher: z.string({ error: 'reference publisher is required (journal, agency or site)' }),
  year: z
    .number({ error: 'reference year must be a number like 2017' })
    .int()
    .min(1900)
    .max(2100)
    .optional(),
  url: z.url({ error: 'reference url must be a full https:// link' }),
});

export type Reference = z.infer<typeof referenceSchema>;

/**
 * A day the site's words changed or were reviewed: written YYYY-MM-DD, on or after the site's
 * first day and never in the future (one day of slack, since the build runs on UTC and a
 * writer east of it may already be a day ahead). `today` is read when a file is checked.
 */
function siteDate(field: string, today: () => Date = () => new Date()) {
  return z.coerce.date({ error: `${field} must be a date written as YYYY-MM-DD` }).check((ctx) => {
    const day = ctx.value;
    if (Number.isNaN(day.getTime())) return;
    const latest = new Date(today().getTime() + 24 * 60 * 60 * 1000);
    if (isoDate(day) < siteFirstDay) {
      ctx.issues.push({
        code: 'custom',
        input: day,
        message: `${field} is ${isoDate(day)}, before the site existed (${siteFirstDay}): write the real day as YYYY-MM-DD`,
      });
    } else if (isoDate(day) > isoDate(latest)) {
      ctx.issues.push({
        code: 'custom',
        input: day,
        message: `${field} is ${isoDate(day)}, a day still to come: write the day it happened as YYYY-MM-DD`,
      });
    }
  });
}

/** Fields every article shares. */
const articleFields = {
  title: z.string({ error: 'title is required' }).min(3, { error: 'title is too short' }).max(70, {
    error: 'title must be 70 characters or fewer so search engines show it whole',
  }),
  description: z
    .string({ error: 'description is required' })
    .min(50, { error: 'description must be at least 50 characters' })
    .max(DESCRIPTION_MAX, {
      error: `description must be ${DESCRIPTION_MAX} characters or fewer (search engines cut it off)`,
    }),
  summary: z.string({ error: 'summary is required: one plain paragraph shown first' }).min(40),
  /** When the words last changed: the sitemap's lastmod and the "Updated" line. */
  updated: siteDate('updated').meta({ earliest: siteFirstDay, latest: 'today' }),
  /**
   * The clinical review, recorded only when a clinician has actually signed the page off.
   * Both fields or neither: see `requireCompleteReview`.
   */
  reviewer: z
    .enum(reviewerIds, {
      error: `reviewer must be one of: ${reviewerIds.join(', ')} (see src/lib/clinic.ts)`,
    })
    .optional(),
  reviewedOn: siteDate('reviewedOn').meta({ earliest: siteFirstDay, latest: 'today' }).optional(),
  references: z
    .array(referenceSchema)
    .min(1, { error: 'references needs at least one source' })
    .max(5, { error: 'references can list at most 5 sources' }),
  order: z.number({ error: 'order must be a number (1 shows first)' }).int().min(0),
  /** Other words people use for this topic ("cramp", "locked back"): shown and indexed for search. */
  alsoCalled: z.array(z.string()).default([]),
};

/** The review fields as they reach a template. */
export interface ReviewFields {
  reviewer?: string;
  reviewedOn?: Date;
}

/**
 * A review is a fact about a person and a day: a reviewer without a date (or a date without a
 * reviewer) is a half-recorded sign-off, so it fails the build rather than render as reviewed.
 */
function requireCompleteReview(data: ReviewFields, ctx: z.RefinementCtx): void {
  if (data.reviewer && !data.reviewedOn) {
    ctx.addIssue({
      code: 'custom',
      path: ['reviewedOn'],
      message: 'reviewedOn is required when reviewer is set: the day the reviewer signed off',
    });
  }
  if (data.reviewedOn && !data.reviewer) {
    ctx.addIssue({
      code: 'custom',
      path: ['reviewer'],
      message: 'reviewer is required when reviewedOn is set: who signed the page off',
    });
  }
}

export const articleSchema = z.strictObject(articleFields).superRefine(requireCompleteReview);

/**
 * Exercise pages add the dose, steps, cautions and an illustration. `image` is Astro's
 * image() helper in the real config; tests pass a plain string schema instead.
 */
/** The words of an exercise: what a translation gives in each language. */
const exerciseWords = {
  steps: z.array(z.string()).min(3, { error: 'steps needs at least 3 numbered steps' }),
  hold: z.string().optional(),
  repetitions: z.string().optional(),
  feel: z.string({ error: 'feel is required: what the exercise should feel like' }),
  cautions: z.array(z.string()).min(1, { error: 'cautions needs at least one "stop if" line' }),
};
const illustrationAlt = z.string({ error: 'illustration alt text is required' }).min(20);

export function exerciseSchema<Img extends z.ZodType>(image: Img) {
  return z
    .strictObject({
      ...articleFields,
      ...exerciseWords,
      illustration: z.strictObject({ src: image, alt: illustrationAlt }),
      /** Slugs of the risk factors and triggers this exercise addresses (cross-links). */
      riskFactors: z.array(z.string()).default([]),
      triggers: z.array(z.string()).default([]),
    })
    .refine((data) => data.hold !== undefined || data.repetitions !== undefined, {
      error: 'give hold or repetitions (or both): the reader needs a starting dose',
      path: ['hold'],
    })
    .superRefine(requireCompleteReview);
}

/** The groups of the /questions/ index, in the order a person in pain needs them. */
export const questionGroups = [
  'right-now',
  'is-it-serious',
  'daily-life',
  'choosing-care',
] as const;

export type QuestionGroup = (typeof questionGroups)[number];

/** The snippet search engines quote: short enough to read in one breath. */
const ANSWER_MAX_WORDS = 50;

export const countWords = (text: string): number => text.trim().split(/\s+/).filter(Boolean).length;

/**
 * A page answering one question people in pain ask (src/content/questions/). The article fields
 * plus the question as people type it (the H1), a direct answer shown first, other phrasings
 * search should match, the index group, and the articles it builds on (`treatment/self-care-at-home`),
 * which the route checks exist and the articles list back ("Questions people ask"). `order`
 * numbers the questions across the whole collection by how often people ask them (1 = asked
 * most): the home page shows the five lowest.
 */
/** The words of a question page: what a translation gives in each language. */
const questionWords = {
  question: z
    .string({ error: 'question is required: the question in the words people type' })
    .min(8, { error: 'question is too short' })
    .max(120, { error: 'question must be 120 characters or fewer' })
    // A pattern, not a refine, so the editor checks it too (src/lib/cms/fields.ts).
    .regex(/\?\s*$/, { error: 'question must end with "?"' })
    .meta({ patternMessage: 'End the question with "?".' }),
  answer: z
    .string({ error: 'answer is required: the direct answer, shown first' })
    .min(20, { error: 'answer is too short to answer the question' })
    .refine((a) => countWords(a) <= ANSWER_MAX_WORDS, {
      error: `answer must be ${ANSWER_MAX_WORDS} words or fewer (search engines quote it whole)`,
    })
    // Read by the editor, which counts the words as the refine above does.
    .meta({ maxWords: ANSWER_MAX_WORDS }),
  askedAs: z
    .array(z.string().min(3, { error: 'askedAs entries must be at least 3 characters' }))
    .default([]),
};

export const questionSchema = z
  .strictObject({
    ...articleFields,
    ...questionWords,
    group: z.enum(questionGroups, {
      error: `group must be one of: ${questionGroups.join(', ')}`,
    }),
    related: z
      .array(
        z.string().regex(/^[a-z-]+\/[a-z0-9-]+$/, {
          error: 'related entries are article paths like "treatment/self-care-at-home"',
        }),
      )
      .default([]),
  })
  .superRefine(requireCompleteReview);

/*
 * The quiz's situations and rules: one YAML
 * file per fact, the file name its id (the quiz's checkbox value). Each situation states its
 * urgency and place ALONE here and nowhere else; each combination that changes urgency is one
 * rule file. src/lib/warning-signs.ts checks what a schema cannot see (a rule naming an unknown
 * situation) and turns them into the engine's records.
 */

const tierField = z.enum(tiers, {
  error: `tier is required: one of ${tiers.join(', ')} (${tiers.map((t) => `${t} = ${tierText[t].when}`).join(', ')})`,
});
const placeField = z.enum(places, {
  error: `place is required: one of ${places.join(', ')} (where to go; words in src/lib/words/en/where.ts)`,
});

/**
 * Words that say how soon or where to go. A sign's or a fact's `why` never uses them: its tier
 * and place say that once, and in the quiz a ticked box's `why` shows under whatever result
 * won, which may be more urgent ("today" under "Go to the emergency room now").
 */
const URGENCY_WORDS =
  /\b(today|now|right away|at once|911|emergency room|urgent care|same[- ]day|within \d|labor and delivery)\b/i;

/** The same words in Spanish: "hoy", "ahora", "sala de emergencias", "labor y parto", ... */
const URGENCY_WORDS_ES =
  /(?<![\p{L}])(hoy|ahora|de inmediato|enseguida|911|sala de emergencias|urgent care|atenci[oó]n de urgencias|el mismo d[ií]a|dentro de \d|labor y parto)(?![\p{L}])/iu;

/** Why a situation matters, without how soon or where (URGENCY_WORDS, or their Spanish). */
const reasonOnlyIn = (urgencyWords: RegExp) =>
  z
    .string({ error: 'why is required: why this matters, in plain words' })
    .min(20)
    .superRefine((why, ctx) => {
      const found = urgencyWords.exec(why);
      if (found) {
        ctx.addIssue({
          code: 'custom',
          message: `why must say why this matters, not how soon or where ("${found[0]}"): tier and place say that, and the quiz may show this under a more urgent result`,
        });
      }
    });

const reasonOnly = reasonOnlyIn(URGENCY_WORDS);

/** The words, example, reason and source every situation has. */
const situationFields = {
  order: z
    .number({ error: 'order must be a number (1 shows first within its group)' })
    .int()
    .min(0),
  words: z
    .string({ error: 'words is required: the situation in the words a visitor would use' })
    .min(8, { error: 'words is too short to say what the situation is' })
    .max(120, { error: 'words must be 120 characters or fewer (it is a checkbox label)' }),
  short: z
    .string({ error: 'short is required: the situation in a few words, for one-line lists' })
    .min(3)
    .max(60, { error: 'short must be 60 characters or fewer' }),
  example: z.string({ error: 'example is required: "For example, ..."' }).min(10),
  why: z.string({ error: 'why is required: why this matters, in plain words' }).min(20),
  source: z.strictObject(referenceSchema.shape, {
    error: 'source is required: title, publisher, year (if known) and url of the guideline',
  }),
  /** Where a rule goes beyond its source: says so, for the clinician who signs it off. */
  note: z.string().min(10, { error: 'note is too short to explain the judgment' }).optional(),
};

/**
 * The Spanish words of one quiz record (src/content/es/<folder>/<id>.yaml, beside nothing: its
 * English twin <folder>/<id>.yaml holds the facts). Only words: how soon, where, the order and
 * the source are the English file's, written once. src/lib/spanish-records.ts checks that every
 * record has its Spanish words, field for field, with the same numbers.
 */
export const recordWordsSchema = z.strictObject({
  words: situationFields.words,
  short: situationFields.short,
  example: situationFields.example,
  why: reasonOnlyIn(URGENCY_WORDS_ES),
  note: situationFields.note,
  beforeHandsOnCare: z.string().min(20).optional(),
});

export type RecordWords = z.infer<typeof recordWordsSchema>;

/**
 * A warning sign (src/content/warning-signs/): urgent alone, at its tier and place.
 * `caudaEquina: true` marks the cauda equina signs, which must be `emergency`: the build stops
 * on one set lower, because a missed one can cost a person their bladder, bowels or legs.
 */
export const warningSignSchema = z
  .strictObject({
    tier: tierField,
    place: placeField,
    caudaEquina: z.boolean().default(false),
    ...situationFields,
    why: reasonOnly,
  })
  .superRefine((data, ctx) => {
    if (data.caudaEquina && data.tier !== 'emergency') {
      ctx.addIssue({
        code: 'custom',
        path: ['tier'],
        message: 'tier must be emergency for a cauda equina sign (caudaEquina: true)',
      });
    }
  });

export type WarningSignData = z.infer<typeof warningSignSchema>;

/** tier and place: both (the fact is urgent alone) or neither (it matters only in a rule). */
function bothOrNeither(data: { tier?: string; place?: string }, ctx: z.RefinementCtx): void {
  if (data.tier && !data.place) {
    ctx.addIssue({
      code: 'custom',
      path: ['place'],
      message: 'place is required when tier is set',
    });
  }
  if (data.place && !data.tier) {
    ctx.addIssue({ code: 'custom', path: ['tier'], message: 'tier is required when place is set' });
  }
}

const situationId = z
  .string()
  .regex(/^[a-z0-9-]+$/, { error: 'use a situation id: a file name without .yaml' });

/**
 * A fact about the person (src/content/about-you/): age, pregnancy, a weak immune system, a
 * blood thinner. Many change nothing alone and matter only through a rule; some (past cancer, a
 * known aneurysm) are warning signs alone and then carry a tier and place. `askIf` asks a fact
 * only of people it concerns (how far along a pregnancy is, only when "pregnant" is ticked);
 * `beforeHandsOnCare` is said on a self-care result when the fact is ticked, because it changes
 * which hands-on treatments suit a person.
 */
export const aboutYouSchema = z
  .strictObject({
    tier: tierField.optional(),
    place: placeField.optional(),
    askIf: situationId
      .optional()
      .meta({ description: 'Ask this only when that fact (its file name) is ticked.' }),
    beforeHandsOnCare: z
      .string()
      .min(20, { error: 'beforeHandsOnCare is too short to say what to tell a practitioner' })
      .optional(),
    ...situationFields,
    why: reasonOnly,
  })
  .superRefine(bothOrNeither);

export type AboutYouData = z.infer<typeof aboutYouSchema>;

/** How the spasms behave (src/content/pain-patterns/): never a warning sign alone. */
export const painPatternSchema = z
  .strictObject({
    outcome: z
      .enum(patternOutcomes, {
        error: `outcome must be one of ${patternOutcomes.join(', ')}, or left out`,
      })
      .optional(),
    place: placeField.optional(),
    ...situationFields,
    why: reasonOnly,
  })
  .superRefine((data, ctx) => bothOrNeither({ tier: data.outcome, place: data.place }, ctx));

export type PainPatternData = z.infer<typeof painPatternSchema>;

/**
 * A combination that changes urgency (src/content/triage-rules/): when every situation in
 * `when` is ticked, and at least one in `any` if it lists some, the outcome and place apply.
 * `condition` is the serious condition it guards against, which groups the rules for the
 * clinician. `words` and `short` say the combination as a visitor would; `why` is said on the
 * result.
 */
export const triageRuleSchema = z
  .strictObject({
    condition: z.enum(conditions, {
      error: `condition is required: one of ${conditions.join(', ')} (what the rule guards against)`,
    }),
    when: z
      .array(z.string().regex(/^[a-z0-9-]+$/, { error: 'when lists situation ids (file names)' }), {
        error: 'when is required: the situation ids that must all be checked',
      })
      .min(1, { error: 'when needs at least one situation' }),
    any: z
      .array(z.string().regex(/^[a-z0-9-]+$/, { error: 'any lists situation ids (file names)' }))
      .min(2, { error: 'any needs at least two situations (one belongs in when)' })
      .optional(),
    outcome: z.enum(outcomes, { error: `outcome is required: one of ${outcomes.join(', ')}` }),
    place: placeField,
    ...situationFields,
    why: reasonOnly,
  })
  .refine((rule) => rule.when.length >= 2 || rule.any !== undefined, {
    error:
      'when needs at least two situations, or one and an any list (one alone belongs in its own file)',
    path: ['when'],
  });

export type TriageRuleData = z.infer<typeof triageRuleSchema>;

/**
 * One story of the quiz's clinical contract (src/content/quiz-stories.yaml): what a visitor
 * checks, the outcome and place a physician expects, and why (a source or the reasoning). The
 * tests run each story through the engine and the real quiz; a page publishes them all.
 */
export const quizStorySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'id must be lowercase words joined by "-"' }),
  visitor: z
    .string({ error: 'visitor is required: who the visitor is, in a few words' })
    .min(8, { error: 'visitor is too short to say who the visitor is' }),
  boxes: z.array(situationId, {
    error: 'boxes is required: the ids of the boxes the visitor checks ([] for none)',
  }),
  outcome: z.enum(outcomes, { error: `outcome is required: one of ${outcomes.join(', ')}` }),
  place: placeField,
  why: z
    .string({ error: 'why is required: the source or the reasoning' })
    .min(10, { error: 'why is too short to give a source or a reason' }),
});

export type QuizStoryData = z.infer<typeof quizStorySchema>;

/**
 * The Spanish words of one story (src/content/es/quiz-stories.yaml, a list in the English
 * file's order): who the visitor is and why, under the English story's id. Words only: the
 * boxes, outcome and place stay in src/content/quiz-stories.yaml, written once;
 * src/lib/quiz-stories.ts checks that every story has its Spanish words with the same numbers.
 */
export const quizStoryWordsSchema = z.strictObject({
  id: quizStorySchema.shape.id,
  visitor: quizStorySchema.shape.visitor,
  why: quizStorySchema.shape.why,
});

export type QuizStoryWords = z.infer<typeof quizStoryWordsSchema>;
/** A page address on this site, such as `/questions/heat-or-ice/` (checked against the build). */
const SITE_PATH = /^\/(?:[a-z0-9-]+\/)*$/;

/**
 * The words people use for one thing on the site: everyday, regional, brand and generic names,
 * common misspellings. One YAML file per thing in src/content/search-terms/. Search indexes the
 * terms with the page they point to (src/integrations/pagefind.ts), and a query with a sign's
 * terms shows that sign's advice above the results (src/lib/search-safety.ts). The build checks
 * that `page` is a built page and `sign` a file in src/content/warning-signs/.
 */
const termsField = z
  .array(
    z
      .string({ error: 'each term must be text, such as "Flexeril" or "threw my back out"' })
      .trim()
      .min(2, { error: 'each term needs at least 2 letters' })
      .max(60, { error: 'each term must be 60 characters or fewer' }),
    { error: 'terms is required: a list of the words people type for this thing' },
  )
  .min(1, { error: 'terms needs at least one word or phrase' })
  .meta({
    description:
      'Words people type for this, one per line: everyday words, brand and generic names, misspellings. A phrase matches a search that has all its words, in any order.',
  });

export const searchTermsSchema = z
  .strictObject({
    terms: termsField,
    page: z
      .string({ error: 'page must be a page address such as /questions/heat-or-ice/' })
      .regex(SITE_PATH, {
        error:
          'page must be a page address that starts and ends with "/", such as /questions/heat-or-ice/',
      })
      .optional()
      .meta({
        description:
          'The page these words should find, such as /questions/heat-or-ice/. Leave empty for a warning sign: its words then find "When to see a doctor".',
      }),
    sign: z
      .string({
        error: 'sign must be a warning-sign id, the file name in src/content/warning-signs/',
      })
      .regex(/^[a-z0-9-]+$/, { error: 'sign must be a warning-sign id such as saddle-numbness' })
      .optional()
      .meta({
        description:
          'A warning sign these words describe (its file name, such as saddle-numbness): a search with them shows that sign’s advice first. For a fact that is no warning sign alone (such as thin-bones), it shows the advice of each combination the fact is part of.',
      }),
  })
  .refine((data) => data.page !== undefined || data.sign !== undefined, {
    error: 'give a page, a sign, or both: where these words should lead',
    path: ['page'],
  });

export type SearchTermsData = z.infer<typeof searchTermsSchema>;

/**
 * The Spanish words people search with for the same thing, in src/content/es/search-terms/,
 * named as the English record: `terms` only. Where they lead (`page`, `sign`) stays in the
 * English record; a page leads to its Spanish twin.
 */
export const spanishSearchTermsSchema = z.strictObject({ terms: termsField });

export type SpanishSearchTermsData = z.infer<typeof spanishSearchTermsSchema>;

/*
 * The Spanish pages (src/content/es/<section>/<id>.mdx): the words only, each file named as its
 * English twin, which keeps the facts (order, sources, clinical review, group, related links,
 * the drawing). src/lib/spanish-pages.ts puts the two together and stops the build where the
 * Spanish lacks a section or a number the English has.
 */

/** The last part of a Spanish page's address: /es/causas/<slug>/. */
const spanishSlug = z
  .string({
    error:
      'slug is required: the last part of the Spanish address, such as lesion-caida-o-accidente',
  })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error:
      'slug must be lowercase letters without accents, numbers and hyphens, such as lesion-caida-o-accidente',
  });

/**
 * The words every Spanish page has, and its translation review: recorded only when a
 * professional medical translator has checked the Spanish against the English (both or neither).
 */
const spanishPageFields = {
  slug: spanishSlug,
  title: articleFields.title,
  description: articleFields.description,
  summary: articleFields.summary,
  updated: articleFields.updated,
  alsoCalled: articleFields.alsoCalled,
  translator: z
    .string()
    .min(3, { error: 'translator is the name of the medical translator' })
    .optional(),
  translationReviewedOn: siteDate('translationReviewedOn')
    .meta({ earliest: siteFirstDay, latest: 'today' })
    .optional(),
};

/** A translation review is a person and a day: both or neither. */
function requireCompleteTranslationReview(
  data: { translator?: string; translationReviewedOn?: Date },
  ctx: z.RefinementCtx,
): void {
  if (Boolean(data.translator) !== Boolean(data.translationReviewedOn)) {
    ctx.addIssue({
      code: 'custom',
      path: [data.translator ? 'translationReviewedOn' : 'translator'],
      message:
        'translator and translationReviewedOn go together: who checked the translation, and the day',
    });
  }
}

export const spanishArticleSchema = z
  .strictObject(spanishPageFields)
  .superRefine(requireCompleteTranslationReview);

export const spanishQuestionSchema = z
  .strictObject({ ...spanishPageFields, ...questionWords })
  .superRefine(requireCompleteTranslationReview);

export const spanishExerciseSchema = z
  .strictObject({
    ...spanishPageFields,
    ...exerciseWords,
    illustration: z.strictObject({ alt: illustrationAlt }),
  })
  .superRefine(requireCompleteTranslationReview);
