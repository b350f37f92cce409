import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { contentCollections as specs } from './lib/content-collections';

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

export const collections = {
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
