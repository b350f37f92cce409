/**
 * Every content collection: its folder under src/content/, the format of its files and its
 * schema, in one table. src/content.config.ts builds Astro's collections from it, and the pull
 * request's check (./pull-request-check.ts) judges a changed file with the same schema, so a
 * mistake is named before approval, not only by the production build.
 */
import { z } from 'astro/zod';
import {
  aboutYouSchema,
  articleSchema,
  exerciseSchema,
  painPatternSchema,
  questionSchema,
  searchTermsSchema,
  triageRuleSchema,
  warningSignSchema,
} from './content-schemas.ts';

/**
 * Each collection's format and schema. `exercises` takes Astro's image() helper, so its schema
 * is a function of it; `schemaOf` gives a plain one for checks outside Astro.
 */
export const contentCollections = {
  causes: { format: 'mdx', schema: articleSchema },
  triggers: { format: 'mdx', schema: articleSchema },
  'risk-factors': { format: 'mdx', schema: articleSchema },
  treatment: { format: 'mdx', schema: articleSchema },
  exercises: { format: 'mdx', schema: exerciseSchema },
  /** One page per question people in pain ask; `related` links it to the articles above. */
  questions: { format: 'mdx', schema: questionSchema },
  /**
   * The quiz's situations and rules, one YAML file per fact; the file name is the id (and the
   * quiz's checkbox value). See ./warning-signs.ts.
   */
  'warning-signs': { format: 'yaml', schema: warningSignSchema },
  'about-you': { format: 'yaml', schema: aboutYouSchema },
  'pain-patterns': { format: 'yaml', schema: painPatternSchema },
  'triage-rules': { format: 'yaml', schema: triageRuleSchema },
  /** The words people use for a page or a warning sign, one YAML file per thing (search). */
  'search-terms': { format: 'yaml', schema: searchTermsSchema },
} as const;

type CollectionName = keyof typeof contentCollections;

export const isCollectionName = (name: string): name is CollectionName =>
  Object.hasOwn(contentCollections, name);

/** A collection's schema for a check outside Astro: a drawing's path is checked as text. */
export function schemaOf(name: CollectionName): z.ZodType {
  const { schema } = contentCollections[name];
  return typeof schema === 'function' ? schema(z.string()) : schema;
}
