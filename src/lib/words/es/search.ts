/**
 * Las palabras de la página de búsqueda en español: frases enteras con espacios con nombre.
 * `searchMessages` es lo que dice el script de la página, en su propio archivo para que el
 * script lleve solo su idioma.
 */
import type { SearchPageText } from '../types.ts';

export { searchMessages } from './search-messages.ts';

export const searchPageText: SearchPageText = {
  breadcrumb: 'Buscar',
  resultsTitle: 'Resultados para {query}',
  formLabel: 'Buscar en la guía',
  inputLabel: 'Palabras que quiere buscar',
  button: 'Buscar',
  hint: 'Por ejemplo: calambre, dolor de cintura, ejercicios. Los resultados salen mientras escribe.',
  filterLabel: 'Mostrar resultados de',
  noscript:
    'Para ver resultados de búsqueda se necesita JavaScript, que está apagado en su navegador. Puede llegar a cada página con los enlaces de abajo, o hacer el cuestionario.',
  safetyRegion: 'Señales de alerta en su búsqueda',
  offline:
    'Para buscar en todo el texto de las páginas se necesita internet. Estos resultados vienen de los títulos de las páginas y de las palabras que la gente usa para ellas; conéctese otra vez para buscar en todas las palabras de todas las páginas.',
  more: 'Ver más resultados',
  tryOther: 'Pruebe con otras palabras, como “calambre” o “espalda tiesa”.',
  tryAllSections: 'O escoja “Todas las secciones” arriba para buscar en todas las páginas.',
  emergencyPointer: '{strong} si tiene una señal de emergencia.',
  callNow: 'Llame al {number} ahora',
  emergencyLink: 'Vea las señales de emergencia',
  emergencyAfterLink: 'al pie de esta página.',
  suggestions: [
    'calambre',
    'dolor de cintura',
    'ciática',
    'calor o hielo',
    'embarazo',
    'ejercicios',
  ],
  suggestionsHeading: 'Pruebe una de estas búsquedas',
  notSureHeading: '¿No sabe qué buscar?',
  quizLine:
    '{link} Hace hasta {count} preguntas y le dice si debe llamar al {number}, ver primero a un médico o empezar con el quiropráctico.',
  quizLink: 'Haga el cuestionario: ¿Por dónde empiezo?',
  browseHeading: 'Ver por tema',
};
