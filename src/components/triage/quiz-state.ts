/**
 * The quiz's state machine: which step is showing, what is ticked, and when to stop. Pure, so
 * it is tested without a DOM; the Preact island only renders it and moves focus. The steps
 * travel in the state because their warning signs come from the page (the content collection).
 *
 * The engine is called only once every step shown so far has an answer (a tick or "None of
 * these"), which is the condition triage.ts documents for an empty set of ids.
 */
import {
  situationOutcomes,
  triage,
  urgency,
  isSituationId,
  type TriageResult,
} from '../../lib/triage';
import type { Step } from '../../lib/triage-content';

export const NONE = 'none';

export interface QuizState {
  steps: readonly Step[];
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

export function initialState(steps: readonly Step[]): QuizState {
  return { steps, step: 0, answers: steps.map(() => []), result: null, missing: false, moves: 0 };
}

/** "None of these" and the other boxes exclude each other. */
export function toggle(current: readonly string[], value: string, checked: boolean): string[] {
  if (!checked) return current.filter((v) => v !== value);
  if (value === NONE) return [NONE];
  return [...current.filter((v) => v !== NONE && v !== value), value];
}

/** Situation ids answered on steps 0..last, without "none". */
export function tickedIds(answers: QuizState['answers'], last: number): string[] {
  return answers.slice(0, last + 1).flatMap((a) => a.filter((v) => v !== NONE));
}

/**
 * Later steps can only add their own ids, so once the outcome is at least as urgent as anything
 * they could lead to, asking them would not change the advice: stop and show it. This is what
 * sends an emergency sign straight to the 911 result, and an urgent sign straight to its result.
 */
export function isSettled(steps: readonly Step[], result: TriageResult, step: number): boolean {
  const later = steps.slice(step + 1).flatMap((s) => s.choices.map((c) => c.value));
  return later.every(
    (id) => isSituationId(id) && urgency(situationOutcomes[id]) <= urgency(result.outcome),
  );
}

export function reducer(state: QuizState, action: QuizAction): QuizState {
  switch (action.type) {
    case 'toggle': {
      const answers = state.answers.map((a, i) =>
        i === state.step ? toggle(a, action.value, action.checked) : a,
      );
      return { ...state, answers, missing: false };
    }
    case 'submit': {
      if (state.result) return state;
      if (state.answers[state.step].length === 0) {
        return { ...state, missing: true };
      }
      const result = triage(tickedIds(state.answers, state.step));
      const last = state.step === state.steps.length - 1;
      if (last || isSettled(state.steps, result, state.step)) {
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
      return { ...initialState(state.steps), moves: state.moves + 1 };
  }
}
