/**
 * The Spanish pages of the content sections, read once per build: each Spanish file's words
 * over its English twin's facts (order, sources, clinical review, group, related links, the
 * drawing). The build stops, naming the file and the field, where a translation lost a
 * section, a number, a warning-signs block, a step or a caution (src/lib/spanish-pages.ts),
 * where the other phrasings or names a page shows lack their accents or repeat one another
 * without them (src/lib/spanish-spelling.ts), or where a Spanish file has no English twin or
 * shares its address with another.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sectionIds, type SectionId } from '../lib/sections';
import {
  duplicateSlugs,
  orphanTranslations,
  spanishEntryPath,
  spanishFile,
  translationProblems,
} from '../lib/spanish-pages';
import { shownListProblems } from '../lib/spanish-spelling';

type SpanishCollection = `es-${SectionId}`;

export interface SpanishPage<S extends SectionId = SectionId> {
  section: S;
  id: string;
  /** /es/<Spanish section>/<slug>/ */
  path: string;
  /** /<section>/<id>/ */
  englishPath: string;
  english: CollectionEntry<S>;
  spanish: CollectionEntry<SpanishCollection>;
  /** The English facts with the Spanish words over them: what a template reads. */
  data: CollectionEntry<S>['data'];
}

/** A Spanish page of any section; checking `section` narrows `data` to that section's. */
export type AnySpanishPage = { [S in SectionId]: SpanishPage<S> }[SectionId];

const collectionOf = (section: SectionId): SpanishCollection => `es-${section}`;

async function loadSection(section: SectionId): Promise<AnySpanishPage[]> {
  const [english, spanish] = await Promise.all([
    getCollection(section),
    getCollection(collectionOf(section)),
  ]);
  const problems = [
    ...orphanTranslations(section, english, spanish),
    ...duplicateSlugs(section, spanish),
  ];
  const pages: AnySpanishPage[] = [];
  for (const es of spanish) {
    const en = english.find((e) => e.id === es.id);
    if (!en) continue;
    problems.push(...translationProblems(section, en, es));
    // A question's other phrasings and a page's other names are shown on it: written Spanish,
    // accents and all.
    const { askedAs = [], alsoCalled = [] } = es.data as {
      askedAs?: readonly string[];
      alsoCalled?: readonly string[];
    };
    const file = spanishFile(section, es.id);
    problems.push(
      ...shownListProblems(file, 'askedAs', askedAs),
      ...shownListProblems(file, 'alsoCalled', alsoCalled),
    );
    const { slug, translator, translationReviewedOn, ...words } = es.data as typeof es.data & {
      illustration?: { alt: string };
    };
    void translator;
    void translationReviewedOn;
    const enData = en.data as Record<string, unknown> & { illustration?: object };
    const data = {
      ...enData,
      ...words,
      ...(enData.illustration && words.illustration
        ? { illustration: { ...enData.illustration, alt: words.illustration.alt } }
        : {}),
    } as CollectionEntry<SectionId>['data'];
    pages.push({
      section,
      id: es.id,
      path: spanishEntryPath(section, slug),
      englishPath: `/${section}/${en.id}/`,
      english: en,
      spanish: es,
      data,
    } as AnySpanishPage);
  }
  if (problems.length > 0) {
    throw new Error(`Spanish pages (src/content/es/):\n${problems.join('\n')}`);
  }
  return pages;
}

let cached: Promise<AnySpanishPage[]> | undefined;

/** Every Spanish content page, in section order, checked against its English twin. */
export function getSpanishPages(): Promise<AnySpanishPage[]> {
  cached ??= Promise.all(sectionIds.map(loadSection)).then((all) => all.flat());
  return cached;
}

/** One section's Spanish pages. */
export async function getSpanishSection<S extends SectionId>(
  section: S,
): Promise<SpanishPage<S>[]> {
  const pages: readonly SpanishPage[] = await getSpanishPages();
  return pages.filter((p): p is SpanishPage<S> => p.section === section);
}
