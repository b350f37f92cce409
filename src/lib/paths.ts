/**
 * The address of every page outside the content sections, in one home. `sitePages` (./site.ts)
 * adds each page's title and menu label; links anywhere read the address from here. Kept apart
 * from site.ts so the quiz island can link to a page without bundling the clinic's facts.
 */
export const paths = {
  home: '/',
  whenToSeeADoctor: '/when-to-see-a-doctor/',
  quizChecks: '/when-to-see-a-doctor/quiz-checks/',
  warningCard: '/when-to-see-a-doctor/card/',
  triage: '/triage/',
  about: '/about/',
  search: '/search/',
  routine: '/exercises/routine/',
  selfCare: '/treatment/self-care-at-home/',
  treatment: '/treatment/',
  exercises: '/exercises/',
  notFound: '/404.html',
} as const;

export type PageKey = keyof typeof paths;

/**
 * The Spanish edition's addresses, under /es/ with Spanish words. A page not yet in Spanish
 * keeps its English address here, so a Spanish link still lands on the page (in English, and
 * the link says so: see `inSpanish`).
 */
export const esPaths: Record<PageKey, string> = {
  ...paths,
  home: '/es/',
  whenToSeeADoctor: '/es/cuando-ver-al-medico/',
  quizChecks: '/es/cuando-ver-al-medico/como-revisamos-el-cuestionario/',
  warningCard: '/es/cuando-ver-al-medico/tarjeta/',
  triage: '/es/por-donde-empiezo/',
  about: '/es/acerca-de/',
  search: '/es/buscar/',
  routine: '/es/ejercicios/rutina/',
  selfCare: '/es/tratamiento/cuidados-en-casa/',
  treatment: '/es/tratamiento/',
  exercises: '/es/ejercicios/',
};

/**
 * Where a search goes, in each language: the search page again, at an address that only a query
 * opens (every search form submits to it), carrying its search data inside the page
 * (src/integrations/pagefind.ts). Its first results then wait for no second round of requests,
 * while /search/ itself, opened to type a query, stays as light as an article. Not a page of its
 * own (no words, no menu entry, not indexed): the search page under a second address.
 */
export const searchResultsPaths = {
  en: '/search/results/',
  es: '/es/buscar/resultados/',
} as const;

/**
 * Content pages that links name by key: their Spanish twins are content pages
 * (src/content/es/), listed here only so the quiz island can link to them without reading the
 * content; a build test checks each against its twin.
 */
export const contentPageKeys: readonly PageKey[] = ['selfCare', 'treatment', 'exercises'];

/** Whether a page has its Spanish twin yet. */
export const inSpanish = (page: PageKey): boolean => esPaths[page] !== paths[page];

/** The site's own pages (not content pages) that have a Spanish twin, in the order of `paths`. */
export const spanishPages = (Object.keys(paths) as PageKey[]).filter(
  (key) => inSpanish(key) && !contentPageKeys.includes(key),
);
