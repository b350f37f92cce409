import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import {
  articleSchema,
  exerciseSchema,
  questionSchema,
  warningSignSchema,
  aboutYouSchema,
  painPatternSchema,
  triageRuleSchema,
  searchTermsSchema,
  quizStorySchema,
} from './lib/content-schemas';

/** Each section folder holds MDX files; the file name is the URL slug. */
const articles = (folder: string) =>
  defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `./src/content/${folder}` }),
    schema: articleSchema,
  });

/** A folder of YAML records, one file per fact. */
const yamlRecords = <S extends z.ZodType>(folder: string, schema: S) =>
  defineCollection({
    loader: glob({ pattern: '**/*.{yaml,yml}', base: `./src/content/${folder}` }),
    schema,
  });

export const collections = {
  causes: articles('causes'),
  triggers: articles('triggers'),
  'risk-factors': articles('risk-factors'),
  treatment: articles('treatment'),
  exercises: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './src/content/exercises' }),
    schema: ({ image }) => exerciseSchema(image()),
  }),
  /** One page per question people in pain ask; `related` links it to the articles above. */
  questions: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './src/content/questions' }),
    schema: questionSchema,
  }),
  /**
   * The quiz's situations and rules, one YAML file per fact; the file name is the id (and the
   * quiz's checkbox value). See src/lib/warning-signs.ts.
   */
  'warning-signs': yamlRecords('warning-signs', warningSignSchema),
  'about-you': yamlRecords('about-you', aboutYouSchema),
  'pain-patterns': yamlRecords('pain-patterns', painPatternSchema),
  'triage-rules': yamlRecords('triage-rules', triageRuleSchema),
  /** The quiz's clinical contract: one file of stories, each with the advice it must get. */
  'quiz-stories': defineCollection({
    loader: file('src/content/quiz-stories.yaml'),
    schema: quizStorySchema,
  }),
  /** The words people use for a page or a warning sign, one YAML file per thing (search). */
  'search-terms': yamlRecords('search-terms', searchTermsSchema),
};
