/**
 * The site's content sections. Each one is a content collection with an index page at
 * `/<id>/` and one page per entry at `/<id>/<slug>/`. Navigation, breadcrumbs, search
 * filters and the sitemap all read this list, so adding a section happens here once.
 */

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

export interface Section {
  id: SectionId;
  /** Short label for navigation, breadcrumbs and search filters. */
  label: string;
  /** The index page's <h1> and <title>. */
  heading: string;
  /** Meta description of the index page (≤ 160 characters). */
  description: string;
  /** One or two plain sentences shown under the index page heading. */
  intro: string;
}

export const sections: readonly Section[] = [
  {
    id: 'causes',
    label: 'Causes',
    heading: 'What causes back spasms',
    description:
      'Why back muscles suddenly tighten: protective guarding, tired muscles, low fluids, stiff joints and injuries.',
    intro:
      'A back spasm is most often your body guarding a sore or stiff part of the spine. These pages explain the common causes.',
  },
  {
    id: 'triggers',
    label: 'Triggers',
    heading: 'What sets off a back spasm',
    description:
      'The everyday things that set off back spasms: stiff joints, long sitting, lifting and twisting, and poorly timed movement.',
    intro:
      'Spasms rarely come out of nowhere. Most follow strain from posture, repeated movement or a sudden demand on a tired back.',
  },
  {
    id: 'risk-factors',
    label: 'Risk factors',
    heading: 'Who is more likely to get back spasms',
    description:
      'Eleven things that raise the chance of back spasms, from tight hamstrings to heat and pregnancy, and what you can do about each.',
    intro:
      'Some people get back spasms more often than others. Here is what raises the risk, and what you can change.',
  },
  {
    id: 'treatment',
    label: 'Treatment',
    heading: 'How back spasms are treated',
    description:
      'How Ashburn Village Chiropractic evaluates and treats back spasms, what to do at home, and what the research says.',
    intro:
      'How we check your back, what we do during a spasm, how we work to stop it coming back, and what you can do at home.',
  },
  {
    id: 'exercises',
    label: 'Exercises',
    heading: 'Gentle exercises for back spasms',
    description:
      'Five gentle exercises for back spasms with pictures and steps: cat-camel, pelvic tilt, hamstring, hip flexor and bird dog.',
    intro:
      'Five gentle, low-strain exercises to help your back move well again. Go slowly and stop if pain gets worse.',
  },
  {
    id: 'questions',
    label: 'Questions',
    heading: 'Questions people ask about back spasms',
    description:
      'Straight answers to the questions people in pain ask: how long a back spasm lasts, heat or ice, which medicines, sleep, work and when it is serious.',
    intro:
      'Short, honest answers to the questions people ask most when their back goes into spasm. Each one starts with the answer.',
  },
];

export function getSection(id: string): Section {
  const section = sections.find((s) => s.id === id);
  if (!section) throw new Error(`Unknown section "${id}". Known: ${sectionIds.join(', ')}.`);
  return section;
}

export function sectionPath(id: SectionId): string {
  return `/${id}/`;
}

export function entryPath(section: SectionId, slug: string): string {
  return `/${section}/${slug}/`;
}
