/**
 * Turns a collection's JSON Schema (Zod's `z.toJSONSchema`, input side) into Sveltia CMS
 * fields, so the editor asks for exactly what the build accepts: the same names, the same
 * required flags, the same choices, the same lengths and list sizes. Nothing here knows a
 * collection by name; a new field in src/lib/content-schemas.ts appears in the editor by itself.
 */

/** The part of JSON Schema that Zod writes for this site's schemas. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: readonly (string | number)[];
  format?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  default?: unknown;
  description?: string;
  anyOf?: JsonSchema[];
  pattern?: string;
  /** Marker set by `imageMarker()` on Astro's image() fields. */
  cmsWidget?: 'image';
  /** Schema metadata for the editor (`.meta()` in src/lib/content-schemas.ts): */
  /** what to say when `pattern` does not match; */
  patternMessage?: string;
  /** a limit counted in words, which JSON Schema cannot say; */
  maxWords?: number;
  /** a date's earliest day (YYYY-MM-DD), and `latest: 'today'` for no day to come. */
  earliest?: string;
  latest?: 'today';
}

/** A Sveltia CMS field, as written into its configuration. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  /** True or false for every language; in a two-language collection, the languages that must fill it in. */
  required: boolean | string[];
  /** In a two-language collection: one value per language (true), or a fact written once (false). */
  i18n?: boolean;
  hint?: string;
  default?: unknown;
  options?: { label: string; value: string }[];
  minlength?: number;
  maxlength?: number;
  /** Numbers: the smallest and largest value; dates: the earliest and latest day. */
  min?: number | string;
  max?: number | string;
  value_type?: 'int' | 'float';
  type?: 'date';
  format?: string;
  pattern?: [string, string];
  field?: CmsField;
  fields?: CmsField[];
  summary?: string;
  /** What one item of a list is called, on its "Add" button: "Add Source". */
  label_singular?: string;
  collapsed?: boolean | 'auto';
  media_folder?: string;
  public_folder?: string;
  choose_url?: boolean;
  /** Markdown fields: the blocks the Insert menu offers. */
  editor_components?: string[];
}

export interface FieldOptions {
  /** Words shown for a field instead of its humanised name, keyed by field name. */
  labels?: Readonly<Record<string, string>>;
  /**
   * Help under a field, keyed by field name, or by its path for a field inside an object or a
   * list (`references.title`), which wins over the bare name.
   */
  hints?: Readonly<Record<string, string>>;
  /** Readable names for enum values (a reviewer's name for their id), keyed by field name. */
  optionLabels?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** What one item of a list field is called ("Source" for `references`), keyed by field name. */
  itemLabels?: Readonly<Record<string, string>>;
  /** Where uploaded images go (from the project root) and how entries refer to them. */
  media?: { folder: string; publicFolder: string };
}

/** Properties Astro adds for editors' IntelliSense; never content. */
const IGNORED = new Set(['$schema']);

/** A string longer than this gets a multi-line box. */
const SHORT_TEXT = 100;

/** Zod writes Number.MAX_SAFE_INTEGER as the ceiling of `.int()`: not a real limit. */
const NO_LIMIT = Number.MAX_SAFE_INTEGER;

/**
 * A pattern that accepts `max` words or fewer, counting as `countWords` in
 * src/lib/content-schemas.ts does (runs of anything but spaces), for the editor's check.
 */
function wordLimitPattern(max: number): string {
  return `^\\s*(?:\\S+\\s+){0,${max - 1}}\\S+\\s*$`;
}

