/**
 * The Spanish pages of the content sections: each Spanish file (src/content/es/<section>/<id>.mdx)
 * holds the words of its English twin (src/content/<section>/<id>.mdx), which keeps the facts.
 * This module puts the two together and finds what a translation lost: a section of the body,
 * a number, a warning-signs block, a step or a caution. The build stops on any of them, naming
 * the Spanish file and the field, because a page that drops "100.4 °F" or a "stop if" line is
 * not the same advice in another language.
 */
import { missingNumbers } from './numbers.ts';
import { sectionPath, type SectionId } from './sections.ts';

/** One content entry as the build has it: the file's id, its frontmatter and its body. */
export interface PageSource {
  id: string;
  data: Record<string, unknown>;
  body?: string;
}

/** A Spanish page's address: /es/<Spanish section>/<slug>/. */
export const spanishEntryPath = (section: SectionId, slug: string): string =>
  `${sectionPath(section, 'es')}${slug}/`;

/** The Spanish file of an entry, for messages. */
export const spanishFile = (section: SectionId, id: string): string =>
  `src/content/es/${section}/${id}.mdx`;

/** Fields whose words a translation gives again, field by field. */
const WORD_FIELDS = ['title', 'summary', 'question', 'answer', 'hold', 'repetitions', 'feel'];
/** Lists a translation gives item by item. */
const LIST_FIELDS = ['steps', 'cautions'];

/** The body's `##` sections, counted. */
const sectionCount = (body: string): number => (body.match(/^##\s/gm) ?? []).length;

/** The components a body uses (`<WarningSigns tier="emergency" />`), as written, sorted. */
function componentsIn(body: string): string[] {
  const tags = body.match(/<[A-Z][A-Za-z]*\b[^>]*>/g) ?? [];
  return tags.map((tag) => tag.replace(/\s+/g, ' ')).sort();
}

const asText = (value: unknown): string =>
  Array.isArray(value) ? value.join('\n') : typeof value === 'string' ? value : '';

/** All the words of an entry a reader sees: its word fields, lists and body. */
function readerText(page: PageSource): string {
  const fields = [...WORD_FIELDS, ...LIST_FIELDS].map((f) => asText(page.data[f]));
  return [...fields, page.body ?? ''].join('\n');
}

/**
 * What the Spanish page lacks that the English has, each as "file: field: problem". Empty when
 * the translation keeps every section, number, component, step and caution.
 */
export function translationProblems(
  section: SectionId,
  english: PageSource,
  spanish: PageSource,
): string[] {
  const file = spanishFile(section, spanish.id);
  const problems: string[] = [];
  for (const field of WORD_FIELDS) {
    if (english.data[field] !== undefined && spanish.data[field] === undefined) {
      problems.push(`${file}: ${field}: missing; the English page has it`);
    }
  }
  for (const field of LIST_FIELDS) {
    const en = english.data[field];
    const es = spanish.data[field];
    if (Array.isArray(en) && (!Array.isArray(es) || es.length !== en.length)) {
      problems.push(
        `${file}: ${field}: the English has ${en.length}, the Spanish ${Array.isArray(es) ? es.length : 0}; translate each one`,
      );
    }
  }
  const [enSections, esSections] = [
    sectionCount(english.body ?? ''),
    sectionCount(spanish.body ?? ''),
  ];
  if (enSections !== esSections) {
    problems.push(
      `${file}: body: ${esSections} "##" sections, the English has ${enSections}; translate every section`,
    );
  }
  const [enParts, esParts] = [componentsIn(english.body ?? ''), componentsIn(spanish.body ?? '')];
  if (enParts.join('\n') !== esParts.join('\n')) {
    const lost = enParts.filter((tag) => !esParts.includes(tag));
    problems.push(
      `${file}: body: keep the English page's components as they are${lost.length ? ` (missing: ${lost.join(', ')})` : ''}`,
    );
  }
  const dropped = missingNumbers(readerText(english), readerText(spanish));
  if (dropped.length > 0) {
    problems.push(
      `${file}: the English says ${dropped.join(', ')}, the Spanish does not; keep every number as digits`,
    );
  }
  return problems;
}

/** The English entries with no Spanish twin yet, as their Spanish file names. */
export const missingTranslations = (
  section: SectionId,
  english: readonly { id: string }[],
  spanish: readonly { id: string }[],
): string[] =>
  english.filter((e) => !spanish.some((s) => s.id === e.id)).map((e) => spanishFile(section, e.id));

/** Spanish files with no English twin (a misspelt file name), as messages. */
export const orphanTranslations = (
  section: SectionId,
  english: readonly { id: string }[],
  spanish: readonly { id: string }[],
): string[] =>
  spanish
    .filter((s) => !english.some((e) => e.id === s.id))
    .map(
      (s) =>
        `${spanishFile(section, s.id)}: no English page src/content/${section}/${s.id}.mdx; name the file as its English twin`,
    );

/** Two Spanish pages of a section with one address, as messages. */
export function duplicateSlugs(
  section: SectionId,
  spanish: readonly { id: string; data: { slug: string } }[],
): string[] {
  return spanish.flatMap((page, i) => {
    const other = spanish.slice(0, i).find((p) => p.data.slug === page.data.slug);
    return other
      ? [
          `${spanishFile(section, page.id)}: slug: "${page.data.slug}" is already the address of ${spanishFile(section, other.id)}`,
        ]
      : [];
  });
}
