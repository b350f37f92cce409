/**
 * The text the editor at /admin/ (Sveltia CMS 0.221) writes for a content file, from the file's
 * own data and the editor's configuration of its collection (src/lib/cms/config.ts).
 *
 * Why every content file is kept in exactly this shape (tests/build/editor-format.test.ts;
 * `npm run format:content` puts a file back into it): on every Save, the editor writes each
 * language's file of the entry afresh from its data, the language that was not edited too. A
 * file holding anything the data cannot say (a comment, keys in another order, a default left
 * out, a list written `[a, b]`, a long line folded, quotes where none are needed) was rewritten
 * on a Spanish-only save: the English file of a quiz record changed, and the clinician had to
 * approve it. In this shape, a file the save did not touch comes back byte for byte, and an
 * edited one changes only where it was edited.
 *
 * What the editor writes:
 * - the keys in the order of the collection's fields, inside objects and list items too, then
 *   any key no field names, sorted (as the editor sorts them: numbers by value, any case);
 * - a field the file leaves out at its default: a checkbox `false`, written out; any other is
 *   left empty, and an optional field left empty is left out (`omit_empty_optional_fields`);
 * - every text trimmed, and a number or true/false read from a text field or a choice written
 *   as text;
 * - in Spanish (or any language but the default), only the translated fields (the editor drops
 *   a fact from a Spanish file on saving: src/integrations/admin-cms/entry.ts);
 * - YAML as the `yaml` library writes it with the options below (one line per value, a list one
 *   item per line, quotes only where YAML needs them); an MDX file as `---`, its front matter,
 *   `---`, a blank line and the page text.
 */
import { parse, stringify } from 'yaml';
import type { CmsField } from '../../src/lib/cms/fields.ts';
import { DEFAULT_LOCALE, isRequiredIn, type Locale } from '../../src/lib/cms/translations.ts';

/** What the editor's configuration says of a collection that decides how its files are written. */
export interface EditorCollection {
  /** `frontmatter` (MDX), `yaml` or `yml`. */
  format: string;
  fields: readonly CmsField[];
}

/**
 * The `yaml` library's options the editor writes with (its `output.yaml` defaults). The editor
 * bundles the same library (2.9 in both): tests/e2e/admin.test.ts would show a difference.
 */
const YAML_OPTIONS = {
  indent: 2,
  indentSeq: true,
  lineWidth: 0,
  defaultKeyType: 'PLAIN',
  defaultStringType: 'PLAIN',
  singleQuote: true,
} as const;

/** Fields whose value the editor keeps as text. */
const TEXT_WIDGETS: ReadonlySet<string> = new Set([
  'string',
  'text',
  'select',
  'datetime',
  'markdown',
  'image',
  'file',
]);

/** The editor's order for keys no field names. */
const byName = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' }).compare;

type Data = Record<string, unknown>;

const isRecord = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Empty as the editor counts it: nothing, '', [] or {} (never false or 0). */
const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (isRecord(value) && Object.keys(value).length === 0);

function valueOf(field: CmsField, value: unknown, locale: Locale): unknown {
  if (value === undefined) {
    return field.widget === 'boolean' ? (field.default ?? false) : field.default;
  }
  if (typeof value === 'string') return value.trim();
  if (field.widget === 'object' && field.fields && isRecord(value)) {
    return editorData(field.fields, value, locale);
  }
  if (field.widget === 'list' && Array.isArray(value)) {
    return value.map((item: unknown) => {
      if (field.fields && isRecord(item)) return editorData(field.fields, item, locale);
      if (field.field) return valueOf(field.field, item, locale);
      return typeof item === 'string' ? item.trim() : item;
    });
  }
  if (TEXT_WIDGETS.has(field.widget) && (typeof value === 'number' || typeof value === 'boolean')) {
    return String(value);
  }
  return value;
}

/** A file's data as the editor writes it back: see the module comment. */
export function editorData(fields: readonly CmsField[], data: Data, locale: Locale): Data {
  const out: Data = {};
  const rest: Data = { ...data };
  for (const field of fields) {
    delete rest[field.name];
    // A fact (not translated) is never written to another language's file.
    if (locale !== DEFAULT_LOCALE && field.i18n === false) continue;
    const value = valueOf(field, data[field.name], locale);
    if (value === undefined || (isEmpty(value) && !isRequiredIn(field, locale))) continue;
    out[field.name] = value;
  }
  for (const name of Object.keys(rest).sort(byName)) out[name] = rest[name];
  return out;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/;

const yamlText = (data: Data) => stringify(data, null, YAML_OPTIONS).trim();

/**
 * The text the editor writes for a file of this collection in this language, given the file's
 * text now: the same text when the file is in the editor's shape.
 */
export function editorText(collection: EditorCollection, locale: Locale, text: string): string {
  if (collection.format !== 'frontmatter') {
    const data: unknown = parse(text);
    return `${yamlText(editorData(collection.fields, isRecord(data) ? data : {}, locale))}\n`;
  }
  const match = FRONTMATTER.exec(text);
  const frontmatter: unknown = match ? parse(match[1]!) : {};
  const { body, ...data } = editorData(
    collection.fields,
    { ...(isRecord(frontmatter) ? frontmatter : {}), body: match ? match[2] : text },
    locale,
  );
  const page = typeof body === 'string' && body ? `\n${body}\n` : '';
  return `---\n${yamlText(data)}\n---\n${page}`;
}
