/**
 * The Sveltia CMS configuration for /admin/, generated from the content collections: the
 * editor's fields come from each collection's Zod schema (through JSON Schema, the same way
 * Astro writes .astro/collections/*.schema.json), so there is one schema, never two.
 *
 * Adding a collection to src/content.config.ts needs one line in `cmsCollections` below
 * (where its files live, what to call it, which format); the build stops until that line exists.
 */
import { z } from 'astro/zod';
import { toFields, type CmsField, type FieldOptions, type JsonSchema } from './fields';
import { clinic, practitionerDisplayName } from '../clinic';

export type EntryFormat = 'mdx' | 'md' | 'yaml' | 'yml' | 'json';

export interface CollectionPlace {
  label: string;
  /** Folder of the entries, from the project root. */
  folder: string;
  format: EntryFormat;
  /** The field that names an entry in the editor's lists, when the collection has no title. */
  titleField?: string;
}

/** One line per collection. Collections not (yet) in content.config.ts are skipped. */
export const cmsCollections: Readonly<Record<string, CollectionPlace>> = {
  causes: { label: 'Causes', folder: 'src/content/causes', format: 'mdx' },
  triggers: { label: 'Triggers', folder: 'src/content/triggers', format: 'mdx' },
  'risk-factors': { label: 'Risk factors', folder: 'src/content/risk-factors', format: 'mdx' },
  treatment: { label: 'Treatment', folder: 'src/content/treatment', format: 'mdx' },
  exercises: { label: 'Exercises', folder: 'src/content/exercises', format: 'mdx' },
  questions: { label: 'Questions', folder: 'src/content/questions', format: 'mdx' },
  'warning-signs': {
    label: 'Warning signs',
    folder: 'src/content/warning-signs',
    format: 'yaml',
    titleField: 'short',
  },
};

/** Uploaded drawings: stored in src/assets/exercises/, referred to from an entry's folder. */
export const MEDIA = { folder: '/src/assets/exercises', publicFolder: '../../assets/exercises' };

/** Images put into a page's text: files in public/images/, served as /images/… */
export const BODY_MEDIA = { folder: 'public/images', publicFolder: '/images' };

/** Words the editor shows; anything not listed gets its field name in plain words. */
export const fieldOptions: FieldOptions = {
  labels: {
    updated: 'Words last changed',
    reviewedOn: 'Reviewed on',
    alsoCalled: 'Also called (other words people search for)',
    url: 'Link',
  },
  hints: {
    updated: 'The day the words last changed. Change it whenever you change the words.',
    reviewer:
      'Filled in by the reviewer when approving: leave empty while writing. Set it together with "Reviewed on".',
    reviewedOn:
      'Filled in by the reviewer when approving: the day the clinician checked the page. Leave empty while writing.',
    order: 'Position in the section list: 1 shows first.',
    alt: 'Describe the drawing for people who cannot see it (at least 20 characters).',
  },
  optionLabels: {
    reviewer: Object.fromEntries(
      clinic.practitioners.map((p) => [p.id, practitionerDisplayName(p)]),
    ),
  },
  media: MEDIA,
};

/** What Astro's defineCollection returns, as far as the editor cares. */
export interface CollectionDefinition {
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
  hint: 'Headings, lists and links. Start with "##" headings: the page title is the first heading.',
};

export interface BackendOptions {
  /** GitHub repository, "owner/name". */
  repo: string;
  branch: string;
  /** OAuth relay origin: Netlify's by default, or a Sveltia CMS Authenticator worker. */
  authBaseUrl?: string;
}

export interface CmsConfig {
  load_config_file: false;
  backend: Record<string, unknown>;
  publish_mode: 'editorial_workflow';
  media_folder: string;
  public_folder: string;
  site_url?: string;
  logo: { src: string };
  output: { omit_empty_optional_fields: true };
  collections: Record<string, unknown>[];
}

export function cmsCollection(name: string, collection: CollectionDefinition) {
  const place = cmsCollections[name];
  if (!place) {
    throw new Error(
      `collection "${name}" is not editable at /admin/: add one line for it to cmsCollections in src/lib/cms/config.ts`,
    );
  }
  const format = FORMATS[place.format];
  const fields = toFields(collectionJsonSchema(collection, name), fieldOptions);
  const hasTitle = fields.some((f) => f.name === 'title');
  const sortable = ['title', 'order', 'updated'].filter((n) => fields.some((f) => f.name === n));
  return {
    name,
    label: place.label,
    folder: place.folder,
    extension: format.extension,
    format: format.format,
    create: true,
    delete: true,
    // The file name is the page address: keep it short, lower case, with hyphens.
    slug: '{{slug}}',
    ...(!hasTitle && { identifier_field: place.titleField ?? fields[0]?.name }),
    ...(sortable.length > 0 && { sortable_fields: sortable }),
    fields: format.body ? [...fields, BODY] : fields,
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
  const names = Object.keys(collections).sort(
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
    collections: names.map((name) => cmsCollection(name, collections[name]!)),
  };
}

/** Backend settings from the build environment; see the README for what to set. */
export function backendFromEnv(env: Record<string, string | undefined>): BackendOptions {
  return {
    repo: env.CMS_GITHUB_REPO?.trim() || 'your-github-account/your-site-repository',
    branch: env.CMS_BRANCH?.trim() || 'main',
    authBaseUrl: env.CMS_AUTH_URL?.trim() || undefined,
  };
}
