import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { contentCollections as specs } from './lib/content-collections';
import {
  quizStorySchema,
  quizStoryWordsSchema,
  recordWordsSchema,
  spanishArticleSchema,
  spanishExerciseSchema,
  spanishQuestionSchema,
  spanishSearchTermsSchema,
} from './lib/content-schemas';

/**
 * Each folder of src/content/ is a collection; its format and schema are in
 * src/lib/content-collections.ts, which the pull request's check reads too.
 */

/** Each section folder holds MDX files; the file name is the URL slug. */
const pages = <S extends z.ZodType>(folder: string, schema: S) =>
  defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `./src/content/${folder}` }),
    schema,
  });

/** A folder of YAML records, one file per fact; the file name is the id. */
const yamlRecords = <S extends z.ZodType>(folder: string, schema: S) =>
  defineCollection({
    loader: glob({ pattern: '**/*.{yaml,yml}', base: `./src/content/${folder}` }),
    schema,
  });

/** The Spanish words of one folder of quiz records (src/content/es/<folder>/). */
const spanishWords = (folder: string) =>
  defineCollection({
    loader: glob({ pattern: '*.yaml', base: `./src/content/es/${folder}` }),
    schema: recordWordsSchema,
  });

/**
 * The Spanish words of one section's pages (src/content/es/<section>/), each file named as its
 * English twin, which keeps the facts. See src/lib/spanish-pages.ts.
 */
const spanishPages = <S extends z.ZodType>(folder: string, schema: S) =>
  defineCollection({
    loader: glob({
      pattern: '*.mdx',
      base: `./src/content/es/${folder}`,
      // The id is the file name, as the English twin's; `slug` is the Spanish address, which
      // the loader would otherwise take as the id.
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    schema,
  });

/** One collection per folder of src/content/. */
const folders = {
  causes: pages('causes', specs.causes.schema),
  triggers: pages('triggers', specs.triggers.schema),
  'risk-factors': pages('risk-factors', specs['risk-factors'].schema),
  treatment: pages('treatment', specs.treatment.schema),
  exercises: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './src/content/exercises' }),
    schema: ({ image }) => specs.exercises.schema(image()),
  }),
  questions: pages('questions', specs.questions.schema),
  'warning-signs': yamlRecords('warning-signs', specs['warning-signs'].schema),
  'about-you': yamlRecords('about-you', specs['about-you'].schema),
  'pain-patterns': yamlRecords('pain-patterns', specs['pain-patterns'].schema),
  'triage-rules': yamlRecords('triage-rules', specs['triage-rules'].schema),
  'search-terms': yamlRecords('search-terms', specs['search-terms'].schema),
} satisfies Record<keyof typeof specs, unknown>;

export const collections = {
  ...folders,
  /**
   * The quiz's clinical contract: one file of stories, each with the advice it must get. A
   * single file, not a folder: it changes with the quiz's records and is signed with them.
   */
  'quiz-stories': defineCollection({
    loader: file('src/content/quiz-stories.yaml'),
    schema: quizStorySchema,
  }),
  /**
   * The stories' Spanish words (who the visitor is, and why), one list in the English file's
   * order under the same ids; the boxes and the advice stay in the English file.
   */
  'es-quiz-stories': defineCollection({
    loader: file('src/content/es/quiz-stories.yaml'),
    schema: quizStoryWordsSchema,
  }),
  /**
   * The Spanish words of the quiz's records, one folder per kind under src/content/es/, each file
   * named as its English twin. Words only; the facts stay in the English file.
   */
  'es-warning-signs': spanishWords('warning-signs'),
  'es-about-you': spanishWords('about-you'),
  'es-pain-patterns': spanishWords('pain-patterns'),
  'es-triage-rules': spanishWords('triage-rules'),
  'es-causes': spanishPages('causes', spanishArticleSchema),
  'es-triggers': spanishPages('triggers', spanishArticleSchema),
  'es-risk-factors': spanishPages('risk-factors', spanishArticleSchema),
  'es-treatment': spanishPages('treatment', spanishArticleSchema),
  'es-exercises': spanishPages('exercises', spanishExerciseSchema),
  'es-questions': spanishPages('questions', spanishQuestionSchema),
  /** The Spanish words people search with, one file per English search-words record. */
  'es-search-terms': defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/content/es/search-terms' }),
    schema: spanishSearchTermsSchema,
  }),
};
