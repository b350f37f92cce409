/**
 * Los títulos de las páginas que ya tienen su versión en español, y su nombre en el menú. Las
 * direcciones están en src/lib/paths.ts (esPaths).
 */
import type { PageKey } from '../../paths.ts';
import { clinic } from '../../clinic.ts';

interface PageText {
  title: string;
  navLabel: string;
  section?: string;
  /** The meta description, where the page's route does not write its own. */
  description?: string;
}

/** One entry for each page in `spanishPages` (src/lib/paths.ts); a test checks it. */
const esPageText: Partial<Record<PageKey, PageText>> = {
  home: {
    title: 'Espasmos de espalda: ¿es grave, qué hacer ahora y por dónde empezar?',
    navLabel: 'Inicio',
  },
  whenToSeeADoctor: {
    title: 'Cuándo ver al médico por espasmos de espalda',
    section: 'Cuándo ver al médico',
    navLabel: 'Cuándo ver al médico',
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
