/**
 * The real records (src/content/) under the engine: one test per rule record and per warning
 * sign, generated from the data (it fires; its reasons are named; its place is said); the
 * stories of issue 17 as the contract answers them; the 12 original ids; and "one more tick
 * never lowers urgency" over seeded random sets of the real ids.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { urgency, type Outcome, type Place } from '../../../src/lib/triage';
import { resultWords } from '../../../src/lib/triage-content';
import { placeText } from '../../../src/lib/triage-places';
import { loadTriageData, realTriage } from '../../fixtures/warning-signs';

const data = loadTriageData();
const triage = realTriage();
const ids = data.situations.map((s) => s.id);

describe('each rule record, alone', () => {
  it.each(data.rules.map((r) => [r.id, r] as const))('%s fires with its place', (_, rule) => {
    const result = triage(rule.when);
    expect(result.outcome).toBe(rule.outcome);
    expect(result.rules).toContain(rule.id);
    for (const id of rule.when) expect(result.reasons).toContain(id);
    expect(result.place).toBe(rule.place);
    // The result says the place in words.
    expect(resultWords(result).action).toBe(placeText[rule.place].action);
  });

  it.each(data.rules.map((r) => [r.id, r] as const))(
    '%s does not fire with one of its situations missing',
    (_, rule) => {
      for (const left of rule.when) {
        expect(triage(rule.when.filter((id) => id !== left)).rules).not.toContain(rule.id);
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

/** Issue 17's visitors, ticking what the boxes say, and the contract's answer for each. */
const stories: [string, string[], Outcome, Place][] = [
  [
    '79, first-ever back pain after lifting groceries',
    ['age-50-plus', 'new-pain', 'strain'],
    'doctor',
    'primary-care',
  ],
  [
    '71, on a blood thinner, fell on ice this morning',
    ['age-50-plus', 'blood-thinner', 'trauma'],
    'urgent',
    'emergency-room-or-same-day',
  ],
  [
    'a spinal injection nine days ago, pain getting worse',
    ['spine-procedure', 'getting-worse'],
    'urgent',
    'procedure-team',
  ],
  [
    'a known aortic aneurysm and new back pain, no belly pain',
    ['aortic-aneurysm', 'new-pain'],
    'emergency',
    '911',
  ],
  ['sciatica pain down both legs, no numbness', ['both-legs'], 'emergency', '911'],
  ['a new foot drop since yesterday, not getting worse', ['leg-weakness'], 'urgent', 'same-day'],
  ['on chemotherapy with a fever', ['weak-immunity', 'fever'], 'emergency', 'emergency-room'],
  [
    '32 weeks pregnant, tightening every ten minutes',
    ['pregnant', 'pregnancy-signs'],
    'emergency',
    'labor-and-delivery',
  ],
  [
    '14 years old with six weeks of pain',
    ['under-18', 'movement-pattern'],
    'doctor',
    'child-doctor',
  ],
  ['pain after a fall', ['trauma'], 'urgent', 'same-day'],
  ['pain at night', ['night-pain'], 'urgent', 'same-day'],
  ['weight loss without trying', ['weight-loss'], 'urgent', 'same-day'],
  ['pain worse when coughing', ['cough-pain'], 'urgent', 'same-day'],
  ['pain between the shoulder blades', ['between-shoulders'], 'urgent', 'same-day'],
  ['a lump on the back', ['back-shape'], 'urgent', 'same-day'],
  ['past cancer, new back pain', ['cancer'], 'urgent', 'cancer-team'],
  ['past cancer, new back pain, one leg numb', ['cancer', 'neuro'], 'emergency', '911'],
  ['pregnant with a fever', ['pregnant', 'fever'], 'emergency', 'labor-and-delivery'],
  ['a swollen calf and breathless', ['calf-breathless'], 'emergency', '911'],
  ['tearing pain', ['tearing-pain'], 'emergency', '911'],
  ['inflammatory back pain', ['inflammatory'], 'doctor', 'primary-care'],
  [
    'stiff, with spasms not getting better',
    ['stiffness', 'not-improving'],
    'doctor-then-chiropractic',
    'primary-care',
  ],
  ['strain only', ['strain'], 'chiropractic', 'self-care'],
];

describe('the stories of issue 17', () => {
  it.each(stories)('%s', (_, ticked, outcome, place) => {
    const result = triage(ticked);
    expect(result.outcome).toBe(outcome);
    expect(result.place).toBe(place);
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
