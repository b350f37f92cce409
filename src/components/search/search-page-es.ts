/** The Spanish search page's script: the shared behaviour with Spanish words and stems. */
import { startSearch } from './search-page';
import { spanish } from '../../lib/search-words-es';
import { searchMessages } from '../../lib/words/es/search-messages';

startSearch({ analyzer: spanish, messages: searchMessages });
