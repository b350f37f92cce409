/**
 * The content sections' words in English: the label in menus, breadcrumbs and search filters,
 * the index page's heading and description, and its intro. The sections themselves (ids,
 * addresses) are in ../../sections.ts.
 */
import type { SectionId } from '../../sections.ts';
import type { SectionText } from '../types.ts';

export const sectionText: Record<SectionId, SectionText> = {
  causes: {
    label: 'Causes',
    heading: 'What causes back spasms',
    description:
      'Why back muscles suddenly tighten: protecting a sore spot, overuse, stiff joints and injuries, with how strong the evidence is for each.',
    intro:
      'A back spasm may be the muscles protecting a sore spot, but the exact cause is often never found. These pages explain the likely causes and how sure anyone can be.',
  },
  triggers: {
    label: 'Triggers',
    heading: 'What sets off a back spasm',
    description:
      'Things that can set off a back spasm, such as lifting, twisting, long sitting or a change in how active you are, and what helps.',
    intro:
      'Many spasms follow a sudden demand on the back, such as a lift or a twist, or a change in how active you are. Often there is no clear trigger.',
  },
  'risk-factors': {
    label: 'Risk factors',
    heading: 'Who is more likely to get back spasms',
    description:
      'Things linked to back spasms, from tight muscles to heat and pregnancy, how strong each link is, and what you can do.',
    intro:
      'Some people get back spasms more often than others. Here is what is linked to them, how strong the evidence is, and what you can change.',
  },
  treatment: {
    label: 'Treatment',
    heading: 'How back spasms are treated',
    description:
      'How Ashburn Village Chiropractic evaluates and treats back spasms, what to do at home, and what the research says.',
    intro:
      'How we check your back, what we do during a spasm, how we work to stop it coming back, and what you can do at home.',
  },
  exercises: {
    label: 'Exercises',
    heading: 'Gentle exercises for back spasms',
    description:
      'Gentle exercises for back spasms with pictures and steps, such as the cat-camel, pelvic tilt, hamstring and hip flexor stretches, and bird dog.',
    intro:
      'Gentle, low-strain exercises to help your back move again. Mild discomfort that settles within about an hour is fine. Stop if pain is sharp, spreads or keeps growing.',
  },
  questions: {
    label: 'Questions',
    heading: 'Questions people ask about back spasms',
    description:
      'Straight answers to the questions people in pain ask: how long a back spasm lasts, heat or ice, which medicines, sleep, work and when it is serious.',
    intro:
      'Short, honest answers to the questions people ask most when their back goes into spasm. Each one starts with the answer.',
  },
};
