/**
 * The search page's behaviour: search as you type, filter by section, keep the URL in step
 * with history, and say plainly when the index cannot load. The markup it drives is rendered
 * by src/pages/search.astro (and works without this script as a list of links).
 */
import {
  loadPagefind,
  preloadQuery,
  type PagefindApi,
  type PagefindResult,
} from './pagefind-client';
import { searchWithFallback } from './search-with-fallback';
import { namedSafety, type RuleSituations, type SignPhrases } from '../../lib/search-sign-match';
import type { Tier } from '../../lib/triage';
import {
  normalizeQuery,
  readSearchState,
  sameState,
  searchHref,
  type SearchState,
} from '../../lib/search-state';
import {
  excerptParts,
  fallbackMessage,
  fewExactMessage,
  orderFilterValues,
  resultCountMessage,
  resultSectionLabel,
} from '../../lib/search-results';

/**
 * Results shown (and fragments fetched, about 1.5 KiB each) per page of results: what fits
 * on a phone or laptop screen below the search box. "Show more" fetches the next ones.
 */
const PAGE_SIZE = 5;
/**
 * Wait this long after a keystroke before searching: enough to merge the bursts of input
 * events a paste or an autocorrection makes, short enough that each key's results show
 * within 100 ms on a slow phone. Searching runs on the main thread and takes a few ms once
 * the index is loaded, so there is no need to wait for a typing pause.
 */
const TYPING_DELAY_MS = 30;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`Search page is missing #${id}`);
  return element as T;
}

const root = byId<HTMLElement>('search-app');
const form = byId<HTMLFormElement>('search-form');
const input = byId<HTMLInputElement>('search-input');
const filters = byId<HTMLFieldSetElement>('search-filters');
const filterOptions = byId<HTMLElement>('search-filter-options');
const status = byId<HTMLElement>('search-status');
const errorBox = byId<HTMLElement>('search-error');
const list = byId<HTMLOListElement>('search-results');
const more = byId<HTMLButtonElement>('search-more');
const noResults = byId<HTMLElement>('search-no-results');
const allSectionsTip = byId<HTMLElement>('search-tip-all-sections');
const help = byId<HTMLElement>('search-help');
const safety = byId<HTMLElement>('search-safety');
const signPhrases: SignPhrases[] = JSON.parse(safety.dataset.phrases ?? '[]');
const ruleSituations: RuleSituations[] = JSON.parse(safety.dataset.rules ?? '[]');
const signBoxes = [...safety.querySelectorAll<HTMLElement>('[data-sign]')];
const ruleBoxes = [...safety.querySelectorAll<HTMLElement>('[data-rule]')];
const signTiers = Object.fromEntries(
  signBoxes.map((box) => [box.dataset.sign, box.dataset.tier as Tier]),
);
const sectionOrder: string[] = JSON.parse(root.dataset.sectionOrder ?? '[]');

let state: SearchState = readSearchState(location.search);
/** True while the current history entry belongs to a search still being typed. */
let typing = false;
let timer: ReturnType<typeof setTimeout> | undefined;
/** Increases with every search; an answer for an older search is dropped. */
let searchCount = 0;
let pending: PagefindResult[] = [];

function currentSection(): string {
  const checked = filterOptions.querySelector<HTMLInputElement>('input:checked');
  return checked?.value ?? '';
}

function writeHistory(mode: 'push' | 'replace') {
  const href = searchHref(state);
  if (href === location.pathname + location.search) return;
  if (mode === 'push') history.pushState(null, '', href);
  else history.replaceState(null, '', href);
}

function showError() {
  errorBox.hidden = false;
  errorBox.textContent = '';
  const strong = document.createElement('strong');
  strong.textContent = 'Search is not working right now.';
  errorBox.append(
    strong,
    ' The search index could not load. Check your internet connection and try again, or use the links below to find a topic.',
  );
  status.textContent = '';
  list.replaceChildren();
  pending = [];
  more.hidden = true;
  noResults.hidden = true;
  help.hidden = false;
  root.setAttribute('aria-busy', 'false');
}

/**
 * Shows the advice of every warning sign and combination the query names, above the results,
 * whatever they are. A sign in a named combination at least as urgent is left to the
 * combination's box ("pregnant with a fever": labor and delivery, not "today"). Needs no index,
 * so it shows at once, even offline. Returns how many boxes it showed.
 */
function showSafety(query: string): number {
  const shown = namedSafety(query, signPhrases, ruleSituations, signTiers);
  for (const box of ruleBoxes) box.hidden = !shown.rules.includes(box.dataset.rule ?? '');
  for (const box of signBoxes) box.hidden = !shown.signs.includes(box.dataset.sign ?? '');
  const count = shown.rules.length + shown.signs.length;
  safety.hidden = count === 0;
  return count;
}

const SAFETY_NOTE = ' Advice about a warning sign in your search is shown above the results.';

