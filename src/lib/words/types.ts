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
  /** The place in a few words, for lists and tables ("labor and delivery"). */
  name: string;
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
  /** The two questions a visitor weighs, answered for this outcome (the clinic's table). */
  table: { doctor: string; chiropractor: string };
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
}

export type TierTable = Record<Tier, TierText>;
export type PlaceTable = Record<Place, PlaceText>;
export type OutcomeTable = Record<Outcome, OutcomeText>;
export type StepTable = Record<StepId, StepText>;
export type ConditionTable = Record<Condition, string>;
