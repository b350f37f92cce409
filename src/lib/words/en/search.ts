/**
 * The search page's words in English: whole sentences with named slots ({count}, {query},
 * {section}, {words}), filled where they are said. `searchMessages` is what the page's script
 * says, in a file of its own so the script ships only its language's sentences.
 */
import type { SearchPageText } from '../types.ts';

export { searchMessages } from './search-messages.ts';

export const searchPageText: SearchPageText = {
  breadcrumb: 'Search',
  resultsTitle: 'Results for {query}',
  formLabel: 'Search the guide',
  inputLabel: 'Words to search for',
  button: 'Search',
  hint: 'For example: cramp, sitting, stretches. Results show as you type.',
  filterLabel: 'Show results from',
  noscript:
    'Search results need JavaScript, which is turned off in your browser. You can still reach every page from the links below, or take the quiz.',
  safetyRegion: 'Warning signs in your search',
  offline:
    'Full-text search needs an internet connection. These results come from page titles and the words people use for them; connect again to search every word of every page.',
  more: 'Show more results',
  tryOther: 'Try other words, such as “cramp” or “stiff back”.',
  tryAllSections: 'Or choose “All sections” above to search every page.',
  emergencyPointer: '{strong} if you have an emergency sign.',
  callNow: 'Call {number} now',
  emergencyLink: 'See the emergency signs',
  emergencyAfterLink: 'at the foot of this page.',
  suggestions: ['back cramp', 'pulled muscle', 'sitting', 'heating pad', 'pregnancy', 'stretch'],
  suggestionsHeading: 'Try one of these searches',
  notSureHeading: 'Not sure what to look for?',
  quizLine:
    '{link} It asks up to {count} questions and tells you whether to call {number}, see a doctor first, or start with chiropractic care.',
  quizLink: 'Take the quiz: Where should I start?',
  browseHeading: 'Browse by topic',
};
