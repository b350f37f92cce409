/**
 * Los títulos de las páginas que ya tienen su versión en español, y su nombre en el menú. Las
 * direcciones están en src/lib/paths.ts (esPaths).
 */
import type { PageKey } from '../../paths.ts';

interface PageText {
  title: string;
  navLabel: string;
  section?: string;
}

/** One entry for each page in `spanishPages` (src/lib/paths.ts); a test checks it. */
export const esPageText: Partial<Record<PageKey, PageText>> = {
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
};

/** A Spanish page's title and menu label; stops the build for a page listed with none. */
export function esPage(key: PageKey): PageText {
  const text = esPageText[key];
  if (!text) throw new Error(`src/lib/words/es/pages.ts: no title for the Spanish page "${key}".`);
  return text;
}
