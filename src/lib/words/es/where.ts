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
    name: say('el {number} o la sala de emergencias'),
    heading: say('Llame al {number} ahora'),
    action: say(
      'Llame al {number} ahora, o vaya a la sala de emergencias más cercana. No maneje usted.',
    ),
  },
  'labor-and-delivery': {
    name: say('labor y parto (o el {number})'),
    heading: say('Vaya a labor y parto ahora'),
    action: say('Vaya ahora a labor y parto en su hospital, o llame al {number}. No maneje usted.'),
  },
  'emergency-room': {
    name: say('la sala de emergencias, ahora'),
    heading: say('Vaya a la sala de emergencias ahora'),
    action: say(
      'Vaya a la sala de emergencias ahora, o llame al {number}. No maneje usted. Si usted recibe tratamiento para el cáncer, o le hicieron un procedimiento en la columna, llame a esos médicos en el camino.',
    ),
  },
  'emergency-room-or-ob': {
    name: say('la sala de emergencias, o el médico de su embarazo'),
    heading: say('Vaya a la sala de emergencias, o llame al médico de su embarazo'),
    action: say(
      'Vaya a la sala de emergencias, o llame enseguida al médico o a la partera de su embarazo. Si sangra mucho o siente que se va a desmayar, llame al {number}. No maneje usted.',
    ),
  },
  'emergency-room-today': {
    name: say('la sala de emergencias, hoy'),
    heading: say('Vaya hoy a la sala de emergencias'),
    action: say(
      'Vaya hoy a la sala de emergencias. No espere a una cita normal. Si se pone mucho peor, llame al {number}.',
    ),
  },
  'cancer-team': {
    name: say('los médicos que le tratan el cáncer, hoy'),
    heading: say('Llame hoy a los médicos que le tratan el cáncer'),
    action: say(
      'Llame hoy a los médicos que le tratan el cáncer. Dígales que tiene un dolor de espalda nuevo. Si no puede hablar con ellos, vaya hoy a un centro de atención de urgencias (urgent care) o a la sala de emergencias.',
    ),
  },
  'procedure-team': {
    name: say('el equipo médico que le hizo el procedimiento, hoy'),
    heading: say('Llame hoy al equipo médico que le hizo el procedimiento'),
    action: say(
      'Llame hoy al equipo médico que le hizo la operación o la inyección en la espalda. Si no puede hablar con ellos, vaya a la sala de emergencias.',
    ),
  },
  'emergency-room-or-same-day': {
    name: say('la sala de emergencias o una cita con un médico para hoy mismo'),
    heading: say('Busque atención médica hoy: la sala de emergencias o una cita para hoy mismo'),
    action: say(
      'Busque atención médica hoy: vaya a la sala de emergencias, o vaya con su médico si le puede atender hoy mismo. No espere a ver si empeora.',
    ),
  },
  'same-day': {
    name: say(
      'un centro de atención de urgencias (urgent care) o una cita con un médico para hoy mismo',
    ),
    heading: say('Vaya al médico hoy'),
    action: say(
      'Vaya al médico hoy: vaya a un centro de atención de urgencias (urgent care), o pida a su médico una cita para hoy mismo.',
    ),
  },
  'procedure-team-first': {
    name: say(
      'el equipo médico que le hizo el procedimiento, antes de cualquier tratamiento con las manos',
    ),
    heading: say('Pregunte primero al equipo médico que le hizo el procedimiento'),
    action: say(
      'Llame dentro de {from} a {to} días al equipo médico que le hizo la operación o la inyección en la espalda. Pregúnteles antes de que otra persona le trate la espalda con las manos, y eso incluye a un quiropráctico.',
    ),
  },
  'child-doctor': {
    name: say('el médico del niño (atención primaria)'),
    heading: say('Lleve al niño al médico dentro de {from} a {to} días'),
    action: say(
      'Llame al médico del niño (el pediatra o el médico de familia). Pida una cita dentro de {from} a {to} días, antes de cualquier tratamiento con las manos.',
    ),
  },
  'primary-care': {
    name: say('atención primaria, dentro de {from} a {to} días'),
    heading: say('Vaya al médico dentro de {from} a {to} días'),
    action: say(
      'Llame a su médico de atención primaria y pida una cita dentro de {from} a {to} días, antes de cualquier tratamiento con las manos. Si no le pueden atender tan pronto, vaya a un centro de atención de urgencias (urgent care).',
    ),
  },
  'primary-care-routine': {
    name: say('atención primaria, una cita de rutina'),
    heading: say('Haga una cita de rutina con su médico'),
    action: say(
      'Haga una cita de rutina con su médico de atención primaria. Dígale que la espalda le duele desde hace meses y que la siente tiesa en la mañana. Puede que le hagan pruebas y le envíen a un especialista en articulaciones (reumatólogo).',
    ),
  },
  'self-care': {
    name: say('cuidarse en casa primero'),
    heading: say('Empiece cuidándose en casa; el tratamiento con las manos es una opción'),
    action: say(
      'Empiece cuidándose en casa. La mayoría de los espasmos se calman en unos días o unas pocas semanas.',
    ),
  },
};
