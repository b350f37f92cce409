/**
 * The printable pages' words in English: the warning-signs card and the exercise routine.
 */
import type { NotFoundText, PrintablesText } from '../types.ts';

export const printablesText: PrintablesText = {
  cardDescription:
    'Every back pain warning sign on one page to print: when to call {number}, when to see a doctor {urgent} or {doctor}, and where to go.',
  cardBreadcrumb: 'Card to print',
  cardPrintHint: "Use your browser's Print command. It fits one letter-size sheet.",
  cardWhyLink: 'Why each sign matters, with sources',
  cardNote:
    'A doctor means a medical doctor, physician assistant or nurse practitioner, not a chiropractor. With none of these signs, most spasms ease with self-care in days to a few weeks. From {clinic}: general information, not a diagnosis.',
  routineBreadcrumb: 'Printable routine',
  routineHeading: 'Your gentle back exercise routine',
  routineLead:
    "Do these slowly, in this order. Move only as far as feels comfortable. To keep a copy, use your browser's Print command.",
  routineDoseNote:
    'These amounts are a general starting point. Your own clinician may suggest something different.',
};

export const notFoundText: NotFoundText = {
  description: 'We could not find that page. Search the site or pick a section about back spasms.',
  heading: 'Sorry, we could not find that page',
  lead: 'The link may be old, or the address may have a typo.',
  allSigns: 'See all warning signs',
  searchLabel: 'Search for a topic',
  searchButton: 'Search',
  tryHeading: 'Or try one of these',
  homeLink: 'Home page',
  otherLanguage: 'Looking for the guide in English? Go to the English home page.',
};
