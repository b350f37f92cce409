/**
 * Compares the editor's configuration (dist/admin/config.json) with the JSON Schemas Astro
 * writes for the collections it validates (.astro/collections/<name>.schema.json): every field
 * on both sides, the same required flags, the same choices for enums (the reviewer ids), and
 * the same for fields inside objects and lists. Returns the differences in words.
 *
 * In a two-language collection the English schema is compared with every field, as the
 * English pane shows them, and the Spanish words' schema with the translated fields alone
 * (`i18n: true`), as the Spanish pane shows them; `required` is read for that language.
 */
import { isRequiredIn, type Locale } from '../../src/lib/cms/translations';

export interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  enum?: readonly unknown[];
  anyOf?: SchemaNode[];
}

export interface EditorField {
  name: string;
  widget: string;
  required?: boolean | string[];
  i18n?: boolean;
  options?: (string | { value: string })[];
  fields?: EditorField[];
  field?: EditorField;
}

/** Astro adds `$schema` for editors' IntelliSense; the MDX body is not frontmatter. */
const SCHEMA_ONLY = new Set(['$schema']);
const EDITOR_ONLY = new Set(['body']);

const unwrap = (node: SchemaNode): SchemaNode => {
  const branches = node.anyOf?.filter((b) => b.type !== 'null');
  return branches?.length === 1 ? { ...node, ...branches[0] } : node;
};

export interface DriftOptions {
  /** Editor fields no schema has (the page text, or a field only the other language has). */
  editorOnly?: ReadonlySet<string>;
  /** Schema fields the editor leaves out (an optional field only the other language's files have). */
  schemaOnly?: ReadonlySet<string>;
  /** The language whose pane and schema are compared: English unless said. */
  locale?: Locale;
}

export function fieldDrift(
  schema: SchemaNode,
  allFields: readonly EditorField[],
  where: string,
  { editorOnly = EDITOR_ONLY, schemaOnly = new Set(), locale = 'en' }: DriftOptions = {},
): string[] {
  const problems: string[] = [];
  // The Spanish pane shows the translated fields only; the English pane shows every field.
  const fields = locale === 'en' ? allFields : allFields.filter((f) => f.i18n === true);
  const properties = Object.entries(schema.properties ?? {}).filter(
    ([n]) => !SCHEMA_ONLY.has(n) && !schemaOnly.has(n),
  );
  const required = new Set(schema.required ?? []);
  const byName = new Map(fields.map((f) => [f.name, f]));

  for (const [name, raw] of properties) {
    const property = unwrap(raw);
    const field = byName.get(name);
    const at = `${where}.${name}`;
    if (!field) {
      problems.push(`${at}: in the schema, missing from the editor`);
      continue;
    }
    const inEditor = isRequiredIn(field, locale);
    if (inEditor !== required.has(name)) {
      problems.push(
        `${at}: required is ${required.has(name)} in the schema but ${inEditor} in the editor`,
      );
    }
    if (property.enum) {
      const choices = (field.options ?? []).map((o) => (typeof o === 'string' ? o : o.value));
      if (
        JSON.stringify([...choices].sort()) !== JSON.stringify(property.enum.map(String).sort())
      ) {
        problems.push(
          `${at}: choices ${JSON.stringify(property.enum)} in the schema, ${JSON.stringify(choices)} in the editor`,
        );
      }
    }
    if (property.properties) {
      problems.push(
        ...fieldDrift(property, field.fields ?? [], at, { editorOnly: new Set(), locale }),
      );
    }
    const items = property.items && unwrap(property.items);
    if (items?.properties) {
      problems.push(
        ...fieldDrift(items, field.fields ?? [], `${at}[]`, { editorOnly: new Set(), locale }),
      );
    }
  }
  for (const field of fields) {
    if (!editorOnly.has(field.name) && !properties.some(([n]) => n === field.name)) {
      problems.push(`${where}.${field.name}: in the editor, not in the schema`);
    }
  }
  return problems;
}

/**
 * Both panes of a two-language collection against both schemas. A field only the Spanish has
 * shows in the English pane too (the editor has no field for one language alone), so the
 * English comparison allows it; an optional one the editor does not offer (a field of the
 * shared quiz words another kind of record uses), the Spanish comparison allows.
 */
export function twoLanguageDrift(
  english: SchemaNode,
  spanish: SchemaNode,
  fields: readonly EditorField[],
  where: string,
): string[] {
  const englishNames = new Set(Object.keys(english.properties ?? {}));
  const offered = new Set(fields.map((f) => f.name));
  const required = new Set(spanish.required ?? []);
  const spanishOnly = Object.keys(spanish.properties ?? {}).filter((n) => !englishNames.has(n));
  return [
    ...fieldDrift(english, fields, where, {
      editorOnly: new Set([...EDITOR_ONLY, ...spanishOnly.filter((n) => offered.has(n))]),
    }),
    ...fieldDrift(spanish, fields, `es/${where}`, {
      locale: 'es',
      schemaOnly: new Set(spanishOnly.filter((n) => !offered.has(n) && !required.has(n))),
    }),
  ];
}
