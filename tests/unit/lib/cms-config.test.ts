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
  recordWordsSchema,
  spanishArticleSchema,
  spanishExerciseSchema,
  warningSignSchema,
} from '../../../src/lib/content-schemas';
import {
  backendFromEnv,
  buildCmsConfig,
  cmsCollection,
  collectionJsonSchema,
  collectionPlace,
  detectFormat,
  spanishTwinOf,
} from '../../../src/lib/cms/config';
import { folderFor, withoutFacts, withTranslations } from '../../../src/lib/cms/translations';
import { humanise, toFields, type CmsField } from '../../../src/lib/cms/fields';
import { reviewerIds } from '../../../src/lib/clinic';
import { siteFirstDay } from '../../../src/lib/site';
import { fieldDrift, twoLanguageDrift, type SchemaNode } from '../../support/cms-drift';

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

describe('English and Spanish side by side', () => {
  const signs = buildCmsConfig(
    {
      'warning-signs': { schema: warningSignSchema },
      'search-terms': { schema: z.strictObject({ terms: z.array(z.string()) }) },
      [spanishTwinOf('warning-signs')]: { schema: recordWordsSchema },
    },
    backendFromEnv({}),
  );
  const collection = signs.collections.find((c) => c.name === 'warning-signs')!;
  const fields = collection.fields as CmsField[];
  const i18nOf = (names: string[]) => names.map((n) => [n, byName(fields, n)?.i18n]);

  it('edits English (the default, at the root) and Spanish (under es/)', () => {
    expect(signs.i18n).toMatchObject({
      locales: ['en', 'es'],
      default_locale: 'en',
      omit_default_locale_from_file_path: true,
    });
    expect(collection).toMatchObject({
      i18n: true,
      folder: 'src/content/{{locale}}/warning-signs',
    });
    expect(folderFor(collection.folder as string, 'en')).toBe('src/content/warning-signs');
    expect(folderFor(collection.folder as string, 'es')).toBe('src/content/es/warning-signs');
  });

  it('shows the Spanish words beside their English record, not as a list of their own', () => {
    expect(signs.collections.map((c) => c.name)).toEqual(['warning-signs', 'search-terms']);
    // A collection with no Spanish words stays English only.
    const terms = signs.collections.find((c) => c.name === 'search-terms')!;
    expect(terms).not.toHaveProperty('i18n');
    expect(terms.folder).toBe('src/content/search-terms');
  });

  it('edits the facts once, in English: how urgent, where to go, order and source are not translated', () => {
    expect(i18nOf(['tier', 'place', 'order', 'source', 'caudaEquina'])).toEqual([
      ['tier', false],
      ['place', false],
      ['order', false],
      ['source', false],
      ['caudaEquina', false],
    ]);
  });

  it('translates the words, each required in the languages whose schema requires it', () => {
    expect(i18nOf(['words', 'short', 'example', 'why', 'note'])).toEqual([
      ['words', true],
      ['short', true],
      ['example', true],
      ['why', true],
      ['note', true],
    ]);
    expect(byName(fields, 'words')!.required).toBe(true);
    expect(byName(fields, 'note')!.required).toBe(false);
    // Optional and only in the Spanish words' schema (an about-you record's field): the English
    // pane would offer it too, and a warning sign's English file refuses it.
    expect(byName(fields, 'beforeHandsOnCare')).toBeUndefined();
  });

  it('agrees with both schemas: every English field in English, only the words in Spanish', () => {
    const en = collectionJsonSchema({ schema: warningSignSchema }, 'warning-signs') as SchemaNode;
    const es = collectionJsonSchema({ schema: recordWordsSchema }, 'es') as SchemaNode;
    expect(twoLanguageDrift(en, es, fields, 'warning-signs')).toEqual([]);
    // A fact shown in the Spanish pane would be caught.
    const leaky = fields.map((f) => (f.name === 'tier' ? { ...f, i18n: true } : f));
    expect(twoLanguageDrift(en, es, leaky, 'warning-signs')).toEqual([
      'es/warning-signs.tier: in the editor, not in the schema',
    ]);
  });

  it('an article: its words and page text in both languages, its address and translation review in Spanish only', () => {
    const article = buildCmsConfig(
      {
        causes: { schema: articleSchema },
        [spanishTwinOf('causes')]: { schema: spanishArticleSchema },
      },
      backendFromEnv({}),
    ).collections[0]!;
    const of = (name: string) => byName(article.fields as CmsField[], name);
    for (const name of ['title', 'description', 'summary', 'updated', 'alsoCalled', 'body']) {
      expect(of(name), name).toMatchObject({ i18n: true, required: name !== 'alsoCalled' });
    }
    for (const name of ['order', 'references', 'reviewer', 'reviewedOn']) {
      expect(of(name), name).toMatchObject({ i18n: false });
    }
    expect(of('slug')).toMatchObject({ i18n: true, required: ['es'] });
    for (const name of ['slug', 'translator', 'translationReviewedOn']) {
      expect(of(name)!.label, name).toMatch(/\(Spanish only\)$/);
    }
    expect(of('translator')).toMatchObject({ i18n: true, required: false });
    const en = collectionJsonSchema({ schema: articleSchema }, 'causes') as SchemaNode;
    const es = collectionJsonSchema({ schema: spanishArticleSchema }, 'es-causes') as SchemaNode;
    expect(twoLanguageDrift(en, es, article.fields as CmsField[], 'causes')).toEqual([]);
  });

  it("an exercise: the drawing's file once, its description in each language", () => {
    const exercise = buildCmsConfig(
      { exercises, [spanishTwinOf('exercises')]: { schema: spanishExerciseSchema } },
      backendFromEnv({}),
    ).collections[0]!;
    const fields = exercise.fields as CmsField[];
    const illustration = byName(fields, 'illustration')!;
    expect(illustration.i18n).toBe(true);
    expect(byName(illustration.fields, 'src')).toMatchObject({ i18n: false, widget: 'image' });
    expect(byName(illustration.fields, 'alt')).toMatchObject({ i18n: true });
    for (const name of ['steps', 'hold', 'repetitions', 'feel', 'cautions']) {
      expect(byName(fields, name), name).toMatchObject({ i18n: true });
    }
    for (const name of ['riskFactors', 'triggers']) {
      expect(byName(fields, name), name).toMatchObject({ i18n: false });
    }
  });

  it('stops the build when the Spanish files require a field the editor cannot label', () => {
    const spanish = z.strictObject({ title: z.string(), region: z.string() });
    expect(() =>
      buildCmsConfig(
        { causes: { schema: articleSchema }, [spanishTwinOf('causes')]: { schema: spanish } },
        backendFromEnv({}),
      ),
    ).toThrow(/require "region".*Spanish-only fields in src\/lib\/cms\/config.ts/);
  });
});

