/** Lo que dice el script de la página de búsqueda en español (ver ../types.ts, SearchMessages). */
import type { SearchMessages } from '../types.ts';

export const searchMessages: SearchMessages = {
  results: { one: '{count} resultado para {query}.', other: '{count} resultados para {query}.' },
  resultsInSection: {
    one: '{count} resultado para {query} en {section}.',
    other: '{count} resultados para {query} en {section}.',
  },
  noResults: 'No hay resultados para {query}.',
  noResultsInSection: 'No hay resultados para {query} en {section}.',
  fallbackLead: 'Ninguna página tiene todas las palabras de {query}.',
  fallbackFound: {
    one: 'Le mostramos {count} resultado de páginas con alguna de estas palabras: {words}. Primero las que tienen más.',
    other:
      'Le mostramos {count} resultados de páginas con alguna de estas palabras: {words}. Primero las que tienen más.',
  },
  fallbackFoundInSection: {
    one: 'Le mostramos {count} resultado en {section} de páginas con alguna de estas palabras: {words}. Primero las que tienen más.',
    other:
      'Le mostramos {count} resultados en {section} de páginas con alguna de estas palabras: {words}. Primero las que tienen más.',
  },
  fallbackNone: 'Tampoco hay resultados de páginas con alguna de estas palabras: {words}.',
  fallbackNoneInSection:
    'Tampoco hay resultados en {section} de páginas con alguna de estas palabras: {words}.',
  quotedWord: '“{word}”',
  wordJoin: ', ',
  searching: 'Buscando {query} en todas las páginas…',
  safetyNote: 'Arriba de los resultados está el consejo sobre una señal de alerta de su búsqueda.',
  offlineNote: 'Para buscar en todo el texto de las páginas se necesita internet.',
  errorStrong: 'La búsqueda no funciona en este momento.',
  errorRest:
    'No se pudo cargar. Revise su conexión a internet y vuelva a intentarlo, o use los enlaces de abajo para encontrar un tema.',
  allSections: 'Todas las secciones',
  filterOption: '{label} ({count})',
  homePage: 'Página de inicio',
  general: 'General',
};
