/**
 * The engine on small hand-made records: how it combines situations and rules, which place
 * wins, what it refuses, and that one more tick never lowers the urgency (fast-check over random
 * records and random sets). The real records are tested in triage-rules.test.ts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  createTriage,
  isSettled,
  outcomes,
  places,
  urgency,
  type Outcome,
  type TriageRecords,
} from '../../../src/lib/triage';

const records: TriageRecords = {
  situations: [
    { id: 'red', outcome: 'emergency', place: '911' },
    { id: 'pregnant-sign', outcome: 'emergency', place: 'labor-and-delivery' },
    { id: 'immune', outcome: 'urgent', place: 'same-day' },
    { id: 'cancer', outcome: 'urgent', place: 'cancer-team' },
    { id: 'hot', outcome: 'urgent', place: 'same-day' },
    { id: 'older' },
    { id: 'new' },
    { id: 'stiff', outcome: 'chiropractic', place: 'self-care' },
  ],
  rules: [
    { id: 'immune-hot', when: ['immune', 'hot'], outcome: 'emergency', place: 'emergency-room' },
    { id: 'older-new', when: ['older', 'new'], outcome: 'doctor', place: 'primary-care' },
    {
      id: 'hot-with-risk',
      when: ['hot'],
      any: ['older', 'new'],
      outcome: 'emergency',
      place: 'emergency-room',
    },
  ],
};
const triage = createTriage(records);

describe('createTriage', () => {
  it('gives a situation its own outcome and place', () => {
    expect(triage(['hot'])).toEqual({
      outcome: 'urgent',
      place: 'same-day',
      reasons: ['hot'],
      rules: [],
    });
  });

  it('fires a rule only when all its situations are ticked, naming them and the rule', () => {
    expect(triage(['older']).outcome).toBe('chiropractic');
    expect(triage(['older', 'new'])).toEqual({
      outcome: 'doctor',
      place: 'primary-care',
      reasons: ['older', 'new'],
      rules: ['older-new'],
    });
    expect(triage(['hot', 'immune'])).toEqual({
      outcome: 'emergency',
      place: 'emergency-room',
      reasons: ['immune', 'hot'],
      rules: ['immune-hot'],
    });
  });

  it('fires an "any of" rule with all of `when` and at least one of `any`, naming those ticked', () => {
    expect(triage(['hot']).rules).toEqual([]);
    expect(triage(['older', 'new']).rules).toEqual(['older-new']);
    expect(triage(['hot', 'new'])).toEqual({
      outcome: 'emergency',
      place: 'emergency-room',
      reasons: ['hot', 'new'],
      rules: ['hot-with-risk'],
    });
    expect(triage(['hot', 'older', 'new']).reasons).toEqual(['hot', 'older', 'new']);
  });

  it('refuses an "any of" rule naming an unknown situation', () => {
    expect(() =>
      createTriage({
        situations: records.situations,
        rules: [{ ...records.rules[2]!, any: ['x', 'y'] }],
      }),
    ).toThrow(/Rule "hot-with-risk" names unknown situation "x"/);
  });

  it('takes the most urgent, and among equals the place first in the list of places', () => {
    expect(triage(['stiff', 'hot']).outcome).toBe('urgent');
    expect(triage(['hot', 'cancer'])).toMatchObject({
      place: 'cancer-team',
      reasons: ['cancer', 'hot'],
    });
    expect(triage(['pregnant-sign', 'immune', 'hot'])).toMatchObject({
      outcome: 'emergency',
      place: 'labor-and-delivery',
      reasons: ['pregnant-sign', 'immune', 'hot'],
    });
    expect(triage(['pregnant-sign', 'red']).place).toBe('911');
  });

  it('documents no ticks, and facts that change nothing alone: chiropractic, self-care', () => {
    const none = { outcome: 'chiropractic', place: 'self-care', reasons: [], rules: [] };
    expect(triage([])).toEqual(none);
    expect(triage(['older'])).toEqual(none);
  });

  it('accepts any iterable and ignores duplicates', () => {
    expect(triage(new Set(['hot', 'hot']))).toEqual(triage(['hot']));
  });

  it('throws on an unknown id, "none" and Object.prototype names', () => {
    expect(() => triage(['backache'])).toThrow(/Unknown triage situation "backache"/);
    expect(() => triage(['none'])).toThrow(/"none"/);
    expect(() => triage(['constructor'])).toThrow(/Unknown triage situation/);
  });

  it('refuses records it cannot evaluate safely', () => {
    expect(() =>
      createTriage({
        situations: [{ id: 'a' }],
        rules: [{ ...records.rules[1]!, when: ['a', 'b'] }],
      }),
    ).toThrow(/Rule "older-new" names unknown situation "b"/);
    expect(() => createTriage({ situations: [{ id: 'a' }, { id: 'a' }], rules: [] })).toThrow(
      /Duplicate/,
    );
    expect(() => createTriage({ situations: [{ id: 'a', outcome: 'urgent' }], rules: [] })).toThrow(
      /both an outcome and a place/,
    );
  });
});

describe('isSettled', () => {
  it('counts rules: a fact that a later answer could raise is not settled', () => {
    expect(isSettled(triage, ['immune'], ['hot'])).toBe(false);
    expect(isSettled(triage, ['immune'], ['stiff'])).toBe(true);
    expect(isSettled(triage, ['red'], ['immune', 'hot'])).toBe(true);
    expect(isSettled(triage, [], [])).toBe(true);
  });

  it('is not settled while a later answer could change where to go at the same urgency', () => {
    // An emergency at the ER now; a pregnancy sign still to come would send to labor and delivery.
    expect(isSettled(triage, ['hot', 'new'], ['pregnant-sign'])).toBe(false);
    expect(isSettled(triage, ['hot', 'new'], ['stiff'])).toBe(true);
  });
});

describe('urgency', () => {
  it('ranks outcomes most urgent first and rejects an unknown one', () => {
    expect(outcomes.map(urgency)).toEqual([4, 3, 2, 1, 0]);
    expect(() => urgency('maybe' as Outcome)).toThrow(/Unknown triage outcome "maybe"/);
  });
});

/**
 * Random records: up to 12 situations, some with an outcome alone, and up to 8 rules, some of
 * them "any of" rules.
 */
