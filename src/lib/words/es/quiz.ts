/**
 * El cuestionario: the Spanish twin of ../en/quiz.ts (its steps, buttons and messages). Plain
 * words, usted; "marque" for a check box, never a word for "tick".
 */
import type { QuizText, StepTable } from '../types.ts';
import { fill, say } from '../fill.ts';

export const stepWords: StepTable = {
  emergency: {
    name: 'Señales de emergencia',
    legend: '¿Tiene alguna de estas cosas junto con el dolor de espalda?',
    hint: 'Pueden ser señales de una emergencia. Marque todas las que tenga.',
  },
  'about-you': {
    name: 'Sobre usted',
    legend: '¿Alguna de estas cosas es cierta para usted?',
    hint: 'Estas cosas cambian lo que puede significar su dolor de espalda. Marque todas las que sean ciertas.',
  },
  urgent: {
    name: 'Señales para ir al médico hoy',
    legend: '¿Le pasa alguna de estas cosas?',
    hint: 'Estas señales quieren decir que un médico debe revisarle hoy. Marque todas las que tenga.',
  },
  doctor: {
    name: 'Señales para ir al médico en unos días',
    legend: '¿Le pasa alguna de estas cosas?',
    hint: say(
      'Estas señales quieren decir que un médico debe revisarle dentro de {from} a {to} días. Marque todas las que tenga.',
    ),
  },
  pattern: {
    name: 'Cómo son sus espasmos',
    legend: '¿Cuáles de estas cosas se parecen a sus espasmos?',
    hint: 'Marque todas las que se parezcan.',
  },
};

/** Buttons, headings and messages of the quiz itself. */
export const quizText: QuizText = {
  next: 'Siguiente',
  finish: 'Ver mi respuesta',
  back: 'Regresar',
  startAgain: 'Empezar de nuevo',
  none: 'Ninguna de estas',
  required: 'Marque al menos una casilla, o marque "Ninguna de estas".',
  stepOf: (n: number, total: number) => fill('Paso {n} de {total}', { n, total }),
  resultLabel: 'Su respuesta',
  howSoon: 'Qué tan pronto',
  where: 'Adónde ir',
  why: 'Por qué',
  youChecked: 'Usted marcó',
  whatToDo: 'Qué hacer ahora',
  beforeHandsOnCare: 'Antes de cualquier tratamiento con las manos',
  readMore: 'Para saber más',
  notADiagnosis: 'Este cuestionario no le da un diagnóstico. Le ayuda a escoger por dónde empezar.',
  callNow: say('Llame al {number}'),
  doNotDrive: 'No maneje usted.',
  /** Shown in place of the quiz until it loads, and for good if JavaScript is off. */
  fallback:
    'Si el cuestionario no funciona en su teléfono o computadora, use las listas de abajo. Dan los mismos consejos.',
};
