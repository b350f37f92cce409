/**
 * The Spanish twin of ../en/rule-lists.ts: the labels of the clinic's two questions in the
 * tables of signs, and the serious conditions the combination rules guard against. Kept apart
 * from ./quiz.ts so the quiz island does not carry them.
 */
import { say } from '../fill.ts';
import type { tableText as enTableText } from '../en/rule-lists.ts';
import type { AnswersTable, ConditionTable, PlaceNameTable } from '../types.ts';
import { quizText } from './quiz.ts';

/** The labels of the clinic's two questions, answered for each group of signs. */
export const tableText: typeof enTableText = {
  howSoon: quizText.howSoon,
  where: quizText.where,
  doctor: '¿Ir al médico?',
  chiropractor: '¿Primero el quiropráctico?',
};

/** The serious condition each group of combination rules guards against, as a heading. */
export const conditionText: ConditionTable = {
  aneurysm:
    'Un vaso sanguíneo principal abultado o con fuga de sangre (aneurisma), o un hueso roto',
  infection: 'Una infección en la columna o cerca de ella',
  cancer: 'Cáncer en la columna',
  'spine-procedure': 'Problemas después de un procedimiento en la columna',
  fracture: 'Un hueso roto en la columna',
  bleeding:
    'Sangrado dentro del cuerpo si toma una medicina para adelgazar la sangre (anticoagulante)',
  pregnancy: 'Problemas en el embarazo',
  age: 'Un tipo nuevo de dolor de espalda a los 50 años o más',
};

/** Las dos preguntas de la clínica (¿ver a un médico? ¿atención quiropráctica primero?), contestadas para cada resultado. */
export const answersText: AnswersTable = {
  emergency: { doctor: say('Sí: llame al {number} ahora'), chiropractor: 'No' },
  urgent: { doctor: 'Sí, hoy', chiropractor: 'No, primero no' },
  doctor: {
    doctor: say('Sí, dentro de {from} a {to} días'),
    chiropractor: 'Primero no; puede ayudar después',
  },
  'doctor-then-chiropractic': { doctor: 'Sí', chiropractor: 'Sí, como apoyo' },
  chiropractic: {
    doctor: 'No hace falta primero',
    chiropractor: 'Sí, un primer paso razonable',
  },
};

/** Cada lugar en pocas palabras, para las listas, las tablas y la tarjeta. */
export const placeNames: PlaceNameTable = {
  '911': say('el {number} o la sala de emergencias'),
  'labor-and-delivery': say('labor y parto (o el {number})'),
  'emergency-room': 'la sala de emergencias, ahora',
  'emergency-room-or-ob': 'la sala de emergencias, o el médico de su embarazo',
  'emergency-room-today': 'la sala de emergencias, hoy',
  'cancer-team': 'los médicos que le tratan el cáncer, hoy',
  'procedure-team': 'el equipo médico que le hizo el procedimiento, hoy',
  'emergency-room-or-same-day': 'la sala de emergencias o una cita con un médico para hoy mismo',
  'same-day':
    'un centro de atención de urgencias (urgent care) o una cita con un médico para hoy mismo',
  'procedure-team-first':
    'el equipo médico que le hizo el procedimiento, antes de cualquier tratamiento con las manos',
  'child-doctor': 'el médico del niño (atención primaria)',
  'primary-care': say('atención primaria, dentro de {from} a {to} días'),
  'primary-care-routine': 'atención primaria, una cita de rutina',
  'self-care': 'cuidarse en casa primero',
};
