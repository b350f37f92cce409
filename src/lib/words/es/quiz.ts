/**
 * El cuestionario: the Spanish twin of ../en/quiz.ts (its steps, buttons and messages). Plain
 * words, usted; "marque" for a check box, never a word for "tick".
 */
import type { QuizText, StepTable } from '../types.ts';
import { fill, say } from '../fill.ts';

export const stepWords: StepTable = {
  emergency: {
    name: say('Señales de emergencia'),
    legend: say('¿Tiene alguna de estas cosas junto con el dolor de espalda?'),
    hint: say('Pueden ser señales de una emergencia. Marque todas las que tenga.'),
  },
  'about-you': {
    name: say('Sobre usted'),
    legend: say('¿Alguna de estas cosas es cierta para usted?'),
    hint: say(
      'Estas cosas cambian lo que puede significar su dolor de espalda. Marque todas las que sean ciertas.',
    ),
  },
  urgent: {
    name: say('Señales para ir al médico hoy'),
    legend: say('¿Le pasa alguna de estas cosas?'),
    hint: say(
      'Estas señales quieren decir que un médico debe revisarle hoy. Marque todas las que tenga.',
    ),
  },
  doctor: {
    name: say('Señales para ir al médico en unos días'),
    legend: say('¿Le pasa alguna de estas cosas?'),
    hint: say(
      'Estas señales quieren decir que un médico debe revisarle dentro de {from} a {to} días. Marque todas las que tenga.',
    ),
  },
  pattern: {
    name: say('Cómo son sus espasmos'),
    legend: say('¿Cuáles de estas cosas se parecen a sus espasmos?'),
    hint: say('Marque todas las que se parezcan.'),
  },
};

/** Buttons, headings and messages of the quiz itself. */
export const quizText: QuizText = {
  next: say('Siguiente'),
  finish: say('Ver mi respuesta'),
  back: say('Regresar'),
  startAgain: say('Empezar de nuevo'),
  none: say('Ninguna de estas'),
  required: say('Marque al menos una casilla, o marque "Ninguna de estas".'),
  stepOf: (n: number, total: number) => fill('Paso {n} de {total}', { n, total }),
  resultLabel: say('Su respuesta'),
  howSoon: say('Qué tan pronto'),
  where: say('Adónde ir'),
  why: say('Por qué'),
  youChecked: say('Usted marcó'),
  whatToDo: say('Qué hacer ahora'),
  beforeHandsOnCare: say('Antes de cualquier tratamiento con las manos'),
  readMore: say('Para saber más'),
  notADiagnosis: say(
    'Este cuestionario no le da un diagnóstico. Le ayuda a escoger por dónde empezar.',
  ),
  /** Shown in place of the quiz until it loads, and for good if JavaScript is off. */
  fallback: say(
    'Si el cuestionario no funciona en su teléfono o computadora, use las listas de abajo. Dan los mismos consejos.',
  ),
};
