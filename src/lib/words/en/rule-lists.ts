/**
 * The words of the pages that list the quiz's rules for reading, not answering: the labels of
 * the clinic's two questions in the tables of signs, and the serious conditions the combination
 * rules guard against (/when-to-see-a-doctor/). Kept apart from ./quiz.ts so the quiz island
 * does not carry them.
 */
import { say } from '../fill.ts';
import type { AnswersTable, ConditionTable, PlaceNameTable } from '../types.ts';
import { quizText } from './quiz.ts';

/** The labels of the clinic's two questions, answered for each group of signs. */
export const tableText = {
  howSoon: quizText.howSoon,
  where: quizText.where,
  doctor: 'See a medical doctor?',
  chiropractor: 'Chiropractic care first?',
};

/** The serious condition each group of combination rules guards against, as a heading. */
export const conditionText: ConditionTable = {
  aneurysm: 'A bulging or leaking main blood vessel (aneurysm), or a broken bone',
  infection: 'An infection in or near the spine',
  cancer: 'Cancer in the spine',
  'spine-procedure': 'Problems after a spine procedure',
  fracture: 'A broken bone in the spine',
  bleeding: 'Bleeding inside the body on a blood thinner',
  pregnancy: 'Problems in pregnancy',
  age: 'A new kind of back pain at 50 or older',
};

/** The clinic's two questions (see a medical doctor? chiropractic care first?), answered for each outcome. */
export const answersText: AnswersTable = {
  emergency: { doctor: say('Yes: call {number} now'), chiropractor: 'No' },
  urgent: { doctor: 'Yes, today', chiropractor: 'No, not first' },
  doctor: {
    doctor: say('Yes, within {from} to {to} days'),
    chiropractor: 'Not first; it may help later',
  },
  'doctor-then-chiropractic': { doctor: 'Yes', chiropractor: 'Yes, in support' },
  chiropractic: { doctor: 'Not needed first', chiropractor: 'Yes, a reasonable first step' },
};

/** Each place in a few words, for lists, tables and the card ("labor and delivery"). */
export const placeNames: PlaceNameTable = {
  '911': say('{number} or the emergency room'),
  'labor-and-delivery': say('labor and delivery (or {number})'),
  'emergency-room': 'the emergency room, now',
  'emergency-room-or-ob': 'the emergency room, or your pregnancy doctor',
  'emergency-room-today': 'the emergency room, today',
  'cancer-team': 'your cancer team, today',
  'procedure-team': 'the team that did your procedure, today',
  'emergency-room-or-same-day': 'the emergency room or a same-day doctor visit',
  'same-day': 'urgent care or a same-day doctor visit',
  'procedure-team-first': 'the team that did your procedure, before any hands-on care',
  'child-doctor': "the child's doctor (primary care)",
  'primary-care': say('primary care, within {from} to {to} days'),
  'primary-care-routine': 'primary care, a routine visit',
  'self-care': 'self-care first',
};