function renderFilters(counts: Record<string, number>, total: number) {
  // Nothing to narrow down unless the query matches something (or a section is chosen).
  filters.hidden = total === 0 && !state.section;
  // Sections without a match are left out (unless chosen), so every choice narrows to something.
  const present = Object.keys(counts).filter((v) => (counts[v] ?? 0) > 0 || v === state.section);
  const values = orderFilterValues(present, sectionOrder);
  const wanted = ['', ...values];
  const existing = [...filterOptions.querySelectorAll<HTMLInputElement>('input')].map(
    (i) => i.value,
  );
  // Rebuild the radios only when the set of sections changes; otherwise only counts change,
  // so a focused radio keeps its focus.
  if (existing.join('\n') !== wanted.join('\n')) {
    filterOptions.replaceChildren(
      ...wanted.map((value) => {
        const label = document.createElement('label');
        const radio = document.createElement('input');
        radio.type = 'radio';
        radio.name = 'section';
        radio.value = value;
        const text = document.createElement('span');
        label.append(radio, text);
        return label;
      }),
    );
  }
  for (const radio of filterOptions.querySelectorAll<HTMLInputElement>('input')) {
    radio.checked = radio.value === state.section;
    const count = radio.value ? (counts[radio.value] ?? 0) : total;
    const text = radio.nextElementSibling as HTMLElement;
    text.textContent = `${radio.value || 'All sections'} (${count})`;
  }
}

function resultItem(data: Awaited<ReturnType<PagefindResult['data']>>): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title || data.url;
  heading.append(link);
  const section = document.createElement('p');
  section.className = 'search-result-section';
  section.textContent = resultSectionLabel(data.meta, data.url);
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result-excerpt';
  for (const part of excerptParts(data.excerpt)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else {
      excerpt.append(part.text);
    }
  }
  item.append(heading, section, excerpt);
  return item;
}

async function showMore(run: number, moveFocus: boolean) {
  const batch = pending.splice(0, PAGE_SIZE);
  const data = await Promise.all(batch.map((result) => result.data()));
  if (run !== searchCount) return;
  const items = data.map(resultItem);
  list.append(...items);
  more.hidden = pending.length === 0;
  // After "Show more", continue reading at the first new result.
  if (moveFocus) items[0]?.querySelector('a')?.focus();
}

async function runSearch() {
  const run = ++searchCount;
  const { query, section } = state;
  errorBox.hidden = true;
  const signsShown = showSafety(query);
  if (!query) {
    list.replaceChildren();
    pending = [];
    more.hidden = true;
    filters.hidden = true;
    noResults.hidden = true;
    help.hidden = false;
    status.textContent = '';
    root.setAttribute('aria-busy', 'false');
    return;
  }
  root.setAttribute('aria-busy', 'true');
  try {
    const pagefind: PagefindApi = await loadPagefind();
    const found = await searchWithFallback(pagefind, query, section);
    if (run !== searchCount) return;
    pending = [...found.results];
    list.replaceChildren();
    await showMore(run, false);
    if (run !== searchCount) return;
    renderFilters(found.sectionCounts, found.total);
    const count = found.results.length;
    noResults.hidden = count > 0;
    allSectionsTip.hidden = !section;
    help.hidden = count > 0;
    status.textContent =
      (found.fallback
        ? fallbackMessage(count, query, found.fallback, section)
        : found.exact !== undefined
          ? fewExactMessage(count, found.exact, query, section)
          : resultCountMessage(count, query, section)) + (signsShown > 0 ? SAFETY_NOTE : '');
  } catch (error) {
    if (run !== searchCount) return;
    console.warn('Search index failed to load', error);
    showError();
    return;
  }
  root.setAttribute('aria-busy', 'false');
}

/** Applies a state that came from the URL (page load or the back button) to the controls. */
function applyState(next: SearchState) {
  state = next;
  input.value = next.query;
  for (const radio of filterOptions.querySelectorAll<HTMLInputElement>('input')) {
    radio.checked = radio.value === next.section;
  }
}

// Focus means a search is coming: start loading (again, after a failed load when offline).
input.addEventListener('focus', () => void loadPagefind().catch(() => {}));

input.addEventListener('input', () => {
  clearTimeout(timer);
  preloadQuery(normalizeQuery(input.value));
  timer = setTimeout(() => {
    const next = { query: normalizeQuery(input.value), section: state.section };
    if (sameState(next, state)) return;
    state = next;
    // The first change after a finished search gets its own history entry; later
    // keystrokes refine that entry, so Back steps between searches, not letters.
    writeHistory(typing ? 'replace' : 'push');
    typing = true;
    void runSearch();
  }, TYPING_DELAY_MS);
});

// Leaving the box, pressing Enter or picking a section finishes the current search.
input.addEventListener('change', () => {
  typing = false;
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  const next = { query: normalizeQuery(input.value), section: state.section };
  const changed = !sameState(next, state);
  state = next;
  if (changed) writeHistory(typing ? 'replace' : 'push');
  typing = false;
  void runSearch();
});

filterOptions.addEventListener('change', () => {
  const next = { query: state.query, section: currentSection() };
  if (sameState(next, state)) return;
  state = next;
  writeHistory('push');
  typing = false;
  void runSearch();
});

more.addEventListener('click', () => void showMore(searchCount, true));

window.addEventListener('popstate', () => {
  clearTimeout(timer);
  typing = false;
  applyState(readSearchState(location.search));
  void runSearch();
});

// The page works as plain links without this script; with it, reveal the live parts.
root.classList.add('is-enhanced');
applyState(state);
if (state.query) void runSearch();
