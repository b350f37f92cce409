/**
 * The shape of the site's words, one table per kind, the same for every language: a language's
 * file that lacks a sentence, or adds one, fails type-checking. The words themselves are in
 * ./en/ and ./es/; the facts they say (the emergency number, the days, where each tier sends
 * people) enter through named slots (./fill.ts) and src/lib/triage.ts.
 */
import type { Condition, Outcome, Place, Tier } from '../triage.ts';
import type { StepId } from '../warning-signs.ts';

/** How soon, for one tier of warning signs. */
export interface TierText {
  /** Heading over the tier's list. */
  heading: string;
  /** How soon, in a few words ("now", "today", "within 1 to 3 days"). */
  when: string;
  /** What to do, in order; the first line is the action in one sentence. */
  action: readonly string[];
  /** Lead-in for short lists, before the signs ("Call 911 now if back pain comes with ..."). */
  lead: string;
  /** Text of a link to the tier's list on the warning-signs page. */
  linkLabel: string;
  /** The same link after a short list (differs from the header bar's words). */
  moreLabel: string;
  /** The place most of the tier's signs send to; others say their own place. */
  place: Place;
}

/** Where to go, for one place. */
export interface PlaceText {
  /** The result's heading when this place is where to go ("Go to labor and delivery now"). */
  heading: string;
  /** What to do, in one or two short sentences. */
  action: string;
}

export interface Link {
  href: string;
  label: string;
}

/** What to do, for one outcome of the quiz. */
export interface OutcomeText {
  /** How soon, in a few words. */
  when: string;
  /** Said on every result of this outcome, before the checked reasons. */
  because?: string;
  /** Said when nothing was checked that decides anything (only possible for chiropractic). */
  noReasons?: string;
  /** What to do now, in order, after the place's own action. */
  todo: readonly string[];
  links: readonly Link[];
  /** True where the result offers hands-on care: facts that change it are said there. */
  handsOnCare?: boolean;
}

export interface StepText {
  name: string;
  legend: string;
  hint: string;
}

/** Buttons, headings and messages of the quiz itself. */
export interface QuizText {
  next: string;
  finish: string;
  back: string;
  startAgain: string;
  none: string;
  required: string;
  stepOf: (n: number, total: number) => string;
  resultLabel: string;
  howSoon: string;
  where: string;
  why: string;
  youChecked: string;
  whatToDo: string;
  beforeHandsOnCare: string;
  readMore: string;
  notADiagnosis: string;
  /** Shown in place of the quiz until it loads, and for good if JavaScript is off. */
  fallback: string;
  /** The emergency result's call link, and the line beside it. */
  callNow: string;
  doNotDrive: string;
}

/** The result for spasms not getting better, whose place is primary care. */
export interface NotImprovingText {
  heading: string;
  action: string;
}

/** Everything the quiz island says, in one language. */
export interface QuizWords {
  quizText: QuizText;
  stepWords: StepTable;
  outcomeText: OutcomeTable;
  placeText: PlaceTable;
  notImprovingText: NotImprovingText;
}

export type TierTable = Record<Tier, TierText>;
export type PlaceTable = Record<Place, PlaceText>;
export type PlaceNameTable = Record<Place, string>;
export type OutcomeTable = Record<Outcome, OutcomeText>;
export type StepTable = Record<StepId, StepText>;
export type ConditionTable = Record<Condition, string>;

/** The two questions a visitor weighs, answered for each outcome (the clinic's table). */
export type AnswersTable = Record<Outcome, { doctor: string; chiropractor: string }>;

/** The page around the content, and the phrases around the records' words in lists. */
export interface SiteText {
  skipLink: string;
  brandTopic: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchButton: string;
  menu: string;
  mainNav: string;
  breadcrumb: string;
  home: string;
  /** The language switch: the other language's name, and its hint. */
  otherLanguage: string;
  otherLanguageHint: string;
  /** The switch on a page with no twin yet: to the other language's home. */
  otherLanguageHome: string;
  /** {strong}: the "Call 911" words, in bold. */
  footerEmergencyOnPage: string;
  callNumber: string;
  footerNotAVisit: string;
  /** {clinic}, {city}, {region}: the clinic's facts. */
  footerWrittenBy: string;
  editorialPolicy: string;
  /** {date}: when the words last changed. */
  updated: string;
  /** {name}, {job}, {date}: the clinician's review, only where it happened. */
  reviewedBy: string;
  reviewPending: string;
  /** Translated pages only: that no professional medical translator has checked it yet. */
  translationPending: string;
  /** {title}: a link to a page that exists only in the other language. */
  inOtherLanguage: string;
  /** {title}, {section}, {clinic}: the link card's description for people who cannot see it. */
  previewCardAlt: string;
  sources: string;
  source: string;
  /** {place}: where to go, beside a sign whose place is not its tier's. */
  goTo: string;
  goToShort: string;
  /** {place}: a tier's usual place, which a sign of its own may override. */
  placeUnless: string;
  warningSignsLabel: string;
}

