/**
 * The words of the pages that list the quiz's rules for reading, not answering: the labels of
 * the clinic's two questions in the tables of signs, and the serious conditions the combination
 * rules guard against (/when-to-see-a-doctor/). Kept apart from ./quiz.ts so the quiz island
 * does not carry them.
 */
import type { ConditionTable } from '../types.ts';
import { say } from '../fill.ts';
import { quizText } from './quiz.ts';

/** The labels of the clinic's two questions, answered for each group of signs. */
export const tableText = {
  howSoon: quizText.howSoon,
  where: quizText.where,
  doctor: say('See a medical doctor?'),
  chiropractor: say('Chiropractic care first?'),
};

/** The serious condition each group of combination rules guards against, as a heading. */
export const conditionText: ConditionTable = {
  aneurysm: say('A bulging or leaking main blood vessel (aneurysm), or a broken bone'),
  infection: say('An infection in or near the spine'),
  cancer: say('Cancer in the spine'),
  'spine-procedure': say('Problems after a spine procedure'),
  fracture: say('A broken bone in the spine'),
  bleeding: say('Bleeding inside the body on a blood thinner'),
  pregnancy: say('Problems in pregnancy'),
  age: say('A new kind of back pain at 50 or older'),
};
