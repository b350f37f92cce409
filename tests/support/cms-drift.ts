/**
 * Compares the editor's configuration (dist/admin/config.json) with the JSON Schemas Astro
 * writes for the collections it validates (.astro/collections/<name>.schema.json): every field
 * on both sides, the same required flags, the same choices for enums (the reviewer ids), and
 * the same for fields inside objects and lists. Returns the differences in words.
 */
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
  required?: boolean;
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

export function fieldDrift(
  schema: SchemaNode,
  fields: readonly EditorField[],
  where: string,
  editorOnly: ReadonlySet<string> = EDITOR_ONLY,
): string[] {
  const problems: string[] = [];
  const properties = Object.entries(schema.properties ?? {}).filter(([n]) => !SCHEMA_ONLY.has(n));
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
    if ((field.required ?? true) !== required.has(name)) {
      problems.push(
        `${at}: required is ${required.has(name)} in the schema but ${field.required ?? true} in the editor`,
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
      problems.push(...fieldDrift(property, field.fields ?? [], at, new Set()));
    }
    const items = property.items && unwrap(property.items);
    if (items?.properties) {
      problems.push(...fieldDrift(items, field.fields ?? [], `${at}[]`, new Set()));
    }
  }
  for (const field of fields) {
    if (!editorOnly.has(field.name) && !properties.some(([n]) => n === field.name)) {
      problems.push(`${where}.${field.name}: in the editor, not in the schema`);
    }
  }
  return problems;
}
