/**
 * The search page's state lives in its URL (`/search/?q=cramp&section=Causes`), so a search
 * can be shared, bookmarked, reloaded, and stepped through with the back button. These pure
 * helpers read and write that URL; the page script only wires them to the DOM and history.
 */
import { paths } from './paths.ts';

export interface SearchState {
  /** What the visitor typed, with outer spaces removed. Empty means "no search yet". */
  query: string;
  /** A section label to filter by ("Causes"), or empty for all sections. */
  section: string;
}

export const SEARCH_PATH = paths.search;

/** Longest query kept from a URL: enough for any real question, and bounds the work done. */
export const MAX_QUERY_LENGTH = 200;

/** Reads the state from a query string such as `location.search` (leading "?" optional). */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  return {
    query: normalizeQuery(params.get('q') ?? ''),
    section: (params.get('section') ?? '').trim(),
  };
}

/** Collapses runs of whitespace and trims, so "  back   cramp " and "back cramp" match. */
export function normalizeQuery(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}

/** The shareable URL for a state; empty parts are left out, so no search is plain `/search/`. */
export function searchHref(state: SearchState, path: string = SEARCH_PATH): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  if (state.query && state.section) params.set('section', state.section);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return searchHref(a) === searchHref(b);
}
