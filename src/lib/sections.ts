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

interface Section {
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
      'Why back muscles suddenly tighten: protecting a sore spot, overuse, stiff joints and injuries, with how strong the evidence is for each.',
    intro:
      'A back spasm may be the muscles protecting a sore spot, but the exact cause is often never found. These pages explain the likely causes and how sure anyone can be.',
  },
  {
    id: 'triggers',
    label: 'Triggers',
    heading: 'What sets off a back spasm',
    description:
      'Things that can set off a back spasm, such as lifting, twisting, long sitting or a change in how active you are, and what helps.',
    intro:
      'Many spasms follow a sudden demand on the back, such as a lift or a twist, or a change in how active you are. Often there is no clear trigger.',
  },
  {
    id: 'risk-factors',
    label: 'Risk factors',
    heading: 'Who is more likely to get back spasms',
    description:
      'Things linked to back spasms, from tight muscles to heat and pregnancy, how strong each link is, and what you can do.',
    intro:
      'Some people get back spasms more often than others. Here is what is linked to them, how strong the evidence is, and what you can change.',
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
      'Gentle exercises for back spasms with pictures and steps, such as the cat-camel, pelvic tilt, hamstring and hip flexor stretches, and bird dog.',
    intro:
      'Gentle, low-strain exercises to help your back move again. Mild discomfort that settles within about an hour is fine. Stop if pain is sharp, spreads or keeps growing.',
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
