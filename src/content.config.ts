import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema, exerciseSchema, warningSignSchema } from './lib/content-schemas';

/** Each section folder holds MDX files; the file name is the URL slug. */
const articles = (folder: string) =>
  defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `./src/content/${folder}` }),
    schema: articleSchema,
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
  /** One YAML file per warning sign; the file name is the sign's id (and the quiz's value). */
  'warning-signs': defineCollection({
    loader: glob({ pattern: '**/*.{yaml,yml}', base: './src/content/warning-signs' }),
    schema: warningSignSchema,
  }),
};
