/**
 * The quiz's state machine: which step is showing, what is ticked, and when to stop. Pure, so
 * it is tested without a DOM; the Preact island only renders it and moves focus. The steps and
 * the engine travel in the state because their records come from the page (src/content/).
 *
 * The engine is called only once every step shown so far has an answer (a tick or "None of
 * these"), which is the condition src/lib/triage.ts documents for an empty set of ids.
 */
import { isSettled, type Triage, type TriageResult } from '../../lib/triage';
import type { Step } from '../../lib/triage-content';

export const NONE = 'none';

export interface QuizState {
  steps: readonly Step[];
  triage: Triage;
  /** Index into `steps` of the step showing (or that led to the result). */
  step: number;
  /** Ticked checkbox values per step, `none` included. */
  answers: readonly (readonly string[])[];
  result: TriageResult | null;
  /** True after trying to go on with nothing ticked. */
  missing: boolean;
  /** Counts moves between views, so the island knows when to move focus (0 = first load). */
  moves: number;
}

export type QuizAction =
  | { type: 'toggle'; value: string; checked: boolean }
  | { type: 'submit' }
  | { type: 'back' }
  | { type: 'restart' };

export function initialState(steps: readonly Step[], triage: Triage): QuizState {
  return {
    steps,
    triage,
    step: 0,
    answers: steps.map(() => []),
    result: null,
    missing: false,
    moves: 0,
  };
}

/** "None of these" and the other boxes exclude each other. */
export function toggle(current: readonly string[], value: string, checked: boolean): string[] {
  if (!checked) return current.filter((v) => v !== value);
  if (value === NONE) return [NONE];
  return [...current.filter((v) => v !== NONE && v !== value), value];
}

/** Drops a follow-up whose box it depends on is no longer ticked ("20 weeks" without "pregnant"). */
function withoutOrphans(ticked: readonly string[], choices: Step['choices']): string[] {
  const parentOf = new Map(choices.map((c) => [c.value, c.askIf]));
  return ticked.filter((v) => {
    const parent = parentOf.get(v);
    return !parent || ticked.includes(parent);
  });
}

/** Situation ids answered on steps 0..last, without "none". */
export function tickedIds(answers: QuizState['answers'], last: number): string[] {
  return answers.slice(0, last + 1).flatMap((a) => a.filter((v) => v !== NONE));
}

/** Every id the steps after `step` could still add. */
export function laterIds(steps: readonly Step[], step: number): string[] {
  return steps.slice(step + 1).flatMap((s) => s.choices.map((c) => c.value));
}

export function reducer(state: QuizState, action: QuizAction): QuizState {
  switch (action.type) {
    case 'toggle': {
      const { choices } = state.steps[state.step];
      const answers = state.answers.map((a, i) =>
        i === state.step ? withoutOrphans(toggle(a, action.value, action.checked), choices) : a,
      );
      return { ...state, answers, missing: false };
    }
    case 'submit': {
      if (state.result) return state;
      if (state.answers[state.step].length === 0) {
        return { ...state, missing: true };
      }
      const ticked = tickedIds(state.answers, state.step);
      const last = state.step === state.steps.length - 1;
      // Stop early once nothing still to come could make the advice more urgent (rules count).
      if (last || isSettled(state.triage, ticked, laterIds(state.steps, state.step))) {
        const result = state.triage(ticked);
        return { ...state, result, missing: false, moves: state.moves + 1 };
      }
      return { ...state, step: state.step + 1, missing: false, moves: state.moves + 1 };
    }
    case 'back': {
      // From a result, go back to the step that produced it, ticks intact.
      if (state.result) return { ...state, result: null, moves: state.moves + 1 };
      if (state.step === 0) return state;
      return { ...state, step: state.step - 1, missing: false, moves: state.moves + 1 };
    }
    case 'restart':
      return { ...initialState(state.steps, state.triage), moves: state.moves + 1 };
  }
}
