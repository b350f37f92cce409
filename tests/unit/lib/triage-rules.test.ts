/**
 * The real records (src/content/) under the engine: one test per rule record and per warning
 * sign, generated from the data (it fires; its reasons are named; its place is said); every
 * story of the clinical contract (src/content/quiz-stories.yaml); the 12 original ids; and
 * "one more tick never lowers urgency" over seeded random sets of the real ids.
 */
import { wordsFor } from '../../../src/lib/words';
const en = wordsFor('en');
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { urgency } from '../../../src/lib/triage';
import { resultWords } from '../../../src/lib/triage-content';
import { placeText } from '../../../src/lib/words/en/where';
import { loadStories, loadTriageData, realTriage } from '../../fixtures/warning-signs';

const data = loadTriageData();
const triage = realTriage();
const ids = data.situations.map((s) => s.id);

/** Every way a rule can be met: its `when` ids with each of its `any` ids in turn. */
const waysToMeet = (rule: (typeof data.rules)[number]) =>
  (rule.any ?? [undefined]).map((one) => (one ? [...rule.when, one] : [...rule.when]));

describe('each rule record, alone', () => {
  it.each(data.rules.map((r) => [r.id, r] as const))('%s fires with its place', (_, rule) => {
    for (const ticks of waysToMeet(rule)) {
      const result = triage(ticks);
      expect(result.outcome, ticks.join(' + ')).toBe(rule.outcome);
      expect(result.rules).toContain(rule.id);
      for (const id of ticks) expect(result.reasons).toContain(id);
      expect(result.place, ticks.join(' + ')).toBe(rule.place);
      // The result says the place in words.
      expect(resultWords(result, en).action).toBe(placeText[rule.place].action);
    }
  });

  it.each(data.rules.map((r) => [r.id, r] as const))(
    '%s does not fire with one of its situations missing',
    (_, rule) => {
      for (const ticks of waysToMeet(rule)) {
        for (const left of ticks) {
          expect(triage(ticks.filter((id) => id !== left)).rules).not.toContain(rule.id);
        }
      }
    },
  );
});

describe('each situation alone', () => {
  it.each(data.situations.map((s) => [s.id, s] as const))('%s', (id, s) => {
    const result = triage([id]);
    if (s.outcome) {
      expect(result).toEqual({ outcome: s.outcome, place: s.place, reasons: [id], rules: [] });
    } else {
      expect(result).toEqual({
        outcome: 'chiropractic',
        place: 'self-care',
        reasons: [],
        rules: [],
      });
    }
  });
});

describe('the clinical contract (src/content/quiz-stories.yaml)', () => {
  it.each(loadStories().map((c) => [c.story.visitor, c] as const))('%s', (_, { story, result }) => {
    expect({ outcome: result.outcome, place: result.place }).toEqual({
      outcome: story.outcome,
      place: story.place,
    });
  });
});

/**
 * The clinic's triage table (the brief's seed facts, section 5): each of its rows alone is never
 * less urgent than the table says. Sending someone sooner is allowed (unrelenting pain is now
 * same-day, like pain that no rest or position eases); sending them later is not.
 */
describe('the 12 original ids are never less urgent than the clinic table', () => {
  it.each([
    ['bladder-bowel', 'emergency'],
    ['saddle-numbness', 'emergency'],
    ['trauma', 'urgent'],
    ['neuro', 'doctor'],
    ['systemic', 'doctor'],
    ['unrelenting', 'doctor'],
    ['not-improving', 'doctor-then-chiropractic'],
    ['posture', 'chiropractic'],
    ['movement-pattern', 'chiropractic'],
    ['recurrent', 'chiropractic'],
    ['stiffness', 'chiropractic'],
    ['strain', 'chiropractic'],
  ] as const)('%s → %s or sooner', (id, outcome) => {
    expect(urgency(triage([id]).outcome)).toBeGreaterThanOrEqual(urgency(outcome));
  });
});

describe('one more tick never lowers the urgency (real records, fixed seed)', () => {
  it('holds over random sets of the real ids', () => {
    fc.assert(
      fc.property(fc.subarray(ids), fc.constantFrom(...ids), (ticked, extra) => {
        const before = triage(ticked);
        const after = triage([...ticked, extra]);
        expect(urgency(after.outcome)).toBeGreaterThanOrEqual(urgency(before.outcome));
      }),
      { seed: 17, numRuns: 2000 },
    );
  });
});
