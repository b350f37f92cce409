/**
 * The Sveltia CMS configuration for /admin/, generated from the content collections: the
 * editor's fields come from each collection's Zod schema (through JSON Schema, the same way
 * Astro writes .astro/collections/*.schema.json), so there is one schema, never two.
 *
 * A new collection in src/content.config.ts needs nothing here: its folder is
 * src/content/<name>/, its format is read from the files there, its label is its name in plain
 * words, and an MDX collection links each entry to /<name>/<file name>/. A line in
 * `cmsCollections` only overrides those defaults.
 */
import { existsSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { z } from 'astro/zod';
import { paths } from '../paths.ts';
import {
  humanise,
  orderFields,
  toFields,
  type CmsField,
  type FieldOptions,
  type JsonSchema,
} from './fields';
import { clinic, practitionerDisplayName } from '../clinic';
import { PLACEHOLDER_REPO } from '../launch-check';
import { groupInfo } from '../questions';
import { placeText } from '../words/en/where';
import { placeNames } from '../words/en/rule-lists';
import { notImprovingText, outcomeText } from '../words/en/what-to-do';
import { URGENCY_CHANGE_NOTE } from '../urgency-changes';
import { TIER_CHOICES, WARNING_SIGNS_COMPONENT } from './warning-signs-block.ts';
import { DEFAULT_LOCALE, LOCALES, localeFolder, withTranslations } from './translations.ts';

type EntryFormat = 'mdx' | 'md' | 'yaml' | 'yml' | 'json';

interface CollectionPlace {
  label: string;
  /** Folder of the entries, from the project root. */
  folder: string;
  format: EntryFormat;
  /** The field that names an entry in the editor's lists, when the collection has no title. */
  titleField?: string;
  /** What an entry's line in the editor's list says (Sveltia's `summary` template). */
  summary?: string;
  /** What the collection is for, shown above its list of entries. */
  description?: string;
  /**
   * The page an entry shows on, for the editor's "View on Live Site" and "View Preview" links
   * (`{{slug}}` is the file name); false when its entries show on no page of their own.
   */
  previewPath?: string | false;
}

/** Where entries live unless `cmsCollections` says otherwise. */
const CONTENT_DIR = 'src/content';

/**
 * The Astro collection holding a collection's Spanish words (src/content/es/<folder>/, each file
 * named as its English twin). The editor shows it beside its English twin, not as a list of its
 * own.
 */
export const spanishTwinOf = (name: string) => `es-${name}`;

/** Overrides of the defaults, and the order of the editor's collection list. */
const cmsCollections: Readonly<Record<string, Partial<CollectionPlace>>> = {
  causes: {},
  triggers: {},
  'risk-factors': {},
  treatment: {},
  exercises: {},
  questions: {},
  'warning-signs': {
    titleField: 'short',
    // Each line says how urgent the sign is, first.
    summary: '{{tier | upper}}: {{short}}',
    // Signs have no page of their own; the full list with every sign is here.
    previewPath: paths.whenToSeeADoctor,
    description:
      'Each sign shows in the quiz, on the printable card and in every list of warning signs. The clinician signs every change to how urgent a sign is or where it sends people.',
  },
  // Short labels: the editor's sidebar cuts longer ones off.
  'about-you': {
    label: 'Quiz: you',
    folder: 'src/content/about-you',
    format: 'yaml',
    titleField: 'short',
    description:
      'Facts about the person the quiz asks (pregnant, 50 or older, a blood thinner). Most change nothing alone and count only in a combination.',
  },
  'pain-patterns': {
    label: 'Quiz: pain',
    folder: 'src/content/pain-patterns',
    format: 'yaml',
    titleField: 'short',
    description: 'How the spasms behave, as the quiz’s last step asks. Never a warning sign alone.',
  },
  'triage-rules': {
    label: 'Quiz: combos',
    folder: 'src/content/triage-rules',
    format: 'yaml',
    titleField: 'short',
    description:
      'Combinations that change how urgent the answer is, such as pregnant with a fever. The clinician signs every change.',
  },
  'search-terms': {
    label: 'Search words',
    folder: 'src/content/search-terms',
    format: 'yaml',
    titleField: 'terms',
    description:
      'The words people type into the site’s search, such as "Flexeril" or "threw my back out", and the page or warning sign they should find. They are never shown on a page.',
  },
  'es-search-terms': {
    label: 'Español: búsqueda',
    folder: 'src/content/es/search-terms',
    format: 'yaml',
    titleField: 'terms',
    previewPath: false,
    description:
      'The Spanish words people type into the Spanish search, such as "me duelen los riñones" or "Tylenol": the file has the English record’s name, and where the words lead (its page’s Spanish twin, its warning sign) stays in the English record.',
  },
};

/**
 * Collections the editor leaves out. The quiz's test stories (one file, a list) change only
 * with the quiz's records, in the same pull request, and the clinician signs both together on
 * /when-to-see-a-doctor/quiz-checks/; editing one without the other would fail the build.
 */
export const notInEditor: readonly string[] = [
  'quiz-stories',
  // Their Spanish words change with them, in the same pull request.
  'es-quiz-stories',
];

/**
 * Fields only a Spanish file has, which the editor offers: their labels and hints (below) say
 * "Spanish only", since the English pane shows them too and the English file refuses them.
 */
const SPANISH_ONLY: ReadonlySet<string> = new Set(['slug', 'translator', 'translationReviewedOn']);

/** What happens after Save, said on every collection. */
const AFTER_SAVE =
  'Save keeps your change as a draft: the live site does not change. When it is ready, set it to In Review: the clinician reads it, and it goes live only when they publish it.';

const EXTENSIONS: readonly EntryFormat[] = ['mdx', 'md', 'yaml', 'yml', 'json'];

/** The entry format of a folder: the extension most of its files have. */
export function detectFormat(files: readonly string[]): EntryFormat | undefined {
  const counts = new Map<EntryFormat, number>();
  for (const file of files) {
    const ext = extname(file).slice(1) as EntryFormat;
    if (EXTENSIONS.includes(ext)) counts.set(ext, (counts.get(ext) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

const listFolder = (folder: string) => (existsSync(folder) ? readdirSync(folder) : []);

/** Where a collection's files live, what to call it and where its entries show. */
export function collectionPlace(
  name: string,
  listFiles: (folder: string) => readonly string[] = listFolder,
): CollectionPlace {
  const override = cmsCollections[name] ?? {};
  const folder = override.folder ?? join(CONTENT_DIR, name);
  const format = override.format ?? detectFormat(listFiles(folder));
  if (!format) {
    throw new Error(
      `collection "${name}" has no .mdx, .md, .yaml or .json files in ${folder}/, so the editor cannot tell its format: ` +
        'add a line for it to cmsCollections in src/lib/cms/config.ts',
    );
  }
  return {
    label: override.label ?? humanise(name),
    folder,
    format,
    ...(override.titleField && { titleField: override.titleField }),
    ...(override.summary && { summary: override.summary }),
    ...(override.description && { description: override.description }),
    previewPath: override.previewPath ?? (FORMATS[format].body ? `/${name}/{{slug}}/` : false),
  };
}

/** Uploaded drawings: stored in src/assets/exercises/, referred to from an entry's folder. */
const MEDIA = { folder: '/src/assets/exercises', publicFolder: '../../assets/exercises' };

/** Images put into a page's text: files in public/images/, served as /images/… */
const BODY_MEDIA = { folder: 'public/images', publicFolder: '/images' };

/**
 * The order a writer thinks in, for every collection: what the reader sees first, then the
 * page text, then sources and search words, then the bookkeeping (position, dates, review).
 */
const FIELD_ORDER = {
  first: [
    'question',
    'answer',
    'words',
    'short',
    'example',
    'why',
    'tier',
    'title',
    'description',
    'summary',
    'illustration',
    'hold',
    'repetitions',
    'steps',
    'feel',
    'cautions',
    'body',
  ],
  last: [
    'source',
    'references',
    'askedAs',
    'alsoCalled',
    'related',
    'group',
    'riskFactors',
    'triggers',
    'order',
    'slug',
    'updated',
    'reviewer',
    'reviewedOn',
    'translator',
    'translationReviewedOn',
  ],
} as const;

const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const tierLabels = Object.fromEntries(
  TIER_CHOICES.filter((c) => c.value !== 'all').map((c) => [c.value, c.label]),
);

/** Words the editor shows; anything not listed gets its field name in plain words. */
const fieldOptions: FieldOptions = {
  labels: {
    question: 'Question',
    answer: 'Short answer',
    summary: 'Summary',
    description: 'Description in search results',
    updated: 'Words last changed',
    reviewedOn: 'Reviewed on',
    alsoCalled: 'Other words people use',
    askedAs: 'Other ways people ask this',
    group: 'Group on the questions page',
    related: 'Articles it builds on',
    references: 'Sources',
    url: 'Link',
    order: 'Position in the list',
    hold: 'How long to hold',
    repetitions: 'How many times',
    feel: 'What it should feel like',
    cautions: 'When to stop',
    illustration: 'Drawing',
    src: 'Drawing file',
    alt: 'What the drawing shows',
    riskFactors: 'Risk factors it helps with',
    triggers: 'Triggers it helps with',
    words: 'The sign, in a visitor’s words',
    short: 'Short form',
    why: 'Why it matters',
    tier: 'How urgent',
    place: 'Where to go',
    outcome: 'What to do',
    caudaEquina: 'A cauda equina sign',
    note: 'Note for the clinician',
    terms: 'Words people search for',
    page: 'Page they should find',
    sign: 'Warning sign they describe',
    slug: 'Address of the Spanish page (Spanish only)',
    translator: 'Medical translator (Spanish only)',
    translationReviewedOn: 'Translation checked on (Spanish only)',
  },
  itemLabels: {
    askedAs: 'Another way people ask this',
    alsoCalled: 'Another word people use',
    references: 'Source',
    related: 'Article',
    steps: 'Step',
    cautions: 'Stop if',
    riskFactors: 'Risk factor',
    triggers: 'Trigger',
  },
  hints: {
    question:
      'The question as people type it into a search box. It is the page heading. End it with "?".',
    answer:
      'The direct answer, shown first in a box. 50 words at most (words, not letters): search engines may quote it whole.',
    title:
      'The page’s name in search engines’ results and on the browser tab. 70 characters at most.',
    'references.title': 'The title of the source, as it is published.',
    'source.title': 'The title of the source, as it is published.',
    description: 'The line under the title in search results. 50 to 160 characters.',
    summary: 'One plain paragraph near the top of the page, before the page text.',
    askedAs:
      'Other ways people ask the same thing. The page shows them, so spell them right (in Spanish with accents, ñ and ¿?): site search finds them typed without accents too, and misspellings people type go in Search words.',
    alsoCalled:
      'Other words people use for this, like "locked back". Site search finds the page by these too.',
    group: 'Which group lists this question on the Questions page.',
    related:
      'Pages on this site this question builds on, written as section/file-name, like treatment/self-care-at-home. Those pages then list this question.',
    references: 'The sources the page relies on: 1 to 5.',
    year: 'The year it was published, like 2017. Leave empty if you do not know it.',
    updated:
      'The day the words last changed: set it to today whenever you change the words. The check on your change stops it if the words changed and this date did not.',
    reviewer:
      'Filled in by the clinician when approving: leave empty while writing. Give both this and "Reviewed on", or neither: the check on the change stops one without the other.',
    reviewedOn:
      'Filled in by the clinician when approving: the day they read the page as it is now. It must be on or after "Words last changed"; the check on the change says so if it is not. Leave empty while writing.',
    order: 'Position in the list: 1 shows first.',
    steps: 'One step per item, in order. At least 3.',
    hold: 'For example "Hold for 5 slow breaths". Give this, "How many times", or both.',
    repetitions: 'For example "Start with 5 slow rounds". Give this, "How long to hold", or both.',
    cautions: 'One line per item: when the reader should stop.',
    alt: 'Describe the drawing for people who cannot see it (at least 20 characters).',
    words: 'The sign as a visitor would say it. It is the checkbox label in the quiz.',
    short: 'The sign in a few words, for one-line lists. 60 characters at most.',
    example: 'Starts with "For example, ...".',
    why: 'Why this sign matters, in plain words.',
    tier: `How soon this needs care. ${URGENCY_CHANGE_NOTE}`,
    place: `Where to go. ${URGENCY_CHANGE_NOTE}`,
    outcome: `What the quiz says to do. ${URGENCY_CHANGE_NOTE}`,
    caudaEquina:
      'On for a cauda equina sign (numbness between the legs, trouble peeing or pooping, weakness in both legs): such a sign must stay an emergency.',
    note: 'Only where the advice goes beyond its source: why, for the clinician who signs it. At least 10 characters if you write one.',
    source: 'The guideline or health site this sign comes from.',
    slug: 'Spanish only: the last part of the Spanish page’s address, lower-case letters without accents and hyphens, like "lesion-caida-o-accidente". Leave it empty in English: the file name is the English address.',
    translator:
      'Spanish only. Filled in by the professional medical translator who checked the Spanish against the English: leave empty while translating, and always in English. Give both this and "Translation checked on", or neither.',
    translationReviewedOn:
      'Spanish only. The day the medical translator checked the Spanish as it is now. Leave empty while translating, and always in English.',
  },
  optionLabels: {
    reviewer: Object.fromEntries(
      clinic.practitioners.map((p) => [p.id, practitionerDisplayName(p)]),
    ),
    tier: tierLabels,
    // Where to go, in the words the quiz uses for it.
    place: Object.fromEntries(
      Object.entries(placeNames).map(([id, name]) => [id, sentenceCase(name)]),
    ),
    outcome: {
      ...tierLabels,
      'doctor-then-chiropractic': `${outcomeText['doctor-then-chiropractic'].when}: ${notImprovingText.heading.toLowerCase()}`,
      chiropractic: `${outcomeText.chiropractic.when}: ${placeText['self-care'].heading.toLowerCase()}`,
    },
    // The same headings the questions index shows.
    group: Object.fromEntries(groupInfo.map((g) => [g.id, g.heading])),
  },
  media: MEDIA,
};

/** What Astro's defineCollection returns, as far as the editor cares. */
interface CollectionDefinition {
  schema?: unknown;
}

/** Stands in for Astro's image() helper: a string the JSON Schema marks as an image. */
const imageMarker = () => z.string().meta({ cmsWidget: 'image' });

/** A collection's schema as JSON Schema, input side (what a file may contain). */
export function collectionJsonSchema(collection: CollectionDefinition, name: string): JsonSchema {
  const schema =
    typeof collection.schema === 'function'
      ? collection.schema({ image: imageMarker })
      : collection.schema;
  if (!(schema instanceof z.ZodType)) {
    throw new Error(`collection "${name}" has no Zod schema, so the editor cannot list its fields`);
  }
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    // Dates are written as YYYY-MM-DD strings in files: say so, as Astro's own JSON Schema does.
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === 'date') {
        ctx.jsonSchema.type = 'string';
        ctx.jsonSchema.format = 'date-time';
      }
    },
  }) as JsonSchema;
}

const FORMATS: Record<EntryFormat, { extension: string; format: string; body: boolean }> = {
  mdx: { extension: 'mdx', format: 'frontmatter', body: true },
  md: { extension: 'md', format: 'frontmatter', body: true },
  yaml: { extension: 'yaml', format: 'yaml', body: false },
  yml: { extension: 'yml', format: 'yml', body: false },
  json: { extension: 'json', format: 'json', body: false },
};

const BODY: CmsField = {
  name: 'body',
  label: 'Page text',
  widget: 'markdown',
  required: true,
  // Pictures, and lists of warning signs built from the data (never typed by hand).
  editor_components: ['image', WARNING_SIGNS_COMPONENT],
  hint: 'Headings, lists and links. Start with "##" headings: the page title is the first heading. To list warning signs, use Insert > Warning signs: never type the signs by hand.',
};

interface BackendOptions {
  /** GitHub repository, "owner/name". */
  repo: string;
  branch: string;
  /** OAuth relay origin: Netlify's by default, or a Sveltia CMS Authenticator worker. */
  authBaseUrl?: string;
}

interface CmsConfig {
  load_config_file: false;
  backend: Record<string, unknown>;
  publish_mode: 'editorial_workflow';
  media_folder: string;
  public_folder: string;
  site_url?: string;
  logo: { src: string };
  output: { omit_empty_optional_fields: true };
  i18n: Record<string, unknown>;
  collections: Record<string, unknown>[];
}

/**
 * One collection of the editor. With its Spanish words (`spanish`, the collection of its Spanish
 * twins), an entry opens in both languages: the English file at src/content/<folder>/<id>, the
 * Spanish one at src/content/es/<folder>/<id>, the words in each, the facts in English only.
 */
export function cmsCollection(
  name: string,
  collection: CollectionDefinition,
  place: CollectionPlace = collectionPlace(name),
  spanish?: CollectionDefinition,
) {
  const format = FORMATS[place.format];
  const fieldsOf = (definition: CollectionDefinition, of: string) => {
    const fields = toFields(collectionJsonSchema(definition, of), fieldOptions);
    return format.body ? [...fields, BODY] : fields;
  };
  const english = fieldsOf(collection, name);
  const fields = orderFields(
    spanish
      ? withTranslations(english, fieldsOf(spanish, spanishTwinOf(name)), SPANISH_ONLY)
      : english,
    FIELD_ORDER,
  );
  const hasTitle = fields.some((f) => f.name === 'title');
  const sortable = ['title', 'order', 'updated'].filter((n) => fields.some((f) => f.name === n));
  return {
    name,
    label: place.label,
    folder: spanish ? localeFolder(place.folder, CONTENT_DIR) : place.folder,
    ...(spanish && { i18n: true }),
    extension: format.extension,
    format: format.format,
    create: true,
    delete: true,
    // The file name is the page address: keep it short, lower case, with hyphens.
    slug: '{{slug}}',
    ...(!hasTitle && { identifier_field: place.titleField ?? fields[0]?.name }),
    ...(place.summary && { summary: place.summary }),
    description: place.description ? `${place.description} ${AFTER_SAVE}` : AFTER_SAVE,
    ...(sortable.length > 0 && { sortable_fields: sortable }),
    ...(place.previewPath && { preview_path: place.previewPath }),
    fields,
  };
}

/**
 * The whole configuration. Collections are sorted by the order of `cmsCollections`, so the
 * editor's list matches the site's sections whatever order content.config.ts uses.
 */
export function buildCmsConfig(
  collections: Readonly<Record<string, CollectionDefinition>>,
  backend: BackendOptions,
  siteUrl?: string,
): CmsConfig {
  const order = Object.keys(cmsCollections);
  const isSpanishTwin = (name: string) =>
    Object.keys(collections).some((other) => spanishTwinOf(other) === name);
  const names = Object.keys(collections)
    .filter((name) => !notInEditor.includes(name) && !isSpanishTwin(name))
    .sort(
      (a, b) =>
        (order.indexOf(a) + 1 || order.length + 1) - (order.indexOf(b) + 1 || order.length + 1),
    );
  return {
    load_config_file: false,
    backend: {
      name: 'github',
      repo: backend.repo,
      branch: backend.branch,
      ...(backend.authBaseUrl && { base_url: backend.authBaseUrl }),
      squash_merges: true,
    },
    // Draft → In review → Ready: nothing reaches the live site until someone publishes it.
    publish_mode: 'editorial_workflow',
    media_folder: BODY_MEDIA.folder,
    public_folder: BODY_MEDIA.publicFolder,
    ...(siteUrl && { site_url: siteUrl }),
    // The site's own icon; Sveltia's default logo is a data: URL it fetches (a CSP exception).
    logo: { src: '/favicon.svg' },
    // An empty optional field is left out of the file instead of written as '' (which the
    // schema would reject for a date).
    output: { omit_empty_optional_fields: true },
    // English and Spanish side by side, for the collections that have Spanish words. The
    // `{{locale}}` in such a collection's folder (src/content/{{locale}}/<folder>) puts the
    // Spanish files under src/content/es/; English, the default, has no folder of its own.
    // A new entry starts in both languages (the build wants every Spanish twin); a translator
    // can add the Spanish to an entry that has none yet, or leave it out for now.
    i18n: {
      structure: 'multiple_folders',
      locales: [...LOCALES],
      default_locale: DEFAULT_LOCALE,
      initial_locales: 'all',
      omit_default_locale_from_file_path: true,
    },
    collections: names.map((name) =>
      cmsCollection(name, collections[name]!, undefined, collections[spanishTwinOf(name)]),
    ),
  };
}

/** Backend settings from the build environment; see the README for what to set. */
export function backendFromEnv(env: Record<string, string | undefined>): BackendOptions {
  return {
    repo: env.CMS_GITHUB_REPO?.trim() || PLACEHOLDER_REPO,
    branch: env.CMS_BRANCH?.trim() || 'main',
    authBaseUrl: env.CMS_AUTH_URL?.trim() || undefined,
  };
}