/** A content section's words (src/lib/words/<lang>/sections.ts). */
export interface SectionText {
  /** Short label for navigation, breadcrumbs and search filters. */
  label: string;
  /** The index page's <h1> and <title>. */
  heading: string;
  /** Meta description of the index page (≤ 160 characters). */
  description: string;
  /** One or two plain sentences shown under the index page heading. */
  intro: string;
}

/** The words around an article, a question or an exercise (src/lib/words/<lang>/articles.ts). */
export interface ArticleText {
  /** {list}: the other names, joined by ", ". */
  alsoCalled: string;
  shortAnswer: string;
  /** {list}: the other phrasings, joined by "; ". */
  askedAs: string;
  readMore: string;
  questionsPeopleAsk: string;
  /** The questions index's menu of groups, for screen readers. */
  questionGroupsLabel: string;
  seriousLead: string;
  seriousRest: string;
  /** {when}: the doctor tier's "within a few days". */
  otherSigns: string;
  allSigns: string;
  routineLink: string;
  doseHeading: string;
  doseNote: string;
  stepsHeading: string;
  feelHeading: string;
  stopHeading: string;
  pregnancyHeading: string;
  evidenceHeading: string;
  helpsHeading: string;
}

/** The words search engines read in a page's structured data (JSON-LD). */
export interface SchemaText {
  /** What every health page is about (MedicalCondition). */
  condition: string;
  exerciseType: string;
  intensity: string;
  /** {text}: the exercise's hold, or its repetitions. */
  hold: string;
  repetitions: string;
}

/** The two outcomes with no warning sign (NoWarningSign), on the quiz and warning-signs pages. */
export interface NoSignText {
  notImprovingHeading: string;
  /** {words}: the pattern, as the visitor says it. */
  notImprovingItem: string;
  noneHeading: string;
  noneIntro: string;
  /** {link}: the self-care page's link, which the component draws. */
  startWithSelfCare: string;
}

/** The advice every exercise page shares; its sources are in src/lib/exercise-advice.ts. */
export interface ExerciseAdviceText {
  discomfort: readonly string[];
  pregnancy: readonly string[];
  evidence: readonly string[];
}

/** A group of the questions index: its heading and the line under it. */
export interface QuestionGroupText {
  heading: string;
  intro: string;
}

/**
 * What the search page's script says (src/components/search/search-page.ts and
 * src/lib/search-results.ts). Its own table, so each search page's script ships one language.
 */
export interface SearchMessages {
  /** {count} pages found for {query}; `resultsInSection` adds the section chosen. */
  results: { one: string; other: string };
  resultsInSection: { one: string; other: string };
  noResults: string;
  noResultsInSection: string;
  /** No page has every word of {query}: `fallbackFound` or `fallbackNone` follows. */
  fallbackLead: string;
  /** {count} results for pages with any of {words} (each quoted, joined by `wordJoin`). */
  fallbackFound: { one: string; other: string };
  fallbackFoundInSection: { one: string; other: string };
  fallbackNone: string;
  fallbackNoneInSection: string;
  /** How a word is quoted ({word}) and what joins them. */
  quotedWord: string;
  wordJoin: string;
  /** Said while full-text search runs for {query}. */
  searching: string;
  /** Added after the count when a safety box shows, and when offline. */
  safetyNote: string;
  offlineNote: string;
  /** The error box: its first words in bold, then the rest. */
  errorStrong: string;
  errorRest: string;
  /** The filter's first choice, and each choice with its count: {label} ({count}). */
  allSections: string;
  filterOption: string;
  /** A result's section when it has none. */
  homePage: string;
  general: string;
}

