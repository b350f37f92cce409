/**
 * The Spanish twin of ../en/rule-lists.ts: the labels of the clinic's two questions in the
 * tables of signs, and the serious conditions the combination rules guard against. Kept apart
 * from ./quiz.ts so the quiz island does not carry them.
 */
import type { tableText as enTableText } from '../en/rule-lists.ts';
import type { ConditionTable } from '../types.ts';
import { say } from '../fill.ts';
import { quizText } from './quiz.ts';

/** The labels of the clinic's two questions, answered for each group of signs. */
export const tableText: typeof enTableText = {
  howSoon: quizText.howSoon,
  where: quizText.where,
  doctor: say('¿Ir al médico?'),
  chiropractor: say('¿Primero el quiropráctico?'),
};

/** The serious condition each group of combination rules guards against, as a heading. */
export const conditionText: ConditionTable = {
  aneurysm: say(
    'Un vaso sanguíneo principal abultado o con fuga de sangre (aneurisma), o un hueso roto',
  ),
  infection: say('Una infección en la columna o cerca de ella'),
  cancer: say('Cáncer en la columna'),
  'spine-procedure': say('Problemas después de un procedimiento en la columna'),
  fracture: say('Un hueso roto en la columna'),
  bleeding: say(
    'Sangrado dentro del cuerpo si toma una medicina para adelgazar la sangre (anticoagulante)',
  ),
  pregnancy: say('Problemas en el embarazo'),
  age: say('Un tipo nuevo de dolor de espalda a los 50 años o más'),
};
