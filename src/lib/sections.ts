/**
 * The site's content sections. Each one is a content collection with an index page at
 * `/<id>/` and one page per entry at `/<id>/<slug>/`. Navigation, breadcrumbs, search
 * filters and the sitemap all read this list, so adding a section happens here once. Each
 * language has its own address segment (`sectionSlugs`) and words (src/lib/words/<lang>/sections.ts).
 */
import type { Lang } from './i18n.ts';
import type { SectionText } from './words/types.ts';
import { sectionText as enText } from './words/en/sections.ts';
import { sectionText as esText } from './words/es/sections.ts';

export const sectionIds = [
  'causes',
  'triggers',
  'risk-factors',
  'treatment',
  'exercises',
  'questions',
] as const;

export type SectionId = (typeof sectionIds)[number];

/**
 * Sections whose pages the generic `src/pages/[section]/` routes render. Questions have their
 * own routes (src/pages/questions/): a grouped index and a question-first layout.
 */
export type ArticleSectionId = Exclude<SectionId, 'questions'>;
export const articleSectionIds = sectionIds.filter(
  (id): id is ArticleSectionId => id !== 'questions',
);

/** A section with its words in one language. */
export interface Section extends SectionText {
  id: SectionId;
}

/** The address segment of each section, per language: /causes/ and /es/causas/. */
export const sectionSlugs: Record<Lang, Record<SectionId, string>> = {
  en: {
    causes: 'causes',
    triggers: 'triggers',
    'risk-factors': 'risk-factors',
    treatment: 'treatment',
    exercises: 'exercises',
    questions: 'questions',
  },
  es: {
    causes: 'causas',
    triggers: 'desencadenantes',
    'risk-factors': 'factores-de-riesgo',
    treatment: 'tratamiento',
    exercises: 'ejercicios',
    questions: 'preguntas',
  },
};

const textIn: Record<Lang, Record<SectionId, SectionText>> = { en: enText, es: esText };

/** Every section with its words, in menu order. */
export const sectionsIn = (lang: Lang): readonly Section[] =>
  sectionIds.map((id) => ({ id, ...textIn[lang][id] }));

/** The English sections (most pages are English; Spanish pages call sectionsIn('es')). */
export const sections = sectionsIn('en');

export function getSection(id: string, lang: Lang = 'en'): Section {
  const section = sectionsIn(lang).find((s) => s.id === id);
  if (!section) throw new Error(`Unknown section "${id}". Known: ${sectionIds.join(', ')}.`);
  return section;
}

export function sectionPath(id: SectionId, lang: Lang = 'en'): string {
  return `${lang === 'en' ? '' : `/${lang}`}/${sectionSlugs[lang][id]}/`;
}

export function entryPath(section: SectionId, slug: string): string {
  return `/${section}/${slug}/`;
}

/** Whether a folder of src/content/ is a content section. */
export const isSectionId = (folder: string): folder is SectionId =>
  (sectionIds as readonly string[]).includes(folder);
