/**
 * The editor's configuration is generated from the Zod schemas (src/lib/cms/), and the
 * comparison with Astro's JSON Schemas (tests/support/cms-drift.ts, used by
 * tests/build/admin.test.ts) catches any difference.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import {
  articleSchema,
  exerciseSchema,
  questionSchema,
  warningSignSchema,
} from '../../../src/lib/content-schemas';
import {
  backendFromEnv,
  buildCmsConfig,
  cmsCollection,
  collectionJsonSchema,
  collectionPlace,
  detectFormat,
} from '../../../src/lib/cms/config';
import { humanise, toFields, type CmsField } from '../../../src/lib/cms/fields';
import { reviewerIds } from '../../../src/lib/clinic';
import { siteFirstDay } from '../../../src/lib/site';
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
      // A day a browser's date field made of a mistyped date (1201, 1906) is refused.
      min: siteFirstDay,
    });
    expect(byName(fields, 'reviewedOn')).toMatchObject({
      widget: 'datetime',
      required: false,
      min: siteFirstDay,
    });
    const reviewer = byName(fields, 'reviewer')!;
    expect(reviewer).toMatchObject({ widget: 'select', required: false });
    expect(reviewer.options!.map((o) => o.value)).toEqual(reviewerIds);
    expect(reviewer.hint).toMatch(
      /clinician when approving.*both this and "Reviewed on", or neither/,
    );
    expect(byName(fields, 'reviewedOn')!.hint).toMatch(/on or after "Words last changed"/);
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

  it('maps a new collection from its schema and its folder alone (YAML data, no body, no page)', () => {
    const sign = z.strictObject({
      order: z.number(),
      tier: z.enum(['emergency', 'urgent', 'doctor']),
      words: z.string().max(80),
      example: z.string().optional(),
    });
    const place = collectionPlace('situations', () => ['a.yaml', 'b.yaml', 'README.md']);
    expect(place).toEqual({
      label: 'Situations',
      folder: 'src/content/situations',
      format: 'yaml',
      previewPath: false,
    });
    const collection = cmsCollection('situations', { schema: sign }, place);
    expect(collection).toMatchObject({
      extension: 'yaml',
      format: 'yaml',
      identifier_field: 'words',
    });
    expect(collection).not.toHaveProperty('preview_path');
    // Words first, as a writer thinks; the list position last.
    expect(collection.fields.map((f) => f.name)).toEqual(['words', 'example', 'tier', 'order']);
    expect(collection.fields[2]).toMatchObject({ widget: 'select', required: true });
    expect(collection.fields[1]).toMatchObject({ required: false });
  });

  it('links an MDX entry to its page, and a warning sign to the list of every sign', () => {
    expect(collectionPlace('recipes', () => ['soup.mdx']).previewPath).toBe('/recipes/{{slug}}/');
    expect(cmsCollection('causes', { schema: articleSchema })).toMatchObject({
      preview_path: '/causes/{{slug}}/',
    });
    expect(collectionPlace('warning-signs', () => ['fever.yaml'])).toMatchObject({
      previewPath: '/when-to-see-a-doctor/',
      titleField: 'short',
    });
  });

  it('stops the build, saying what to add, for a collection whose folder holds no entries', () => {
    expect(() => cmsCollection('recipes', { schema: articleSchema })).toThrow(
      /src\/content\/recipes\/.*add a line for it to cmsCollections in src\/lib\/cms\/config.ts/,
    );
  });

  it('puts a question page in the order a writer thinks: question and answer first, review last', () => {
    const names = cmsCollection('questions', { schema: questionSchema }).fields.map((f) => f.name);
    expect(names.slice(0, 5)).toEqual(['question', 'answer', 'title', 'description', 'summary']);
    expect(names.indexOf('body')).toBe(5);
    expect(names.slice(-3)).toEqual(['updated', 'reviewer', 'reviewedOn']);
  });

  it("puts a warning sign's words first", () => {
    const fields = cmsCollection('warning-signs', { schema: warningSignSchema }).fields;
    expect(fields[0]).toMatchObject({ name: 'words', label: 'The sign, in a visitor’s words' });
    expect(byName(fields, 'tier')!.options!.find((o) => o.value === 'emergency')!.label).toBe(
      'Emergency: call 911 now',
    );
  });

  it('names list items ("Add Source", "Another way people ask this")', () => {
    const fields = cmsCollection('questions', { schema: questionSchema }).fields;
    expect(byName(fields, 'references')).toMatchObject({
      label: 'Sources',
      label_singular: 'Source',
    });
    expect(byName(fields, 'askedAs')).toMatchObject({
      label_singular: 'Another way people ask this',
      field: { label: 'Another way people ask this' },
    });
    const year = byName(byName(fields, 'references')!.fields, 'year')!;
    expect(year).toMatchObject({ widget: 'number', value_type: 'int' });
    expect(year.hint).toMatch(/like 2017/);
  });

  it('offers the warning-signs block (and pictures) in every page text', () => {
    expect(byName(exerciseFields, 'body')!.editor_components).toEqual(['image', 'warning-signs']);
  });

  it("reads a folder's format from most of its files", () => {
    expect(detectFormat(['a.mdx', 'b.mdx', 'notes.md'])).toBe('mdx');
    expect(detectFormat(['a.json'])).toBe('json');
    expect(detectFormat(['README', '.gitkeep'])).toBeUndefined();
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

describe('the editor checks what the build checks, from the same schema', () => {
  const questions = buildCmsConfig({ questions: { schema: questionSchema } }, backendFromEnv({}))
    .collections[0]!.fields as CmsField[];
  const pattern = (name: string) => {
    const [source, message] = byName(questions, name)!.pattern!;
    return { regex: new RegExp(source), message };
  };
  const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

  it('the question must end with "?", said in plain words', () => {
    const { regex, message } = pattern('question');
    expect(regex.test('Heat or ice?')).toBe(true);
    expect(regex.test('Heat or ice')).toBe(false);
    expect(message).toBe('End the question with "?".');
  });

  it('the short answer is limited in words, as the schema counts them, not letters', () => {
    const { regex, message } = pattern('answer');
    const schemaAccepts = (text: string) => questionSchema.shape.answer.safeParse(text).success;
    for (const n of [49, 50, 51, 82]) {
      const text = `  ${words(n)}\n`;
      expect(regex.test(text), `${n} words`).toBe(schemaAccepts(text));
    }
    expect(message).toMatch(/50 words or fewer/);
    expect(byName(questions, 'answer')!.minlength).toBeUndefined();
  });

  it('an optional text shows no minimum while empty, and a source’s title has its own hint', () => {
    const signs = buildCmsConfig(
      { 'warning-signs': { schema: warningSignSchema } },
      backendFromEnv({}),
    ).collections[0]!.fields as CmsField[];
    expect(byName(signs, 'note')!.minlength).toBeUndefined();
    expect(byName(byName(signs, 'source')!.fields, 'title')!.hint).toBe(
      'The title of the source, as it is published.',
    );
  });

  it('places and tiers read as words, and say what a change to them changes', () => {
    const signs = buildCmsConfig(
      { 'warning-signs': { schema: warningSignSchema } },
      backendFromEnv({}),
    ).collections[0]!.fields as CmsField[];
    const place = byName(signs, 'place')!;
    expect(place.options!.find((o) => o.value === 'emergency-room-or-same-day')!.label).toBe(
      'The emergency room or a same-day doctor visit',
    );
    for (const field of [place, byName(signs, 'tier')!]) {
      expect(field.hint).toMatch(
        /quiz’s answer, the printable warning-signs card and every list.*clinician must sign/,
      );
    }
  });
});
