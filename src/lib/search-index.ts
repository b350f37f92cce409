/**
 * Build-time helpers for the Pagefind index (used by src/integrations/pagefind.ts).
 * Pagefind's Node API reports problems as `errors` arrays instead of throwing, so every call
 * has to be checked; this turns a non-empty list into one error that says what failed.
 */

/** An Error that fails the build with the step that failed and Pagefind's own messages. */
export function pagefindFailure(step: string, errors: readonly string[]): Error {
  const details = errors.length > 0 ? errors.map((e) => `  - ${e}`).join('\n') : '  - (no details)';
  return new Error(
    `Site search: Pagefind could not ${step}.\n${details}\n` +
      'The search page needs this index; fix the problem above and build again.',
  );
}

/**
 * The address a built file is served at: `questions/heat-or-ice/index.html` is
 * `/questions/heat-or-ice/`; any other file keeps its name (`404.html` is `/404.html`).
 */
export function pagePath(file: string): string {
  const path = `/${file.replace(/^\/+/, '')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** What Pagefind writes before the JSON of each page fragment (gzipped). */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** The page address a fragment's text (gunzipped) is for; fails the build on another format. */
export function fragmentUrl(name: string, text: string): string {
  const url = text.startsWith(FRAGMENT_SIGNATURE)
    ? (JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as { url?: unknown }).url
    : undefined;
  if (typeof url !== 'string') {
    throw pagefindFailure('read its page fragments', [
      `${name} is not a fragment this build can read (has Pagefind changed its format?)`,
    ]);
  }
  return url;
}

/**
 * The search data with each page's Pagefind id (`fragments`: id → address). Fails the build
 * when the data file and the index disagree about which pages are searchable, since a page
 * missing from either would be missing from first results or from full-text ones.
 */
export function withPagefindIds<T extends { pages: { url: string; id?: string }[] }>(
  data: T,
  fragments: ReadonlyMap<string, string>,
): T {
  const ids = new Map([...fragments].map(([id, url]) => [url, id]));
  const listed = new Set(data.pages.map((page) => page.url));
  const problems = [
    ...data.pages
      .filter((page) => !ids.has(page.url))
      .map((page) => `${page.url} is in the search data but not in the index`),
    ...[...ids.keys()]
      .filter((url) => !listed.has(url))
      .map(
        (url) => `${url} is in the index but not in the search data (src/data/get-search-data.ts)`,
      ),
  ];
  if (problems.length > 0) throw pagefindFailure('match the search data', problems);
  return { ...data, pages: data.pages.map((page) => ({ ...page, id: ids.get(page.url) })) };
}

const escapeText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Weight of the words people use: as much as a question page's "Other ways people ask this"
 * line and its heading (QuestionLayout), since they name what the page is about. Measured with
 * `npm run search:eval`: 10 put a fitting page in the top 3 for 151 of 159 phrasings, 5 for 150.
 */
const SEARCH_TERMS_WEIGHT = 10;

/**
 * Search words with a number ("10 year old") stay out of the full-text index. Pagefind matches
 * a number it lacks by its first digits ("75" finds "7"), so they would pull every query with
 * a number (an age, a temperature) to their page, and their repeated words ("year old") would
 * weigh on every query about older adults. They still name their sign and their page in the
 * first results, which compare whole words.
 */
const HAS_NUMBER = /\d/;

/**
 * The page's HTML as the index reads it: `terms` (but those with a number) added at the start of
 * the indexed part (the element with data-pagefind-body), weighted like a page's "Also called"
 * line. Only the index gets this copy; the page served to visitors is unchanged. A page that is
 * not indexed, or gets no terms, comes back as it was.
 */
export function addSearchTerms(html: string, allTerms: readonly string[]): string {
  const terms = allTerms.filter((term) => !HAS_NUMBER.test(term));
  if (terms.length === 0) return html;
  const body = /<[a-z]+\b[^>]*\sdata-pagefind-body(?:=(?:""|''))?[^>]*>/i.exec(html);
  if (!body) return html;
  const end = body.index + body[0].length;
  const block = `<p data-pagefind-weight="${SEARCH_TERMS_WEIGHT}">${escapeText(terms.join(', '))}.</p>`;
  return html.slice(0, end) + block + html.slice(end);
}
