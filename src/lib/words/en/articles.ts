/**
 * The words around an article, a question page and an exercise page in English: labels,
 * headings and the advice every exercise page shares (its sources: src/lib/exercise-advice.ts).
 */
import type { QuestionGroup } from '../../content-schemas.ts';
import type {
  ArticleText,
  ExerciseAdviceText,
  LegNoteText,
  NoSignText,
  QuestionGroupText,
  SchemaText,
} from '../types.ts';

export const articleText: ArticleText = {
  alsoCalled: 'Also called: {list}.',
  shortAnswer: 'Short answer',
  askedAs: 'Other ways people ask this: {list}.',
  readMore: 'Read more on this site',
  questionsPeopleAsk: 'Questions people ask',
  questionGroupsLabel: 'Question groups',
  seriousLead: 'Is it serious?',
  seriousRest: 'Most back spasms ease with self-care. Some signs need a medical doctor.',
  otherSigns: 'Other signs mean a medical doctor should check you {when}.',
  allSigns: 'See all warning signs',
  routineLink: 'All the exercises on one printable page',
  doseHeading: 'How much to do',
  doseNote: 'A general starting point. Your own clinician may suggest a different amount.',
  stepsHeading: 'Steps',
  feelHeading: 'What it should feel like',
  stopHeading: 'When to stop',
  pregnancyHeading: 'If you are pregnant',
  evidenceHeading: 'Will exercise help my spasm?',
  helpsHeading: 'What it can help with',
};

export const legNoteText: LegNoteText = {
  sentence:
    'Numbness, weakness or loss of feeling in your legs, or between them, always needs a medical doctor: {list}.',
  kind: '{words}, {when}',
  callNumber: 'call {number}',
  kinds: {
    'saddle-numbness': 'numbness between your legs',
    'both-legs': 'in both legs',
    'leg-weakness': 'new weakness in one leg',
    neuro: 'numbness or tingling in one leg',
  },
};

export const noSignText: NoSignText = {
  notImprovingHeading: 'If your spasms are not getting better',
  notImprovingItem:
    '{words}: see a medical doctor to look for the reason. Chiropractic care or physical therapy can play a supporting role in your recovery.',
  noneHeading: 'With none of these signs',
  noneIntro:
    'With none of the signs above, most spasms come from how the spine moves and carries weight. Most ease with self-care within days to a few weeks. These spasms often get worse with some movements and ease when you rest or change position. They tend to build up slowly, or start after strain, repeated movement or a long time sitting still, for example:',
  startWithSelfCare:
    'Start with self-care: {link}. A doctor is not needed first. If you want hands-on care, a chiropractor is a reasonable first step, and so are a physical therapist or your primary care clinician. This is a chiropractic clinic’s website, so keep that in mind. A chiropractic visit starts with your health history and an exam. If a warning sign shows up, you should be sent to a medical doctor.',
};

export const schemaText: SchemaText = {
  condition: 'Back spasm',
  exerciseType: 'Flexibility and motor control',
  intensity: 'Gentle; stay within mild tension, never pain',
  hold: 'Hold: {text}',
  repetitions: 'Repetitions: {text}',
};

export const exerciseAdvice: ExerciseAdviceText = {
  discomfort: [
    'Some mild discomfort is okay. A good rule: it is fine if it settles within about an hour after you stop.',
    'Stop if the pain turns sharp, spreads down a leg, or keeps growing as you go.',
  ],
  pregnancy: [
    'If you are pregnant, ask your ob-gyn or midwife which exercises suit you.',
    'Ask them whether to do exercises lying on your back later in pregnancy. Many exercises can also be done on your side, sitting or standing.',
  ],
  evidence: [
    'Most research on back exercises is about pain that has lasted three months or more. For that kind of pain, exercise probably eases pain a little.',
    'For a new spasm, the most important thing is to keep gently active and go on with your day as best you can. This exercise is one gentle way to move. It is not the only one.',
  ],
};

/** The questions index's groups. */
export const questionGroupText: Record<QuestionGroup, QuestionGroupText> = {
  'right-now': {
    heading: 'Right now',
    intro: 'What to do while it hurts: how long it lasts, first steps, heat, medicine and sleep.',
  },
  'is-it-serious': {
    heading: 'Is it serious?',
    intro: 'How to tell a spasm from other problems, and the signs that need a doctor.',
  },
  'daily-life': {
    heading: 'Daily life',
    intro: 'Work, driving, stress and how to lower the chance it comes back.',
  },
  'choosing-care': {
    heading: 'Choosing care',
    intro: 'Who can help, and whether you need a scan.',
  },
};
