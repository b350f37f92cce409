import { describe, expect, it } from 'vitest';
import {
  NONE,
  initialState,
  laterIds,
  reducer,
  tickedIds,
  toggle,
  type QuizAction,
  type QuizState,
} from '../../../../src/components/triage/quiz-state';
import { quizSteps, realTriage } from '../../../fixtures/warning-signs';

const steps = quizSteps();
const triage = realTriage();
const start = initialState(steps, triage);
const run = (...actions: QuizAction[]): QuizState => actions.reduce(reducer, start);
const tick = (value: string): QuizAction => ({ type: 'toggle', value, checked: true });
const untick = (value: string): QuizAction => ({ type: 'toggle', value, checked: false });
const submit: QuizAction = { type: 'submit' };
/** "None of these" and go on, `n` times. */
const skip = (n: number): QuizAction[] =>
  Array.from({ length: n }, () => [tick(NONE), submit]).flat();

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
  it("starts on step 1 with nothing ticked and no result, in the contract's five steps", () => {
    expect(start).toMatchObject({ step: 0, result: null, missing: false, moves: 0 });
    expect(start.answers).toHaveLength(steps.length);
    expect(steps.map((s) => s.id)).toEqual([
      'emergency',
      'about-you',
      'urgent',
      'doctor',
      'pattern',
    ]);
  });

  it('will not go on until something is ticked', () => {
    const state = run(submit);
    expect(state).toMatchObject({ step: 0, missing: true, moves: 0, result: null });
    expect(reducer(state, tick(NONE)).missing).toBe(false);
  });

  it('sends a 911 sign straight to the emergency result', () => {
    const state = run(tick('chest-pain'), submit);
    expect(state.result).toMatchObject({ outcome: 'emergency', place: '911' });
    expect(state.step).toBe(0);
  });

  it('ends every emergency sign in an emergency, asking on only where the place can change', () => {
    for (const { value } of steps[0].choices) {
      const state = run(tick(value), submit);
      const done = state.result ? state : run(tick(value), submit, ...skip(4));
      expect(done.result, value).toMatchObject({ outcome: 'emergency' });
      expect(done.result?.reasons, value).toContain(value);
    }
  });

  it('asks how far along a pregnancy is, only of someone pregnant, before naming the place', () => {
    const onAboutYou = run(tick('pregnancy-signs'), submit);
    expect(onAboutYou.result).toBeNull();
    expect(onAboutYou.step).toBe(1);
    const weeks = steps[1].choices.find((c) => c.value === 'pregnant-20-weeks');
    expect(weeks?.askIf).toBe('pregnant');
    const late = [tick('pregnant'), tick('pregnant-20-weeks'), submit];
    expect(reducer(run(tick('pregnancy-signs'), submit), late[0]).answers[1]).toEqual(['pregnant']);
    expect(run(tick('pregnancy-signs'), submit, ...late).result).toMatchObject({
      outcome: 'emergency',
      place: 'labor-and-delivery',
    });
    const early = run(tick('pregnancy-signs'), submit, tick('pregnant'), submit, ...skip(3));
    expect(early.result).toMatchObject({
      outcome: 'emergency',
      place: 'emergency-room-or-ob',
    });
  });

  it('drops a follow-up answer when the box it depends on is unticked', () => {
    const state = run(...skip(1), tick('pregnant'), tick('pregnant-20-weeks'), untick('pregnant'));
    expect(state.answers[1]).toEqual([]);
  });

  it('does not stop on an urgent fact about you that a later answer could make an emergency', () => {
    const state = run(...skip(1), tick('weak-immunity'), submit);
    expect(state.result).toBeNull();
    expect(state.step).toBe(2);
    const done = reducer(reducer(state, tick('fever')), submit);
    expect(done.result).toMatchObject({ outcome: 'emergency', place: 'emergency-room' });
  });

  it('stops after the today step once nothing later can change the advice', () => {
    const state = run(...skip(2), tick('weight-loss'), submit);
    expect(state.result).toMatchObject({
      outcome: 'urgent',
      place: 'same-day',
      reasons: ['weight-loss'],
    });
    expect(state.step).toBe(2);
  });

  it('goes on after a fever, since a numb leg on a later step makes it an emergency', () => {
    const state = run(...skip(2), tick('fever'), submit);
    expect(state.result).toBeNull();
    const done = run(...skip(2), tick('fever'), submit, tick('neuro'), submit);
    expect(done.result).toMatchObject({ outcome: 'emergency', place: 'emergency-room' });
  });

  it('walks on to the last step when a fact about you could still combine with a pattern', () => {
    const state = run(...skip(1), tick('age-50-plus'), submit, ...skip(2));
    expect(state.result).toBeNull();
    expect(state.step).toBe(4);
    const done = reducer(reducer(state, tick('sudden-severe')), submit);
    expect(done.result).toMatchObject({ outcome: 'urgent', place: 'emergency-room-today' });
  });

  it('walks all five steps to chiropractic', () => {
    const state = run(...skip(4), tick('strain'), submit);
    expect(state.result).toMatchObject({ outcome: 'chiropractic', reasons: ['strain'] });
    expect(state.moves).toBe(5);
  });

  it('"None of these" on every step gives chiropractic, self-care, with no reasons', () => {
    const state = run(...skip(5));
    expect(state.result).toEqual({
      outcome: 'chiropractic',
      place: 'self-care',
      reasons: [],
      rules: [],
    });
  });

  it('Back from a result returns to the step that produced it, ticks kept', () => {
    const done = run(...skip(3), tick('systemic'), submit);
    expect(done.result?.outcome).toBe('doctor');
    const back = reducer(done, { type: 'back' });
    expect(back).toMatchObject({ step: 3, result: null });
    expect(back.answers[3]).toEqual(['systemic']);
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
    const state = run(
      ...skip(4),
      tick('posture'),
      { type: 'back' },
      { type: 'back' },
      untick(NONE),
      tick('trauma'),
      submit,
    );
    expect(state.result).toMatchObject({ outcome: 'urgent', reasons: ['trauma'] });
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

  it('laterIds lists every box after a step', () => {
    expect(laterIds(steps, 3)).toEqual(steps[4].choices.map((c) => c.value));
    expect(laterIds(steps, 4)).toEqual([]);
  });
});