/** "alsoCalled" → "Also called", "risk-factors" → "Risk factors". */
export function humanise(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The one non-null branch of an optional/nullable union, or the schema itself. */
function unwrap(schema: JsonSchema): JsonSchema {
  const branches = schema.anyOf?.filter((b) => b.type !== 'null');
  return branches?.length === 1 ? { ...schema, ...branches[0], anyOf: undefined } : schema;
}

const typeOf = (schema: JsonSchema) =>
  Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;

/** The editor's check for what the schema's pattern, word limit or link format asks. */
function stringPattern(schema: JsonSchema): Pick<CmsField, 'pattern'> {
  if (schema.format === 'uri') {
    return { pattern: ['^https?://\\S+$', 'Use a full link starting with https://'] };
  }
  if (schema.maxWords) {
    return {
      pattern: [
        wordLimitPattern(schema.maxWords),
        `Use ${schema.maxWords} words or fewer: it is counted in words, not letters.`,
      ],
    };
  }
  if (schema.pattern) {
    return {
      pattern: [schema.pattern, schema.patternMessage ?? 'Check the format: see the hint.'],
    };
  }
  return {};
}

function limits(
  schema: JsonSchema,
  kind: 'length' | 'items' | 'value',
): { minlength?: number; maxlength?: number; min?: number; max?: number } {
  const [lo, hi] =
    kind === 'length'
      ? [schema.minLength, schema.maxLength]
      : kind === 'items'
        ? [schema.minItems, schema.maxItems]
        : [schema.minimum, schema.maximum];
  const min = lo !== undefined && lo > 0 ? lo : undefined;
  const max = hi !== undefined && hi < NO_LIMIT && hi >= 0 ? hi : undefined;
  return kind === 'length'
    ? { ...(min !== undefined && { minlength: min }), ...(max !== undefined && { maxlength: max }) }
    : { ...(min !== undefined && { min }), ...(max !== undefined && { max }) };
}

/** One field (and its sub-fields) for a schema property. */
function toField(
  name: string,
  raw: JsonSchema,
  required: boolean,
  options: FieldOptions = {},
  parent?: string,
): CmsField {
  const schema = unwrap(raw);
  const path = parent ? `${parent}.${name}` : name;
  const hint = options.hints?.[path] ?? options.hints?.[name] ?? schema.description;
  const base: CmsField = {
    name,
    label: options.labels?.[path] ?? options.labels?.[name] ?? humanise(name),
    widget: 'string',
    required,
    ...(hint && { hint }),
    ...(schema.default !== undefined && { default: schema.default }),
  };
  const type = typeOf(schema);

  if (schema.cmsWidget === 'image') {
    return {
      ...base,
      widget: 'image',
      choose_url: false,
      ...(options.media && {
        media_folder: options.media.folder,
        public_folder: options.media.publicFolder,
      }),
    };
  }
  if (schema.enum) {
    const names = options.optionLabels?.[name] ?? {};
    return {
      ...base,
      widget: 'select',
      options: schema.enum.map((v) => ({ label: names[String(v)] ?? String(v), value: String(v) })),
    };
  }
  if (type === 'string' && (schema.format === 'date-time' || schema.format === 'date')) {
    // A date picker that stores a plain YYYY-MM-DD, which YAML writes unquoted. Its earliest
    // day refuses what a mistyped date turns into (1201, 1906); the latest, today, is set in
    // the browser (src/integrations/admin-cms/entry.ts), since this file is built days before.
    return {
      ...base,
      widget: 'datetime',
      type: 'date',
      format: 'YYYY-MM-DD',
      ...(schema.earliest && { min: schema.earliest }),
    };
  }
  if (type === 'string') {
    const long = schema.maxLength === undefined || schema.maxLength > SHORT_TEXT;
    const length = limits(schema, 'length');
    // An optional field's minimum is said only when something is written; the editor's counter
    // would show it in red on an empty field. A word limit is checked by its pattern instead
    // of a character counter.
    if (!required || schema.maxWords) delete length.minlength;
    return {
      ...base,
      widget: long && schema.format !== 'uri' ? 'text' : 'string',
      ...length,
      ...stringPattern(schema),
    };
  }
  if (type === 'integer' || type === 'number') {
    return {
      ...base,
      widget: 'number',
      value_type: type === 'integer' ? 'int' : 'float',
      ...limits(schema, 'value'),
    };
  }
  if (type === 'boolean') return { ...base, widget: 'boolean' };
  if (type === 'object') {
    return { ...base, widget: 'object', fields: toFields(schema, options, path) };
  }
  if (type === 'array') {
    const items = unwrap(schema.items ?? {});
    const itemLabel = options.itemLabels?.[name];
    const list: CmsField = {
      ...base,
      widget: 'list',
      ...(itemLabel && { label_singular: itemLabel }),
      ...limits(schema, 'items'),
    };
    if (typeOf(items) === 'object') {
      const fields = toFields(items, options, path);
      return { ...list, fields, collapsed: 'auto', summary: `{{fields.${fields[0]!.name}}}` };
    }
    const item = toField(singular(name), items, true, options, path);
    return { ...list, field: itemLabel ? { ...item, label: itemLabel } : item };
  }
  throw new Error(
    `cannot map field "${name}" (JSON Schema type ${JSON.stringify(schema.type)}) to an editor field: ` +
      'add a case to src/lib/cms/fields.ts',
  );
}

/** "references" → "reference", "steps" → "step": the name of one list item. */
function singular(name: string): string {
  return name.endsWith('ies') ? `${name.slice(0, -3)}y` : name.replace(/s$/, '');
}

/** Every property of an object schema, in schema order. */
export function toFields(
  schema: JsonSchema,
  options: FieldOptions = {},
  parent?: string,
): CmsField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {})
    .filter(([name]) => !IGNORED.has(name))
    .map(([name, property]) => toField(name, property, required.has(name), options, parent));
}

/**
 * Fields in the order a writer thinks: the names in `first` in that order, then any field not
 * named (in schema order), then the names in `last`. A name a collection lacks is skipped, so
 * one order serves every collection, and a new field still shows up (in the middle).
 */
export function orderFields(
  fields: readonly CmsField[],
  order: { first: readonly string[]; last: readonly string[] },
): CmsField[] {
  const rank = (name: string) => {
    const first = order.first.indexOf(name);
    if (first >= 0) return first;
    const last = order.last.indexOf(name);
    return last >= 0 ? order.first.length + 1 + last : order.first.length;
  };
  // Array.prototype.sort is stable: unnamed fields keep their schema order.
  return [...fields].sort((a, b) => rank(a.name) - rank(b.name));
}