/** The search page's own words, rendered on the server (src/components/search/). */
export interface SearchPageText {
  breadcrumb: string;
  /**
   * The page's title while it shows a search, {query} the query in quotes (`quotedWord`): a
   * screen reader, a tab and the browser's history then say what was searched.
   */
  resultsTitle: string;
  formLabel: string;
  inputLabel: string;
  button: string;
  hint: string;
  filterLabel: string;
  noscript: string;
  safetyRegion: string;
  offline: string;
  more: string;
  tryOther: string;
  tryAllSections: string;
  /** {strong}: `callNow` in bold; then a link to the emergency signs, `emergencyLink`. */
  emergencyPointer: string;
  callNow: string;
  emergencyLink: string;
  emergencyAfterLink: string;
  /** Searches to suggest; each finds something (checked by a browser test). */
  suggestions: readonly string[];
  suggestionsHeading: string;
  notSureHeading: string;
  /** {link}: the quiz link with `quizLink`; {count}: how many questions it asks at most. */
  quizLine: string;
  quizLink: string;
  browseHeading: string;
}

/**
 * The page that publishes the quiz's test stories beside what the quiz gives for each
 * (src/components/warning-signs/QuizChecks.astro). Its title is the page's own (src/lib/site.ts,
 * src/lib/words/es/pages.ts); the table's "You checked" and "None of these" are the quiz's.
 */
export interface QuizChecksText {
  /** Meta description (160 characters or fewer). */
  description: string;
  /** {count}: how many stories; {agreeing}: in how many the quiz gives the advice expected. */
  lead: string;
  /** {quiz}, {signs}: the links to the quiz and to the warning signs, their words below. */
  howWeCheck: string;
  quizLink: string;
  signsLink: string;
  /** The table's caption and column headings. */
  caption: string;
  person: string;
  expected: string;
  given: string;
  why: string;
  /** After what the quiz gives, where it is not the advice expected. */
  differs: string;
}

/** The about page (src/lib/words/<lang>/about.ts); clinic facts enter through slots. */
export interface AboutText {
  breadcrumb: string;
  /** {clinic}, {city}, {region} */
  lead: string;
  /** {name}, {job}, {credentials} */
  notAMedicalDoctor: string;
  /** {education} or {credentials}, {school} */
  education: string;
  /** {licence} or {board}, {region} */
  licence: string;
  /** {city}, {since}, {years} */
  served: string;
  oneClinician: string;
  offersHeading: string;
  offers: readonly string[];
  treatmentLink: string;
  communitiesHeading: string;
  communitiesIntro: string;
  contactHeading: string;
  policyHeading: string;
  /** {reviewer}: the lead clinician's name. */
  policy: readonly { label: string; text: string }[];
}

/** The clinic's contact details' labels; each detail follows its label. */
export interface ContactText {
  address: string;
  phone: string;
  hours: string;
  /** {clinic} */
  bookAt: string;
  /** {clinic}: before the phone number. */
  call: string;
  book: string;
}

/** The page-not-found page. */
export interface NotFoundText {
  description: string;
  heading: string;
  lead: string;
  allSigns: string;
  searchLabel: string;
  searchButton: string;
  tryHeading: string;
  homeLink: string;
  /** Said in the other language: hosts serve one not-found page for every address. */
  otherLanguage: string;
}

/** The two printable pages: the warning-signs card and the exercise routine. */
export interface PrintablesText {
  /** {number}, {urgent}, {doctor}: the emergency number and the two tiers' "when". */
  cardDescription: string;
  cardBreadcrumb: string;
  cardPrintHint: string;
  cardWhyLink: string;
  /** {clinic} */
  cardNote: string;
  routineBreadcrumb: string;
  routineHeading: string;
  routineLead: string;
  routineDoseNote: string;
}

/** The sentence on leg numbness and weakness (LegNerveNote), per language. */
export interface LegNoteText {
  /** {list}: each kind of leg problem with how soon, joined by "; ". */
  sentence: string;
  /** {words}, {when}: one kind and how soon it needs care. */
  kind: string;
  /** {number}: said instead of a "when" for an emergency sign. */
  callNumber: string;
  /** Each kind, by the warning sign (file name) whose tier says how soon. */
  kinds: Readonly<Record<string, string>>;
}

/** The when-to-see-a-doctor page's own sentences (src/lib/words/<lang>/when-to-see.ts). */
export interface WhenToSeeText {
  /** {urgent}, {doctor}: the two tiers' "when". */
  lead: string;
  /** {card}: the printable card's link, which the page draws. */
  eachSign: string;
  cardLink: string;
  /** {number}: the emergency number. */
  caudaEquina: string;
  bothHeading: string;
  both: string;
  notSureHeading: string;
  notSure: string;
}
