/**
 * Las palabras alrededor del contenido, en español: el encabezado, el menú, la ruta de
 * navegación, el pie de página, la línea de revisión y las fuentes. Frases enteras con espacios
 * con nombre ({place}, {date}, ...), llenados donde se dicen.
 */
import type { SiteText } from '../types.ts';

export const siteText: SiteText = {
  skipLink: 'Saltar al contenido principal',
  brandTopic: 'Guía sobre espasmos de espalda',
  searchLabel: 'Buscar en este sitio',
  searchPlaceholder: 'Buscar',
  searchButton: 'Buscar',
  menu: 'Menú',
  mainNav: 'Principal',
  breadcrumb: 'Ruta de navegación',
  home: 'Inicio',
  otherLanguage: 'English',
  otherLanguageHint: 'This page in English',
  otherLanguageHome: 'English: the whole guide',
  footerEmergencyOnPage:
    '{strong} ahora si tiene una señal de emergencia. Están en la lista de esta página.',
  callNumber: 'Llame al {number}',
  footerNotAVisit:
    'Este sitio da información general. No reemplaza una consulta con un médico o un quiropráctico que pueda examinarlo.',
  footerWrittenBy:
    'Escrito por {clinic}, {city}, {region}. Cada página de salud dice si un profesional de la salud la ha revisado. Sin anuncios, sin rastreo, sin cookies.',
  previewCardAlt: 'Tarjeta de vista previa: “{title}”, {section}, {clinic}',
  inOtherLanguage: '{title} (en inglés)',
  editorialPolicy: 'Política editorial',
  updated: 'Actualizado el {date}.',
  reviewedBy: 'Revisado por {name}, {job}, el {date}.',
  reviewPending:
    'Revisión pendiente: ningún profesional de la salud de la clínica ha revisado esta página todavía.',
  translationPending:
    'Traducción pendiente de revisión: ningún traductor médico profesional ha revisado esta página todavía.',
  sources: 'Fuentes',
  source: 'Fuente:',
  goTo: 'Vaya a: {place}.',
  goToShort: '(vaya a: {place})',
  placeUnless: '{place}, salvo que una señal diga otro lugar',
  warningSignsLabel: 'Señales de alerta',
};
