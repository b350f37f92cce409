/**
 * Qué tan pronto, for each tier of warning signs: the Spanish twin of ../en/how-soon.ts (the
 * headings, lead-ins, link labels and actions of every list of signs, the card and the
 * when-to-see-a-doctor page). Emergency advice: short sentences, usted. "Médico" is always a
 * medical doctor, never the chiropractor.
 */
import { tierPlace } from '../../triage.ts';
import type { TierTable } from '../types.ts';
import { say } from '../fill.ts';
import { placeText } from './where.ts';

export const tierText: TierTable = {
  emergency: {
    heading: say('Llame al {number} ahora si tiene dolor de espalda con alguna de estas señales'),
    when: 'ahora',
    action: [
      say('Llame al {number}, o vaya ahora a la sala de emergencias más cercana.'),
      'No espere a ver si empeora.',
      'No maneje usted.',
    ],
    lead: say('Llame al {number} ahora si el dolor de espalda viene con alguna de estas señales'),
    linkLabel: say('Señales de emergencia: cuándo llamar al {number}'),
    moreLabel: 'Más sobre estas señales de emergencia',
    place: tierPlace.emergency,
  },
  urgent: {
    heading: 'Vaya al médico hoy si tiene dolor de espalda con alguna de estas señales',
    when: 'hoy',
    action: [
      placeText[tierPlace.urgent].action,
      'No espere a una cita de rutina.',
      say('Si empieza una señal de emergencia, llame al {number}.'),
    ],
    lead: 'Vaya al médico hoy si el dolor de espalda viene con alguna de estas señales',
    linkLabel: 'Señales para ir al médico hoy',
    moreLabel: 'Más sobre estas señales',
    place: tierPlace.urgent,
  },
  doctor: {
    heading: say(
      'Vaya al médico dentro de {from} a {to} días si tiene dolor de espalda con alguna de estas señales',
    ),
    when: say('dentro de {from} a {to} días'),
    action: [
      say(
        'Vaya a un médico de atención primaria dentro de {from} a {to} días, antes de cualquier atención quiropráctica.',
      ),
      'Si empeora, o empieza una señal más urgente, vaya antes.',
    ],
    lead: say(
      'Vaya al médico dentro de {from} a {to} días si el dolor de espalda viene con alguna de estas señales',
    ),
    linkLabel: say('Señales para ir al médico dentro de {from} a {to} días'),
    moreLabel: 'Más sobre estas señales',
    place: tierPlace.doctor,
  },
};
