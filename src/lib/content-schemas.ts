/**
 * Frontmatter schemas for every content collection.
 *
 * They live here, apart from `src/content.config.ts`, so unit tests can validate fixtures
 * without booting Astro. Every object is strict: a misspelt field (`lastReviewd`) is an error,
 * not a silently ignored key. Messages name the field and say how to fix it, because clinic
 * staff read them in a failed build.
 */
import { z } from 'astro/zod';
import { reviewerIds } from './clinic';

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

/** Fields every article shares. */
export const articleFields = {
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
  updated: z.coerce.date({ error: 'updated must be a date written as YYYY-MM-DD' }),
  /**
   * The clinical review, recorded only when a clinician has actually signed the page off.
   * Both fields or neither: see `requireCompleteReview`.
   */
  reviewer: z
    .enum(reviewerIds, {
      error: `reviewer must be one of: ${reviewerIds.join(', ')} (see src/lib/clinic.ts)`,
    })
    .optional(),
  reviewedOn: z.coerce
    .date({ error: 'reviewedOn must be a date written as YYYY-MM-DD' })
    .optional(),
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
export function requireCompleteReview(data: ReviewFields, ctx: z.RefinementCtx): void {
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
export function exerciseSchema<Img extends z.ZodType>(image: Img) {
  return z
    .strictObject({
      ...articleFields,
      steps: z.array(z.string()).min(3, { error: 'steps needs at least 3 numbered steps' }),
      hold: z.string().optional(),
      repetitions: z.string().optional(),
      feel: z.string({ error: 'feel is required: what the exercise should feel like' }),
      cautions: z.array(z.string()).min(1, { error: 'cautions needs at least one "stop if" line' }),
      illustration: z.strictObject({
        src: image,
        alt: z.string({ error: 'illustration alt text is required' }).min(20),
      }),
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

/** Warning-sign tiers, most urgent first (src/content/warning-signs/, src/lib/warning-signs.ts). */
export const warningTiers = ['emergency', 'urgent', 'doctor'] as const;

/**
 * One warning sign per YAML file in src/content/warning-signs/; the file name is its id, which
 * is also the quiz's checkbox value (src/lib/triage.ts). Every list of signs on the site and
 * every quiz step is built from these files.
 */
export const warningSignSchema = z.strictObject({
  tier: z.enum(warningTiers, {
    error: `tier is required: one of ${warningTiers.join(', ')} (emergency = call 911, urgent = a doctor today, doctor = a doctor soon)`,
  }),
  order: z.number({ error: 'order must be a number (1 shows first within its tier)' }).int().min(0),
  words: z
    .string({ error: 'words is required: the sign in the words a visitor would use' })
    .min(8, { error: 'words is too short to say what the sign is' })
    .max(120, { error: 'words must be 120 characters or fewer (it is a checkbox label)' }),
  short: z
    .string({ error: 'short is required: the sign in a few words, for one-line lists' })
    .min(3)
    .max(60, { error: 'short must be 60 characters or fewer' }),
  example: z.string({ error: 'example is required: "For example, ..."' }).min(10),
  why: z.string({ error: 'why is required: why this sign matters, in plain words' }).min(20),
  source: z.strictObject(referenceSchema.shape, {
    error: 'source is required: title, publisher, year (if known) and url of the guideline',
  }),
});

export type WarningSignData = z.infer<typeof warningSignSchema>;
