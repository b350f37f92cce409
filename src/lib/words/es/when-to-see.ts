/**
 * Las frases propias de la página "Cuándo ver al médico" en español; las señales, las
 * combinaciones y sus fuentes vienen de los registros.
 */
import type { WhenToSeeText } from '../types.ts';

export const whenToSeeText: WhenToSeeText = {
  lead: 'La mayoría de los espasmos de espalda no son graves y mejoran con el tiempo. Algunas señales quieren decir que necesita atención de emergencia ahora. Otras quieren decir que un médico debe verlo {urgent} o {doctor}. Algunos datos sobre usted, como tener las defensas bajas o tomar un anticoagulante, hacen más urgente una señal. Si no tiene ninguna, puede empezar con cuidados en casa.',
  eachSign:
    'Cada señal dice qué tan urgente es, adónde ir, por qué importa y de qué guía viene. Cuando una regla va más allá de su fuente, lo dice: es el criterio de la clínica. Si tiene más de una, siga la más urgente. {card}',
  cardLink: 'Imprima la tarjeta de una página',
  caudaEquina:
    'Los problemas para orinar, el adormecimiento entre las piernas, los problemas nuevos en la vida sexual, y el dolor, el adormecimiento o la debilidad en las dos piernas pueden ser señales del síndrome de cauda equina. Esto pasa cuando los nervios de la parte baja de la columna quedan apretados. Es raro, pero necesita tratamiento rápido. Llame al {number} a la primera de estas señales. No espere a perder el control de la vejiga o del intestino.',
  bothHeading: 'No tiene que escoger uno u otro',
  both: 'Escoger entre un quiropráctico y un médico no es escoger uno y dejar el otro. Lo que le conviene depende de sus síntomas, de qué los causó y de lo que encuentre un examen. Muchas personas ven a los dos, y los dos pueden trabajar juntos.',
  notSureHeading: '¿No sabe dónde queda usted?',
  notSure: 'Conteste unas preguntas rápidas y vea por dónde empezar, y por qué.',
};
