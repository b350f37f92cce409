/**
 * Las palabras de las páginas para imprimir en español: la tarjeta de señales de alarma y la
 * rutina de ejercicios; y la página de "no encontrada".
 */
import type { NotFoundText, PrintablesText } from '../types.ts';

export const printablesText: PrintablesText = {
  cardDescription:
    'Las señales de alarma del dolor de espalda en una página para imprimir: cuándo llamar al {number}, cuándo ver a un médico {urgent} o {doctor} y adónde ir.',
  cardBreadcrumb: 'Tarjeta para imprimir',
  cardPrintHint: 'Use el botón de Imprimir de su navegador. Cabe en una hoja tamaño carta.',
  cardWhyLink: 'Por qué importa cada señal, con sus fuentes',
  cardNote:
    'Un médico quiere decir un médico, un asistente médico o una enfermera practicante, no un quiropráctico. Sin ninguna de estas señales, la mayoría de los espasmos mejoran con cuidados en casa en unos días o pocas semanas. De {clinic}: información general, no un diagnóstico.',
  routineBreadcrumb: 'Rutina para imprimir',
  routineHeading: 'Su rutina de ejercicios suaves para la espalda',
  routineLead:
    'Hágalos despacio, en este orden. Muévase solo hasta donde se sienta cómodo. Para guardar una copia, use el botón de Imprimir de su navegador.',
  routineDoseNote:
    'Estas cantidades son un punto de partida general. Quien lo atiende puede sugerirle algo diferente.',
};

export const notFoundText: NotFoundText = {
  description:
    'No encontramos esa página. Busque en el sitio o escoja una sección sobre los espasmos de espalda.',
  heading: 'Lo sentimos, no encontramos esa página',
  lead: 'El enlace puede ser viejo, o la dirección puede tener un error.',
  allSigns: 'Vea todas las señales de alarma',
  searchLabel: 'Buscar un tema',
  searchButton: 'Buscar',
  tryHeading: 'O pruebe una de estas',
  homeLink: 'Página de inicio',
  otherLanguage: '¿Busca la guía en español? Vaya a la página de inicio en español.',
};