describe('which fields are translated', () => {
  const field = (name: string, more: Partial<CmsField> = {}): CmsField => ({
    name,
    label: name,
    widget: 'string',
    required: true,
    ...more,
  });

  it("marks an object's parts one by one: a drawing's file is a fact, its description words", () => {
    const english = [
      field('illustration', { widget: 'object', fields: [field('src'), field('alt')] }),
      field('steps', { widget: 'list', field: field('step') }),
    ];
    const spanish = [
      field('illustration', { widget: 'object', fields: [field('alt')] }),
      field('steps', { widget: 'list', field: field('step') }),
    ];
    const [illustration, steps] = withTranslations(english, spanish);
    expect(illustration).toMatchObject({ i18n: true });
    expect(illustration!.fields!.map((f) => [f.name, f.i18n])).toEqual([
      ['src', false],
      ['alt', true],
    ]);
    expect(steps).toMatchObject({ i18n: true, field: { i18n: true } });
  });

  it('keeps the looser check where the languages differ (Spanish runs longer), the build checks each', () => {
    const [title, code] = withTranslations(
      [field('title', { maxlength: 70, minlength: 3 }), field('code', { pattern: ['^a', 'A'] })],
      [field('title', { maxlength: 80, minlength: 5 }), field('code', { pattern: ['^b', 'B'] })],
    );
    expect(title).toMatchObject({ maxlength: 80, minlength: 3 });
    expect(code).not.toHaveProperty('pattern');
  });

  it('drops the facts a copy of the English brought into Spanish data, inside objects too', () => {
    const fields = [
      field('title', { i18n: true }),
      field('order', { i18n: false }),
      field('references', { i18n: false, fields: [field('title')] }),
      field('illustration', {
        i18n: true,
        fields: [field('src', { i18n: false }), field('alt', { i18n: true })],
      }),
    ];
    const copied = {
      title: 'Calor o hielo',
      order: 2,
      references: [{ title: 'Low back pain' }],
      illustration: { src: 'cat-cow.svg', alt: 'Una persona en cuatro patas' },
      slug: 'calor-o-hielo',
    };
    expect(withoutFacts(copied, fields)).toEqual({
      title: 'Calor o hielo',
      illustration: { alt: 'Una persona en cuatro patas' },
      slug: 'calor-o-hielo',
    });
  });

  it('requires a field only in the languages that require it', () => {
    const [a, b] = withTranslations(
      [field('a', { required: false }), field('b')],
      [field('a'), field('b', { required: false })],
    );
    expect(a!.required).toEqual(['es']);
    expect(b!.required).toEqual(['en']);
  });
});
