import { describe, expect, it } from 'vitest';
import {
  NONE,
  initialState,
  isSettled,
  reducer,
  tickedIds,
  toggle,
  type QuizAction,
  type QuizState,
} from '../../../../src/components/triage/quiz-state';
import { quizSteps } from '../../../fixtures/warning-signs';

const steps = quizSteps();
const start = initialState(steps);
const run = (...actions: QuizAction[]): QuizState => actions.reduce(reducer, start);
const tick = (value: string): QuizAction => ({ type: 'toggle', value, checked: true });
const untick = (value: string): QuizAction => ({ type: 'toggle', value, checked: false });
const submit: QuizAction = { type: 'submit' };

describe('toggle', () => {
  it('adds and removes a value', () => {
    expect(toggle([], 'posture', true)).toEqual(['posture']);
    expect(toggle(['posture', 'strain'], 'posture', false)).toEqual(['strain']);
  });

  it('makes "None of these" exclusive both ways', () => {
    expect(toggle(['posture', 'strain'], NONE, true)).toEqual([NONE]);
    expect(toggle([NONE], 'posture', true)).toEqual(['posture']);
  });

  it('never duplicates a value', () => {
    expect(toggle(['posture'], 'posture', true)).toEqual(['posture']);
  });
});

describe('reducer', () => {
  it('starts on step 1 with nothing ticked and no result', () => {
    expect(start).toMatchObject({ step: 0, result: null, missing: false, moves: 0 });
    expect(start.answers).toHaveLength(steps.length);
    expect(steps.map((s) => s.id)).toEqual(['emergency', 'urgent', 'doctor', 'pattern']);
  });

  it('will not go on until something is ticked', () => {
    const state = run(submit);
    expect(state).toMatchObject({ step: 0, missing: true, moves: 0, result: null });
    expect(reducer(state, tick(NONE)).missing).toBe(false);
  });

  it('sends any emergency sign straight to the emergency result', () => {
    for (const { value } of steps[0].choices) {
      const state = run(tick(value), submit);
      expect(state.result).toEqual({ outcome: 'emergency', reasons: [value] });
      expect(state.step).toBe(0);
    }
  });

  it('sends any urgent sign on step 2 straight to the urgent result', () => {
    for (const { value } of steps[1].choices) {
      const state = run(tick(NONE), submit, tick(value), submit);
      expect(state.result).toEqual({ outcome: 'urgent', reasons: [value] });
      expect(state.step).toBe(1);
    }
  });

  it('stops after step 3 when a doctor sign settles it', () => {
    const state = run(
      tick(NONE),
      submit,
      tick(NONE),
      submit,
      tick('neuro'),
      tick('trauma'),
      submit,
    );
    expect(state.result).toEqual({ outcome: 'doctor', reasons: ['trauma', 'neuro'] });
    expect(state.step).toBe(2);
  });

  it('walks all four steps to chiropractic', () => {
    const state = run(
      tick(NONE),
      submit,
      tick(NONE),
      submit,
      tick(NONE),
      submit,
      tick('strain'),
      submit,
    );
    expect(state.result).toEqual({ outcome: 'chiropractic', reasons: ['strain'] });
    expect(state.moves).toBe(4);
  });

  it('walks all four steps to doctor-then-chiropractic', () => {
    const state = run(tick(NONE), submit, tick(NONE), submit, tick(NONE), submit, tick('posture'));
    const done = run(
      tick(NONE),
      submit,
      tick(NONE),
      submit,
      tick(NONE),
      submit,
      tick('posture'),
      tick('not-improving'),
      submit,
    );
    expect(state.result).toBeNull();
    expect(done.result).toEqual({
      outcome: 'doctor-then-chiropractic',
      reasons: ['not-improving'],
    });
  });

  it('"None of these" on every step gives chiropractic with no reasons', () => {
    const state = run(
      tick(NONE),
      submit,
      tick(NONE),
      submit,
      tick(NONE),
      submit,
      tick(NONE),
      submit,
    );
    expect(state.result).toEqual({ outcome: 'chiropractic', reasons: [] });
  });

  it('Back from a result returns to the step that produced it, ticks kept', () => {
    const done = run(tick(NONE), submit, tick(NONE), submit, tick('systemic'), submit);
    const back = reducer(done, { type: 'back' });
    expect(back).toMatchObject({ step: 2, result: null });
    expect(back.answers[2]).toEqual(['systemic']);
    expect(back.moves).toBe(done.moves + 1);
  });

  it('Back between steps keeps earlier answers; Back on step 1 does nothing', () => {
    const onTwo = run(tick(NONE), submit);
    const back = reducer(onTwo, { type: 'back' });
    expect(back.step).toBe(0);
    expect(back.answers[0]).toEqual([NONE]);
    expect(reducer(back, { type: 'back' })).toBe(back);
  });

  it('ignores stale answers on later steps when an earlier step now settles it', () => {
    // Reach step 4, tick something, go back to step 3 and tick a doctor sign.
    const state = run(
      tick(NONE),
      submit,
      tick(NONE),
      submit,
      tick(NONE),
      submit,
      tick('posture'),
      { type: 'back' },
      untick(NONE),
      tick('unrelenting'),
      submit,
    );
    expect(state.result).toEqual({ outcome: 'doctor', reasons: ['unrelenting'] });
  });

  it('Start again clears every answer but still counts as a move (for focus)', () => {
    const done = run(tick('chest-pain'), submit);
    const fresh = reducer(done, { type: 'restart' });
    expect(fresh).toEqual({ ...start, moves: done.moves + 1 });
  });

  it('ignores submit while a result shows', () => {
    const done = run(tick('chest-pain'), submit);
    expect(reducer(done, submit)).toBe(done);
  });
});

describe('helpers', () => {
  it('tickedIds drops "none" and later steps', () => {
    expect(tickedIds([[NONE], ['fever'], ['neuro'], ['posture']], 2)).toEqual(['fever', 'neuro']);
  });

  it('isSettled only when no later step could raise the urgency', () => {
    expect(isSettled(steps, { outcome: 'emergency', reasons: ['chest-pain'] }, 0)).toBe(true);
    expect(isSettled(steps, { outcome: 'chiropractic', reasons: [] }, 0)).toBe(false);
    expect(isSettled(steps, { outcome: 'urgent', reasons: ['fever'] }, 1)).toBe(true);
    expect(
      isSettled(steps, { outcome: 'doctor-then-chiropractic', reasons: ['not-improving'] }, 1),
    ).toBe(false);
    expect(isSettled(steps, { outcome: 'doctor', reasons: ['neuro'] }, 2)).toBe(true);
    expect(isSettled(steps, { outcome: 'chiropractic', reasons: [] }, 2)).toBe(false);
  });
});
