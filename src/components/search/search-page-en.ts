/** The English search page's script: the shared behaviour with English words and stems. */
import { startSearch } from './search-page';
import { english } from '../../lib/search-words';
import { searchMessages } from '../../lib/words/en/search-messages';

startSearch({ analyzer: english, messages: searchMessages });