const arbitraryRecords = fc
  .array(fc.option(fc.tuple(fc.constantFrom(...outcomes), fc.constantFrom(...places))), {
    minLength: 1,
    maxLength: 12,
  })
  .chain((alone) => {
    const ids = alone.map((_, i) => `s${i}`);
    return fc.record({
      situations: fc.constant(
        alone.map((a, i) => (a ? { id: ids[i]!, outcome: a[0], place: a[1] } : { id: ids[i]! })),
      ),
      rules: fc.array(
        fc.record({
          id: fc.string({ minLength: 1, maxLength: 5 }),
          when: fc.subarray(ids, { minLength: 1 }),
          any: fc.option(fc.subarray(ids, { minLength: 1 }), { nil: undefined }),
          outcome: fc.constantFrom(...outcomes),
          place: fc.constantFrom(...places),
        }),
        { maxLength: 8 },
      ),
    });
  });

describe('one more tick never lowers the urgency (property, fixed seed)', () => {
  it('holds for random records and random sets of ticks', () => {
    fc.assert(
      fc.property(
        arbitraryRecords.chain((r) =>
          fc.tuple(
            fc.constant(r),
            fc.subarray(r.situations.map((s) => s.id)),
            fc.constantFrom(...r.situations.map((s) => s.id)),
          ),
        ),
        ([r, ticked, extra]) => {
          const t = createTriage(r);
          const before = t(ticked);
          const after = t([...ticked, extra]);
          expect(urgency(after.outcome)).toBeGreaterThanOrEqual(urgency(before.outcome));
          // Reasons are ticked ids only, and some tick decided anything above chiropractic.
          expect(after.reasons.every((id) => [...ticked, extra].includes(id))).toBe(true);
          if (after.outcome !== 'chiropractic') expect(after.reasons.length).toBeGreaterThan(0);
        },
      ),
      { seed: 20261202, numRuns: 500 },
    );
  });
});
