/** What the English search page's script says (see ../types.ts, SearchMessages). */
import type { SearchMessages } from '../types.ts';

export const searchMessages: SearchMessages = {
  results: { one: '{count} result for {query}.', other: '{count} results for {query}.' },
  resultsInSection: {
    one: '{count} result for {query} in {section}.',
    other: '{count} results for {query} in {section}.',
  },
  noResults: 'No results for {query}.',
  noResultsInSection: 'No results for {query} in {section}.',
  fallbackLead: 'No page has every word of {query}.',
  fallbackFound: {
    one: 'Showing {count} result for pages with any of these words: {words}, most words first.',
    other: 'Showing {count} results for pages with any of these words: {words}, most words first.',
  },
  fallbackFoundInSection: {
    one: 'Showing {count} result for pages with any of these words: {words} in {section}, most words first.',
    other:
      'Showing {count} results for pages with any of these words: {words} in {section}, most words first.',
  },
  fallbackNone: 'No results for pages with any of these words: {words} either.',
  fallbackNoneInSection:
    'No results for pages with any of these words: {words} in {section} either.',
  quotedWord: '“{word}”',
  wordJoin: ', ',
  searching: 'Searching every page for {query}…',
  safetyNote: 'Advice about a warning sign in your search is shown above the results.',
  offlineNote: 'Full-text search needs an internet connection.',
  errorStrong: 'Search is not working right now.',
  errorRest:
    'The search could not load. Check your internet connection and try again, or use the links below to find a topic.',
  allSections: 'All sections',
  filterOption: '{label} ({count})',
  homePage: 'Home page',
  general: 'General',
};
