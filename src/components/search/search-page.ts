/**
 * The search page's behaviour: search as you type, filter by section, keep the URL in step
 * with history, show the advice of any warning sign the query names, and say plainly what
 * works without a connection. The markup it drives is rendered by SearchApp.astro (and works
 * without this script as a list of links).
 *
 * Each search answers twice. First, at once, from the search data fetched when the page
 * loads (src/lib/search-data.ts): pages whose titles and words match (src/lib/search-quick.ts)
 * and the safety boxes; this needs no network once the page has loaded. Then Pagefind adds
 * full-text matches with excerpts below those, never between them, so what the visitor is
 * reading stays where it is (src/lib/search-list.ts).
 */
import { loadPagefind, preloadQuery, type PagefindResult } from './pagefind-client';
import { fullTextSearch, type FullText } from './search-with-fallback';
import { namedSafety } from '../../lib/search-sign-match';
import {
  EARLY_DATA,
  INLINE_DATA_ID,
  SEARCH_MARKS,
  type SafetyBox,
  type SearchData,
} from '../../lib/search-data';
import type { Analyzer } from '../../lib/search-analyzer';
import { fill } from '../../lib/words/fill';
import type { SearchMessages } from '../../lib/words/types';
import {
  markStems,
  quickIndex,
  quickSearch,
  resultTitle,
  type QuickIndex,
  type QuickPage,
} from '../../lib/search-quick';
import { inSection, mergeResults, sectionCounts, type ListItem } from '../../lib/search-list';
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
  orderFilterValues,
  resultCountMessage,
  resultSectionLabel,
  type ExcerptPart,
} from '../../lib/search-results';

/**
 * Results shown per page of results: what fits on a phone or laptop screen below the search
 * box. A full-text result costs a fragment (about 3 KiB) for its excerpt; "Show more" fetches
 * the next ones.
 */
const PAGE_SIZE = 5;
/**
 * Wait this long after a keystroke before searching: enough to merge the bursts of input
 * events a paste or an autocorrection makes, short enough that each key's results show
 * within 100 ms on a slow phone.
 */
const TYPING_DELAY_MS = 30;

/** What differs between the search pages of the two languages. */
export interface SearchConfig {
  /** How the page's language compares words (./search-words*.ts). */
  analyzer: Analyzer;
  /** What the script says, in the page's language. */
  messages: SearchMessages;
}

/** Marks each step once (SEARCH_MARKS: the benchmark reads them). */
const mark = (name: string) => {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
};

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`Search page is missing #${id}`);
  return element as T;
}

/**
 * Runs the search page whose markup SearchApp.astro rendered: its data file is named by the
 * page (`data-search-data`), its words and analyzer by the language's entry script.
 */
