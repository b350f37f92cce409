/**
 * The editor's configuration is generated from the Zod schemas (src/lib/cms/), and the
 * comparison with Astro's JSON Schemas (tests/support/cms-drift.ts, used by
 * tests/build/admin.test.ts) catches any difference.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { articleSchema, exerciseSchema } from '../../../src/lib/content-schemas';
import {
  backendFromEnv,
  buildCmsConfig,
  cmsCollection,
  collectionJsonSchema,
} from '../../../src/lib/cms/config';
import { humanise, toFields, type CmsField } from '../../../src/lib/cms/fields';
import { reviewerIds } from '../../../src/lib/clinic';
import { fieldDrift, type SchemaNode } from '../../support/cms-drift';

const exercises = { schema: ({ image }: { image: () => z.ZodType }) => exerciseSchema(image()) };
const config = buildCmsConfig({ exercises, causes: { schema: articleSchema } }, backendFromEnv({}));
const byName = (fields: CmsField[] | undefined, name: string) =>
  fields?.find((f) => f.name === name);
const exerciseFields = config.collections.find((c) => c.name === 'exercises')!.fields as CmsField[];

describe('generated configuration', () => {
  it('turns the editorial workflow on and leaves empty optional fields out of files', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.output.omit_empty_optional_fields).toBe(true);
    expect(config.backend).toMatchObject({ name: 'github', branch: 'main' });
  });

  it('lists collections in the site order, whatever order they are defined in', () => {
    expect(config.collections.map((c) => c.name)).toEqual(['causes', 'exercises']);
  });

  it('takes required flags, lengths and list sizes from the schema', () => {
    const fields = config.collections[0]!.fields as CmsField[];
    expect(byName(fields, 'title')).toMatchObject({
      widget: 'string',
      required: true,
      maxlength: 70,
    });
    expect(byName(fields, 'description')).toMatchObject({ minlength: 50, maxlength: 160 });
    expect(byName(fields, 'references')).toMatchObject({ widget: 'list', min: 1, max: 5 });
    expect(byName(fields, 'alsoCalled')).toMatchObject({ required: false, default: [] });
    expect(byName(fields, 'body')).toMatchObject({ widget: 'markdown' });
  });

  it('writes dates as plain YYYY-MM-DD from a date picker; review fields optional, with reviewer ids', () => {
    const fields = exerciseFields;
    expect(byName(fields, 'updated')).toMatchObject({
      widget: 'datetime',
      type: 'date',
      format: 'YYYY-MM-DD',
      required: true,
    });
    expect(byName(fields, 'reviewedOn')).toMatchObject({ widget: 'datetime', required: false });
    const reviewer = byName(fields, 'reviewer')!;
    expect(reviewer).toMatchObject({ widget: 'select', required: false });
    expect(reviewer.options!.map((o) => o.value)).toEqual(reviewerIds);
    expect(reviewer.hint).toMatch(/reviewer when approving/);
  });

  it('makes the exercise drawing an image upload into src/assets/exercises/, with required alt text', () => {
    const illustration = byName(exerciseFields, 'illustration')!;
    expect(byName(illustration.fields, 'src')).toMatchObject({
      widget: 'image',
      media_folder: '/src/assets/exercises',
      public_folder: '../../assets/exercises',
    });
    expect(byName(illustration.fields, 'alt')).toMatchObject({ required: true, minlength: 20 });
    expect(byName(exerciseFields, 'steps')).toMatchObject({ min: 3, field: { widget: 'text' } });
  });

  it('maps a new collection from its schema alone (YAML data, no body)', () => {
    const sign = z.strictObject({
      short: z.string(),
      tier: z.enum(['emergency', 'urgent', 'doctor']),
      words: z.string().max(80),
      example: z.string().optional(),
    });
    const collection = cmsCollection('warning-signs', { schema: sign });
    expect(collection).toMatchObject({
      extension: 'yaml',
      format: 'yaml',
      identifier_field: 'short',
    });
    expect(collection.fields.map((f) => f.name)).toEqual(['short', 'tier', 'words', 'example']);
    expect(collection.fields[1]).toMatchObject({ widget: 'select', required: true });
    expect(collection.fields[3]).toMatchObject({ required: false });
  });

  it('stops the build, saying what to add, for a collection with no line in cmsCollections', () => {
    expect(() => cmsCollection('recipes', { schema: articleSchema })).toThrow(
      /add one line for it to cmsCollections in src\/lib\/cms\/config.ts/,
    );
  });

  it('names fields in plain words when no label is given', () => {
    expect(humanise('riskFactors')).toBe('Risk factors');
    expect(humanise('warning-signs')).toBe('Warning signs');
  });

  it('refuses a schema type it cannot edit instead of guessing', () => {
    expect(() => toFields({ properties: { when: { type: 'null' } } })).toThrow(/"when"/);
  });
});

describe('drift check between editor and schema', () => {
  const schema = collectionJsonSchema(exercises, 'exercises') as SchemaNode;

  it('finds no difference for the generated fields', () => {
    expect(fieldDrift(schema, exerciseFields, 'exercises')).toEqual([]);
  });

  it('reports a field missing from the editor', () => {
    const fields = exerciseFields.filter((f) => f.name !== 'feel');
    expect(fieldDrift(schema, fields, 'exercises')).toEqual([
      'exercises.feel: in the schema, missing from the editor',
    ]);
  });

  it('reports a required flag that differs, also inside a list', () => {
    const fields = exerciseFields.map((f) =>
      f.name === 'references'
        ? { ...f, fields: f.fields!.map((s) => (s.name === 'url' ? { ...s, required: false } : s)) }
        : f,
    );
    expect(fieldDrift(schema, fields, 'exercises')).toEqual([
      'exercises.references[].url: required is true in the schema but false in the editor',
    ]);
  });

  it('reports reviewer choices that differ from the schema', () => {
    const fields = exerciseFields.map((f) =>
      f.name === 'reviewer' ? { ...f, options: [{ label: 'X', value: 'someone-else' }] } : f,
    );
    expect(fieldDrift(schema, fields, 'exercises')[0]).toMatch(/exercises.reviewer: choices/);
  });

  it('reports a field the schema does not have', () => {
    const fields = [
      ...exerciseFields,
      { name: 'author', label: 'Author', widget: 'string', required: false },
    ];
    expect(fieldDrift(schema, fields, 'exercises')).toEqual([
      'exercises.author: in the editor, not in the schema',
    ]);
  });
});
