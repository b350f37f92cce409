/**
 * Dónde ir: the Spanish words for each place (src/lib/triage.ts `places`), twin of
 * ../en/where.ts. Emergency advice for readers with little schooling: usted, short sentences,
 * the words US hospitals use in Spanish ("sala de emergencias", "labor y parto"). "Urgent care"
 * is explained in every string that names it, because each string can be read on its own.
 */
import type { PlaceTable } from '../types.ts';
import { say } from '../fill.ts';

export const placeText: PlaceTable = {
  '911': {
    heading: say('Llame al {number} ahora'),
    action: say(
      'Llame al {number} ahora, o vaya a la sala de emergencias más cercana. No maneje usted.',
    ),
  },
  'labor-and-delivery': {
    heading: 'Vaya a labor y parto ahora',
    action: say('Vaya ahora a labor y parto en su hospital, o llame al {number}. No maneje usted.'),
  },
  'emergency-room': {
    heading: 'Vaya a la sala de emergencias ahora',
    action: say(
      'Vaya a la sala de emergencias ahora, o llame al {number}. No maneje usted. Si usted recibe tratamiento para el cáncer, o le hicieron un procedimiento en la columna, llame a esos médicos en el camino.',
    ),
  },
  'emergency-room-or-ob': {
    heading: 'Vaya a la sala de emergencias, o llame al médico de su embarazo',
    action: say(
      'Vaya a la sala de emergencias, o llame enseguida al médico o a la partera de su embarazo. Si sangra mucho o siente que se va a desmayar, llame al {number}. No maneje usted.',
    ),
  },
  'emergency-room-today': {
    heading: 'Vaya hoy a la sala de emergencias',
    action: say(
      'Vaya hoy a la sala de emergencias. No espere a una cita normal. Si se pone mucho peor, llame al {number}.',
    ),
  },
  'cancer-team': {
    heading: 'Llame hoy a los médicos que le tratan el cáncer',
    action:
      'Llame hoy a los médicos que le tratan el cáncer. Dígales que tiene un dolor de espalda nuevo. Si no puede hablar con ellos, vaya hoy a un centro de atención de urgencias (urgent care) o a la sala de emergencias.',
  },
  'procedure-team': {
    heading: 'Llame hoy al equipo médico que le hizo el procedimiento',
    action:
      'Llame hoy al equipo médico que le hizo la operación o la inyección en la espalda. Si no puede hablar con ellos, vaya a la sala de emergencias.',
  },
  'emergency-room-or-same-day': {
    heading: 'Busque atención médica hoy: la sala de emergencias o una cita para hoy mismo',
    action:
      'Busque atención médica hoy: vaya a la sala de emergencias, o vaya con su médico si le puede atender hoy mismo. No espere a ver si empeora.',
  },
  'same-day': {
    heading: 'Vaya al médico hoy',
    action:
      'Vaya al médico hoy: vaya a un centro de atención de urgencias (urgent care), o pida a su médico una cita para hoy mismo.',
  },
  'procedure-team-first': {
    heading: 'Pregunte primero al equipo médico que le hizo el procedimiento',
    action: say(
      'Llame dentro de {from} a {to} días al equipo médico que le hizo la operación o la inyección en la espalda. Pregúnteles antes de que otra persona le trate la espalda con las manos, y eso incluye a un quiropráctico.',
    ),
  },
  'child-doctor': {
    heading: say('Lleve al niño al médico dentro de {from} a {to} días'),
    action: say(
      'Llame al médico del niño (el pediatra o el médico de familia). Pida una cita dentro de {from} a {to} días, antes de cualquier tratamiento con las manos.',
    ),
  },
  'primary-care': {
    heading: say('Vaya al médico dentro de {from} a {to} días'),
    action: say(
      'Llame a su médico de atención primaria y pida una cita dentro de {from} a {to} días, antes de cualquier tratamiento con las manos. Si no le pueden atender tan pronto, vaya a un centro de atención de urgencias (urgent care).',
    ),
  },
  'primary-care-routine': {
    heading: 'Haga una cita de rutina con su médico',
    action:
      'Haga una cita de rutina con su médico de atención primaria. Dígale que la espalda le duele desde hace meses y que la siente tiesa en la mañana. Puede que le hagan pruebas y le envíen a un especialista en articulaciones (reumatólogo).',
  },
  'self-care': {
    heading: 'Empiece cuidándose en casa; el tratamiento con las manos es una opción',
    action:
      'Empiece cuidándose en casa. La mayoría de los espasmos se calman en unos días o unas pocas semanas.',
  },
};