export function startSearch({ analyzer, messages }: SearchConfig): void {
  mark(SEARCH_MARKS.script);
  const root = byId<HTMLElement>('search-app');
  const form = byId<HTMLFormElement>('search-form');
  const input = byId<HTMLInputElement>('search-input');
  const filters = byId<HTMLElement>('search-filters');
  const sectionSelect = byId<HTMLSelectElement>('search-section');
  const status = byId<HTMLElement>('search-status');
  const errorBox = byId<HTMLElement>('search-error');
  const list = byId<HTMLOListElement>('search-results');
  const offline = byId<HTMLElement>('search-offline');
  const more = byId<HTMLButtonElement>('search-more');
  const noResults = byId<HTMLElement>('search-no-results');
  const allSectionsTip = byId<HTMLElement>('search-tip-all-sections');
  const help = byId<HTMLElement>('search-help');
  const safety = byId<HTMLElement>('search-safety');
  const sectionOrder: string[] = JSON.parse(root.dataset.sectionOrder ?? '[]');
  /** The page's own title, and the one it takes while it shows a search ({query}). */
  const pageTitle = document.title;
  const resultsTitle = root.dataset.resultsTitle ?? pageTitle;
  /**
   * The header's link to this page in the other language (SiteHeader.astro), which then searches
   * for the same words there (sections are named per language, so not the section).
   */
  const languageSwitch = document.querySelector<HTMLAnchorElement>('a.language-switch');
  const twinPath = languageSwitch ? new URL(languageSwitch.href).pathname : undefined;
  const dataPath = root.dataset.searchData ?? '';
  /** The page's own address, without a query: /search/ or /es/buscar/. */
  const pagePath = location.pathname;

  /** The search data, ready to use. */
  interface Loaded {
    data: SearchData;
    index: QuickIndex;
    pagesById: Map<string, QuickPage>;
    signTiers: Record<string, Tier>;
    /** Each safety box's element, made the first time a query names it. */
    boxes: Map<SafetyBox, HTMLElement>;
  }

  let state: SearchState = readSearchState(location.search);
  /** True while the current history entry belongs to a search still being typed. */
  let typing = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Increases with every search; an answer for an older search is dropped. */
  let searchCount = 0;
  /** The results of the current search in its section, and how many of them are on the page. */
  let visible: ListItem<PagefindResult>[] = [];
  let shownCount = 0;
  /** True while the page shows first results only, because full-text search could not load. */
  let withoutFullText = false;

  /** One safety box, built with text nodes only. */
  function safetyBox(box: SafetyBox): HTMLElement {
    const element = document.createElement('div');
    element.className = `callout safety-sign safety-${box.tier}${box.tier === 'emergency' ? ' callout-alert' : ''}`;
    element.dataset[box.kind] = box.id;
    element.dataset.tier = box.tier;
    const heading = document.createElement('h2');
    heading.className = 'safety-words';
    heading.textContent = box.words;
    const action = document.createElement('p');
    action.className = 'safety-action';
    const strong = document.createElement('strong');
    strong.textContent = box.action;
    action.append(strong);
    const link = document.createElement('p');
    link.className = 'safety-link';
    const a = document.createElement('a');
    a.href = box.href;
    a.textContent = box.linkLabel;
    link.append(a);
    element.append(heading, action, link);
    return element;
  }

  function prepare(data: SearchData): Loaded {
    return {
      data,
      index: quickIndex(data.pages, analyzer),
      pagesById: new Map(data.pages.flatMap((page) => (page.id ? [[page.id, page] as const] : []))),
      signTiers: Object.fromEntries(
        data.safety.boxes.filter((box) => box.kind === 'sign').map((box) => [box.id, box.tier]),
      ),
      boxes: new Map(),
    };
  }

  let loading: Promise<Loaded> | undefined;

  const fetchData = async (): Promise<SearchData> => {
    const response = await fetch(dataPath);
    if (!response.ok) throw new Error(`${dataPath}: HTTP ${response.status}`);
    return (await response.json()) as SearchData;
  };

  /** The search data the results page carries inside it (src/lib/search-preloads.ts), if any. */
  const inlineData = (): Promise<SearchData> | undefined => {
    const element = document.getElementById(INLINE_DATA_ID);
    if (!element) return undefined;
    return Promise.resolve(element.textContent ?? '')
      .then((text) => JSON.parse(text) as SearchData)
      .catch(fetchData);
  };

  /**
   * Gets the search data once, as soon as the script runs, so that later searches need no
   * network. The results page carries it inside; on /search/ with a query in the address, the
   * loader in <head> has already fetched and parsed it while the page loaded (EARLY_DATA); if
   * that failed, the script asks again. A failed fetch is tried again by the next search.
   */
  function loadData(): Promise<Loaded> {
    if (!loading) {
      const early = (window as unknown as Record<string, Promise<SearchData> | undefined>)[
        EARLY_DATA
      ];
      delete (window as unknown as Record<string, unknown>)[EARLY_DATA];
      const data = inlineData() ?? (early ? early.catch(fetchData) : fetchData());
      loading = data.then((data) => {
        const loaded = prepare(data);
        mark(SEARCH_MARKS.data);
        return loaded;
      });
      loading.catch(() => {
        loading = undefined;
      });
    }
    return loading;
  }

  function writeHistory(mode: 'push' | 'replace') {
    const href = searchHref(state, pagePath);
    if (href === location.pathname + location.search) return;
    if (mode === 'push') history.pushState(null, '', href);
    else history.replaceState(null, '', href);
  }

  function clearResults() {
    list.replaceChildren();
    visible = [];
    shownCount = 0;
    more.hidden = true;
    offline.hidden = true;
    withoutFullText = false;
  }

  function showError() {
    errorBox.hidden = false;
    errorBox.textContent = '';
    const strong = document.createElement('strong');
    strong.textContent = messages.errorStrong;
    errorBox.append(strong, ` ${messages.errorRest}`);
    status.textContent = '';
    clearResults();
    filters.hidden = true;
    noResults.hidden = true;
    help.hidden = false;
    root.setAttribute('aria-busy', 'false');
  }

  /**
   * Shows the advice of every warning sign and combination the query names, above the results,
   * whatever they are. A sign in a named combination at least as urgent is left to the
   * combination's box ("pregnant with a fever": labor and delivery, not "today"). Needs only the
   * search data, so it shows at once, even offline. Returns how many boxes it showed.
   */
  function showSafety(loaded: Loaded, query: string): number {
    const { phrases, rules, boxes, risks } = loaded.data.safety;
    const shown = namedSafety(query, phrases, rules, loaded.signTiers, risks, analyzer);
    const named = { rule: new Set(shown.rules), sign: new Set(shown.signs) };
    // In the data's order: most urgent first, each tier's combinations before its signs.
    const elements = boxes
      .filter((box) => named[box.kind].has(box.id))
      .map((box) => {
        if (!loaded.boxes.has(box)) loaded.boxes.set(box, safetyBox(box));
        return loaded.boxes.get(box)!;
      });
    safety.replaceChildren(...elements);
    safety.hidden = elements.length === 0;
    return elements.length;
  }

  const SAFETY_NOTE = ` ${messages.safetyNote}`;
  const OFFLINE_NOTE = ` ${messages.offlineNote}`;

  function renderFilters(counts: Record<string, number>, total: number) {
    // Nothing to narrow down unless the query matches something (or a section is chosen).
    filters.hidden = total === 0 && !state.section;
    // Sections without a match are left out (unless chosen), so every choice narrows to something.
    const present = Object.keys(counts).filter((v) => (counts[v] ?? 0) > 0 || v === state.section);
    const wanted = ['', ...orderFilterValues(present, sectionOrder)];
    const existing = [...sectionSelect.options].map((option) => option.value);
    if (existing.join('\n') !== wanted.join('\n')) {
      sectionSelect.replaceChildren(
        ...wanted.map((value) => {
          const option = document.createElement('option');
          option.value = value;
          return option;
        }),
      );
    }
    for (const option of sectionSelect.options) {
      const count = option.value ? (counts[option.value] ?? 0) : total;
      option.textContent = fill(messages.filterOption, {
        label: option.value || messages.allSections,
        count,
      });
    }
    sectionSelect.value = state.section;
  }

  function appendParts(element: HTMLElement, parts: readonly ExcerptPart[]) {
    for (const part of parts) {
      if (part.marked) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        element.append(mark);
      } else {
        element.append(part.text);
      }
    }
  }

  /** One result: a first result from the search data, or a full-text one with its excerpt. */
  function resultItem(
    page: QuickPage | undefined,
    full: Awaited<ReturnType<PagefindResult['data']>> | undefined,
    query: string,
  ): HTMLLIElement {
    const url = page?.url ?? full?.url ?? '/';
    const item = document.createElement('li');
    item.className = 'search-result';
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = url;
    link.textContent = (page && resultTitle(page)) || full?.meta.title || url;
    heading.append(link);
    const section = document.createElement('p');
    section.className = 'search-result-section';
    section.textContent = resultSectionLabel(
      { section: page?.section ?? full?.meta.section },
      url,
      messages,
    );
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result-excerpt';
    appendParts(
      excerpt,
      full ? excerptParts(full.excerpt) : markStems(page?.description ?? '', query, analyzer),
    );
    item.append(heading, section, excerpt);
    return item;
  }

  /** Adds the next `count` results below the ones shown (fetching full-text excerpts). */
  async function showMore(run: number, count: number, query: string, moveFocus: boolean) {
    const batch = visible.slice(shownCount, shownCount + count);
    shownCount += batch.length;
    const excerpts = await Promise.all(batch.map((item) => item.full?.data()));
    if (run !== searchCount) return;
    const items = batch.map((item, i) => resultItem(item.page, excerpts[i], query));
    list.append(...items);
    more.hidden = shownCount >= visible.length;
    // After "Show more", continue reading at the first new result.
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  /** Lets the browser paint what was just rendered before the next piece of work starts. */
  const nextPaint = () =>
    new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

  function statusText(
    count: number,
    query: string,
    section: string,
    fallback?: FullText['fallback'],
  ) {
    return fallback
      ? fallbackMessage(count, query, fallback, section, messages)
      : resultCountMessage(count, query, section, messages);
  }

  async function runSearch() {
    const run = ++searchCount;
    const { query, section } = state;
    errorBox.hidden = true;
    document.title = query
      ? fill(resultsTitle, { query: fill(messages.quotedWord, { word: query }) })
      : pageTitle;
    if (languageSwitch && twinPath)
      languageSwitch.href = searchHref({ query, section: '' }, twinPath);
    if (!query) {
      clearResults();
      safety.hidden = true;
      filters.hidden = true;
      noResults.hidden = true;
      help.hidden = false;
      status.textContent = '';
      root.setAttribute('aria-busy', 'false');
      return;
    }
    root.setAttribute('aria-busy', 'true');
    let loaded: Loaded;
    try {
      loaded = await loadData();
    } catch (error) {
      if (run !== searchCount) return;
      console.warn('Search data failed to load', error);
      showError();
      return;
    }
    if (run !== searchCount) return;

    // First results: from the search data, at once.
    const signsShown = showSafety(loaded, query);
    const safetyNote = signsShown > 0 ? SAFETY_NOTE : '';
    const first = quickSearch(loaded.index, query).map((result) => result.page);
    let items = mergeResults<PagefindResult>(first, [], loaded.pagesById);
    clearResults();
    visible = inSection(items, section);
    await showMore(run, PAGE_SIZE, query, false);
    mark(SEARCH_MARKS.first);
    renderFilters(sectionCounts(items), items.length);
    allSectionsTip.hidden = !section;
    if (visible.length > 0) {
      noResults.hidden = true;
      help.hidden = true;
      status.textContent =
        resultCountMessage(visible.length, query, section, messages) + safetyNote;
    } else {
      status.textContent = fill(messages.searching, {
        query: fill(messages.quotedWord, { word: query }),
      });
    }

    // Then full-text results, below those, once the first ones have painted.
    await nextPaint();
    if (run !== searchCount) return;
    let full: FullText;
    try {
      if (!navigator.onLine) throw new Error('The browser is offline');
      full = await fullTextSearch(await loadPagefind(), query, analyzer);
    } catch (error) {
      if (run !== searchCount) return;
      console.warn('Full-text search is not available', error);
      withoutFullText = true;
      // With no full text to add, list below the first results every page naming any word.
      const loose = quickSearch(loaded.index, query, { loose: true })
        .map((result) => result.page)
        .filter((page) => !first.includes(page));
      items = mergeResults<PagefindResult>([...first, ...loose], [], loaded.pagesById);
      visible = inSection(items, section);
      if (shownCount < PAGE_SIZE) await showMore(run, PAGE_SIZE - shownCount, query, false);
      if (run !== searchCount) return;
      more.hidden = shownCount >= visible.length;
      renderFilters(sectionCounts(items), items.length);
      offline.hidden = false;
      noResults.hidden = visible.length > 0;
      help.hidden = visible.length > 0;
      status.textContent =
        resultCountMessage(visible.length, query, section, messages) + OFFLINE_NOTE + safetyNote;
      root.setAttribute('aria-busy', 'false');
      return;
    }
    if (run !== searchCount) return;
    items = mergeResults(first, full.results, loaded.pagesById);
    visible = inSection(items, section);
    more.hidden = shownCount >= visible.length;
    if (shownCount < PAGE_SIZE) await showMore(run, PAGE_SIZE - shownCount, query, false);
    if (run !== searchCount) return;
    renderFilters(sectionCounts(items), items.length);
    noResults.hidden = visible.length > 0;
    help.hidden = visible.length > 0;
    // "No page has every word" is said only when the list is the full-text fallback's alone.
    status.textContent =
      statusText(visible.length, query, section, first.length === 0 ? full.fallback : undefined) +
      safetyNote;
    root.setAttribute('aria-busy', 'false');
  }

  /** Applies a state that came from the URL (page load or the back button) to the controls. */
  function applyState(next: SearchState) {
    state = next;
    input.value = next.query;
    sectionSelect.value = next.section;
  }

  // Focus means a search is coming: start loading (again, after a failed load when offline).
  input.addEventListener('focus', () => {
    void loadData().catch(() => {});
    if (navigator.onLine) void loadPagefind().catch(() => {});
  });

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

  sectionSelect.addEventListener('change', () => {
    const next = { query: state.query, section: sectionSelect.value };
    if (sameState(next, state)) return;
    state = next;
    writeHistory('push');
    typing = false;
    void runSearch();
  });

  more.addEventListener('click', () => void showMore(searchCount, PAGE_SIZE, state.query, true));

  window.addEventListener('popstate', () => {
    clearTimeout(timer);
    typing = false;
    applyState(readSearchState(location.search));
    void runSearch();
  });

  // Back online: add the full-text results the current search could not get.
  window.addEventListener('online', () => {
    if (withoutFullText && state.query) void runSearch();
  });

  // The page works as plain links without this script, which runs once the page has loaded
  // (at once for a query in the address: src/lib/search-preloads.ts, searchLoader). Reveal the
  // live parts, and search for what the address holds, or for what was typed before the script
  // ran; otherwise fetch the search data now, so that searching keeps working if the connection
  // drops later.
  root.classList.add('is-enhanced');
  const typedEarly = normalizeQuery(input.value);
  applyState(state);
  if (typedEarly && typedEarly !== state.query) {
    input.value = typedEarly;
    input.dispatchEvent(new Event('input'));
  } else if (state.query) void runSearch();
  else void loadData().catch(() => {});
}
