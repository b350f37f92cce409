/**
 * The words of the page around the content: the header, the menu, the breadcrumbs, the footer,
 * the review line and the sources, and the small phrases the lists of signs put around the
 * records' own words. Sentences with named slots ({place}, {date}, {name}, ...), filled where
 * they are said.
 */
import type { SiteText } from '../types.ts';

export const siteText: SiteText = {
  skipLink: 'Skip to main content',
  brandTopic: 'Back Spasms Guide',
  searchLabel: 'Search this site',
  searchPlaceholder: 'Search',
  searchButton: 'Search',
  menu: 'Menu',
  mainNav: 'Main',
  breadcrumb: 'Breadcrumb',
  home: 'Home',
  otherLanguage: 'Español',
  otherLanguageHint: 'Esta página en español',
  otherLanguageHome: 'Español: lo más importante',
  footerEmergencyOnPage:
    '{strong} now if you have an emergency sign. They are listed on this page.',
  callNumber: 'Call {number}',
  footerNotAVisit:
    'This site gives general information. It does not replace a visit to a medical doctor or a chiropractor who can examine you.',
  footerWrittenBy:
    'Written by {clinic}, {city}, {region}. Each health page says whether a clinician has checked it. No ads, no tracking, no cookies.',
  previewCardAlt: 'Preview card: “{title}”, {section}, {clinic}',
  inOtherLanguage: '{title} (in Spanish)',
  editorialPolicy: 'Editorial policy',
  updated: 'Updated {date}.',
  reviewedBy: 'Reviewed by {name}, {job}, on {date}.',
  reviewPending: 'Review pending: no clinician at the clinic has checked this page yet.',
  translationPending: '',
  sources: 'Sources',
  source: 'Source:',
  goTo: 'Go to: {place}.',
  goToShort: '(go to {place})',
  placeUnless: '{place}, unless an item says otherwise',
  warningSignsLabel: 'Warning signs',
};
