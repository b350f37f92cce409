/**
 * Los títulos de las páginas que ya tienen su versión en español, y su nombre en el menú. Las
 * direcciones están en src/lib/paths.ts (esPaths).
 */
import type { PageKey } from '../../paths.ts';
import { clinic } from '../../clinic.ts';
import { say } from '../fill.ts';

interface PageText {
  title: string;
  navLabel: string;
  section?: string;
  /**
   * Its meta description, also the text its search result shows: a sentence whose {number}
   * slot, if any, is the emergency number (`esDescription` fills it).
   */
  description?: string;
}

/** One entry for each page in `spanishPages` (src/lib/paths.ts); a test checks it. */
export const esPageText: Partial<Record<PageKey, PageText>> = {
  home: {
    title: 'Espasmos de espalda: ¿es grave, qué hacer ahora y por dónde empezar?',
    navLabel: 'Inicio',
    description:
      'Un espasmo de espalda es cuando los músculos de la espalda se aprietan de golpe. Vea las señales de alarma, qué hacer ahora y adónde ir primero.',
  },
  whenToSeeADoctor: {
    title: 'Cuándo ver al médico por espasmos de espalda',
    section: 'Cuándo ver al médico',
    navLabel: 'Cuándo ver al médico',
    description:
      'Señales de alarma con espasmos de espalda: cuándo llamar al {number}, cuándo ver a un médico hoy o en unos días, adónde ir y cuándo basta con cuidarse en casa.',
  },
  quizChecks: {
    title: 'Cómo revisamos el cuestionario: cada historia de prueba y su respuesta',
    section: 'Cuándo ver al médico',
    navLabel: 'Cómo revisamos el cuestionario',
  },
  triage: {
    title: '¿Por dónde empiezo? Un cuestionario para los espasmos de espalda',
    section: 'Por dónde empezar',
    navLabel: '¿Por dónde empiezo?',
    description:
      'Conteste unas preguntas rápidas y vea si debe llamar al {number}, ver a un médico hoy o en unos días, o empezar con cuidados en casa, adónde ir y por qué.',
  },
  search: {
    title: 'Buscar en la guía',
    section: 'Buscar',
    navLabel: 'Buscar',
    description:
      'Busque en todas las páginas de la guía sobre espasmos de espalda: causas, qué los provoca, ejercicios, preguntas y señales de alerta.',
  },
  warningCard: {
    title: 'Señales de alarma del dolor de espalda: una tarjeta para imprimir',
    section: 'Cuándo ver al médico',
    navLabel: 'Tarjeta para imprimir',
  },
  about: {
    title: `Acerca de ${clinic.name}`,
    description: `Quién escribe esta guía: ${clinic.name} en ${clinic.city}, ${clinic.region}, el quiropráctico, las comunidades que atiende y nuestra política editorial.`,
    section: 'Acerca de',
    navLabel: 'Acerca de nosotros',
  },
  routine: {
    title: 'Rutina de ejercicios para espasmos de espalda, para imprimir',
    description:
      'Todos los ejercicios suaves para los espasmos de espalda en una página para imprimir: dibujos, pasos, cuánto hacer y cuándo parar.',
    section: 'Ejercicios',
    navLabel: 'Rutina para imprimir',
  },
};

/** A Spanish page's title and menu label; stops the build for a page listed with none. */
export function esPage(key: PageKey): PageText {
  const text = esPageText[key];
  if (!text) throw new Error(`src/lib/words/es/pages.ts: no title for the Spanish page "${key}".`);
  return text;
}

/** A Spanish page's description, its slots filled; stops the build for a page with none. */
export function esDescription(key: PageKey): string {
  const text = esPage(key).description;
  if (!text) {
    throw new Error(`src/lib/words/es/pages.ts: no description for the Spanish page "${key}".`);
  }
  return say(text);
}
