/**
 * Which fields of a collection have a Spanish version, for the editor's two-language view.
 *
 * A collection's facts (how urgent, where to go, order, sources, review) are written once, in
 * the English file; its Spanish twin holds only words. The Spanish words' schema says which
 * fields those are, so it decides here too: a field it has is translated (`i18n: true`: one
 * value per language), any other is a fact (`i18n: false`), which the editor shows in the
 * English pane only and never writes to the Spanish file. Nothing here names a field.
 */
import type { CmsField } from './fields';

/** The site's languages in the editor: English first (the default, at the root), then Spanish. */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Who must fill a field in: every language, some, or none. */
type Required = boolean | Locale[];

function requiredIn(english: boolean, spanish: boolean): Required {
  if (english && spanish) return true;
  if (english) return ['en'];
  if (spanish) return ['es'];
  return false;
}

/** A field is required in a language when its `required` says so, for either form. */
export function isRequiredIn(field: { required?: boolean | readonly string[] }, locale: Locale) {
  return Array.isArray(field.required) ? field.required.includes(locale) : field.required !== false;
}

type Limit = number | string | undefined;

/**
 * The looser of two limits, since the editor has one check for both languages: the larger
 * maximum, the smaller minimum, none where only one language has one. The build still checks
 * each language against its own schema.
 */
function looser(a: Limit, b: Limit, keep: 'larger' | 'smaller'): Limit {
  if (a === undefined || b === undefined) return undefined;
  if (a === b) return a;
  return a > b === (keep === 'larger') ? a : b;
}

const LIMITS = [
  ['minlength', 'smaller'],
  ['maxlength', 'larger'],
  ['min', 'smaller'],
  ['max', 'larger'],
] as const;

/** The English field made translated, with checks both languages pass. */
function translated(english: CmsField, spanish: CmsField): CmsField {
  const field: CmsField = {
    ...english,
    i18n: true,
    required: requiredIn(isRequiredIn(english, 'en'), isRequiredIn(spanish, 'es')),
  };
  for (const [key, keep] of LIMITS) {
    const limit = looser(english[key], spanish[key], keep);
    if (limit === undefined) delete field[key];
    else (field as unknown as Record<string, Limit>)[key] = limit;
  }
  if (JSON.stringify(english.pattern) !== JSON.stringify(spanish.pattern)) delete field.pattern;
  if (english.fields) field.fields = withTranslations(english.fields, spanish.fields ?? []);
  if (english.field && spanish.field) field.field = translated(english.field, spanish.field);
  return field;
}

/**
 * The English fields, each marked translated or a fact by the Spanish words' fields, then the
 * fields only the Spanish has that the editor offers (`spanishOnly`: the Spanish page's own
 * address, its translation review). Inside an object or a list of objects, each sub-field is
 * marked the same way (a drawing's file is a fact, its description is words).
 *
 * A field only the Spanish has shows in the English pane too (the editor has no field for one
 * language alone, and the English file refuses it), so the editor offers only those it can
 * label "Spanish only". It leaves out any other optional one: the quiz records share one words
 * schema, so a warning sign's Spanish may have a field only an about-you record uses. A
 * required one it cannot offer stops the build: no Spanish file could be saved without it.
 */
export function withTranslations(
  english: readonly CmsField[],
  spanish: readonly CmsField[],
  spanishOnly: ReadonlySet<string> = new Set(),
): CmsField[] {
  const spanishByName = new Map(spanish.map((f) => [f.name, f]));
  const englishNames = new Set(english.map((f) => f.name));
  const onlySpanish = spanish.filter((field) => !englishNames.has(field.name));
  const unlabelled = onlySpanish.filter(
    (field) => isRequiredIn(field, 'es') && !spanishOnly.has(field.name),
  );
  if (unlabelled.length > 0) {
    throw new Error(
      `the Spanish files require ${unlabelled.map((f) => `"${f.name}"`).join(', ')}, which the English does not have: ` +
        'add it to the Spanish-only fields in src/lib/cms/config.ts, with a label and a hint that say so',
    );
  }
  return [
    ...english.map((field) => {
      const twin = spanishByName.get(field.name);
      return twin ? translated(field, twin) : { ...field, i18n: false };
    }),
    ...onlySpanish
      .filter((field) => spanishOnly.has(field.name))
      .map((field) => ({
        ...field,
        i18n: true,
        required: requiredIn(false, isRequiredIn(field, 'es')),
      })),
  ];
}

/**
 * A collection's folder with the language in it, as the editor reads it: the English files at
 * src/content/<folder>/, their Spanish twins at src/content/es/<folder>/.
 */
export function localeFolder(folder: string, contentDir: string): string {
  const prefix = `${contentDir}/`;
  if (!folder.startsWith(prefix)) {
    throw new Error(
      `the Spanish twin of ${folder}/ would be under ${contentDir}/es/, but ${folder}/ is not in ${contentDir}/`,
    );
  }
  return `${prefix}{{locale}}/${folder.slice(prefix.length)}`;
}

/** The folder a language's files are in, from a folder with `{{locale}}` in it. */
export function folderFor(folder: string, locale: Locale): string {
  return folder.replace('{{locale}}/', locale === DEFAULT_LOCALE ? '' : `${locale}/`);
}

/** What `withoutFacts` reads of a field: its name, whether it is translated, its parts. */
interface FieldMark {
  name: string;
  i18n?: boolean;
  fields?: readonly FieldMark[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A Spanish file's data without the facts: every field marked `i18n: false` left out, inside
 * objects and lists of objects too. The editor never shows a fact in the Spanish pane, but its
 * "Copy from English" copies every text of the entry, a source's title included; the editor
 * drops them again when it saves (src/integrations/admin-cms/entry.ts).
 */
export function withoutFacts(
  data: Record<string, unknown>,
  fields: readonly FieldMark[],
): Record<string, unknown> {
  const out = { ...data };
  for (const field of fields) {
    const value = out[field.name];
    if (value === undefined) continue;
    if (field.i18n === false) delete out[field.name];
    else if (field.fields && isRecord(value)) out[field.name] = withoutFacts(value, field.fields);
    else if (field.fields && Array.isArray(value)) {
      out[field.name] = value.map((item) =>
        isRecord(item) ? withoutFacts(item, field.fields!) : item,
      );
    }
  }
  return out;
}
