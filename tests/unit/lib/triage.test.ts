import { describe, expect, it } from 'vitest';
import {
  isSituationId,
  outcomes,
  situationIds,
  situationOutcomes,
  triage,
  urgency,
  type Outcome,
  type SituationId,
} from '../../../src/lib/triage';

/** The decision table from seed-facts §5, plus the emergency escalations, written out by hand. */
const expectedAlone: Record<SituationId, Outcome> = {
  posture: 'chiropractic',
  'movement-pattern': 'chiropractic',
  recurrent: 'chiropractic',
  stiffness: 'chiropractic',
  strain: 'chiropractic',
  trauma: 'doctor',
  neuro: 'doctor',
  systemic: 'doctor',
  unrelenting: 'doctor',
  'other-signs': 'doctor',
  'bladder-bowel': 'emergency',
  'saddle-numbness': 'emergency',
  'not-improving': 'doctor-then-chiropractic',
  'both-legs': 'emergency',
  'chest-pain': 'emergency',
  'serious-accident': 'emergency',
};

const contractIds = [
  'posture',
  'movement-pattern',
  'recurrent',
  'stiffness',
  'strain',
  'trauma',
  'neuro',
  'systemic',
  'unrelenting',
  'bladder-bowel',
  'saddle-numbness',
  'not-improving',
];

describe('situation ids', () => {
  it('include every id in the design contract', () => {
    for (const id of contractIds) expect(situationIds).toContain(id);
  });

  it('are covered by the hand-written table (no id added without a test row)', () => {
    expect([...situationIds].sort()).toEqual(Object.keys(expectedAlone).sort());
  });
});

describe('outcomes and urgency', () => {
  it('lists outcomes most urgent first', () => {
    expect(outcomes).toEqual(['emergency', 'doctor', 'doctor-then-chiropractic', 'chiropractic']);
  });

  it('ranks urgency strictly by that order', () => {
    expect(urgency('emergency')).toBeGreaterThan(urgency('doctor'));
    expect(urgency('doctor')).toBeGreaterThan(urgency('doctor-then-chiropractic'));
    expect(urgency('doctor-then-chiropractic')).toBeGreaterThan(urgency('chiropractic'));
  });

  it('rejects an unknown outcome', () => {
    expect(() => urgency('maybe' as Outcome)).toThrow(/Unknown triage outcome "maybe"/);
  });
});

describe('each decision-table row alone', () => {
  it.each(Object.entries(expectedAlone))('%s → %s', (id, outcome) => {
    expect(triage([id])).toEqual({ outcome, reasons: [id] });
    expect(situationOutcomes[id as SituationId]).toBe(outcome);
  });
});

describe('no ticks at all', () => {
  it('means "none of these" on every step: chiropractic with no reasons', () => {
    expect(triage([])).toEqual({ outcome: 'chiropractic', reasons: [] });
    expect(triage(new Set())).toEqual({ outcome: 'chiropractic', reasons: [] });
  });
});

describe('input handling', () => {
  it('accepts any iterable and ignores duplicates', () => {
    expect(triage(new Set(['strain', 'posture']))).toEqual({
      outcome: 'chiropractic',
      reasons: ['posture', 'strain'],
    });
    expect(triage(['neuro', 'neuro'])).toEqual({ outcome: 'doctor', reasons: ['neuro'] });
  });

  it('throws naming the unknown id and the known ids', () => {
    expect(() => triage(['posture', 'backache'])).toThrow(/Unknown triage situation "backache"/);
    expect(() => triage(['backache'])).toThrow(/Known situations: .*bladder-bowel.*posture/);
  });

  it('rejects the "none" checkbox value: the UI must strip it first', () => {
    expect(() => triage(['none'])).toThrow(/"none"/);
  });

  it('rejects ids that only exist on Object.prototype', () => {
    expect(isSituationId('toString')).toBe(false);
    expect(() => triage(['constructor'])).toThrow(/Unknown triage situation/);
  });
});

function expectedFor(ids: readonly SituationId[]): Outcome {
  let best: Outcome = 'chiropractic';
  for (const id of ids) if (urgency(expectedAlone[id]) > urgency(best)) best = expectedAlone[id];
  return best;
}

describe('every pair of ids', () => {
  const pairs: [SituationId, SituationId][] = [];
  for (let i = 0; i < situationIds.length; i++)
    for (let j = i + 1; j < situationIds.length; j++)
      pairs.push([situationIds[i], situationIds[j]]);

  it('has one case per unordered pair', () => {
    const n = situationIds.length;
    expect(pairs).toHaveLength((n * (n - 1)) / 2);
  });

  it.each(pairs)('%s + %s: the more urgent wins, in either order', (a, b) => {
    const outcome = expectedFor([a, b]);
    const reasons = [a, b].filter((id) => expectedAlone[id] === outcome);
    const forward = triage([a, b]);
    expect(forward.outcome).toBe(outcome);
    expect([...forward.reasons].sort()).toEqual(reasons.sort());
    expect(triage([b, a])).toEqual(forward);
  });
});

describe('all subsets of the ids', () => {
  const n = situationIds.length;
  const subsetOf = (mask: number): SituationId[] => situationIds.filter((_, i) => mask & (1 << i));

  it(`returns a valid, explained outcome for all ${2 ** n} subsets and never lowers urgency`, () => {
    let checked = 0;
    for (let mask = 0; mask < 2 ** n; mask++) {
      const ids = subsetOf(mask);
      const result = triage(ids);

      if (!outcomes.includes(result.outcome)) throw new Error(`invalid outcome for ${ids}`);
      if (result.outcome !== expectedFor(ids)) {
        throw new Error(`${ids.join(',')}: got ${result.outcome}, want ${expectedFor(ids)}`);
      }
      // Reasons name only ticked ids, all of the winning outcome, and none is left out.
      const winning = ids.filter((id) => expectedAlone[id] === result.outcome);
      if (result.reasons.join() !== winning.join()) {
        throw new Error(`${ids.join(',')}: reasons ${result.reasons} should be ${winning}`);
      }
      if (ids.length > 0 && result.reasons.length === 0) {
        throw new Error(`${ids.join(',')}: ticked boxes but no reasons`);
      }
      // Adding any one more id never makes the advice less urgent.
      for (let i = 0; i < n; i++) {
        if (mask & (1 << i)) continue;
        const more = triage(subsetOf(mask | (1 << i)));
        if (urgency(more.outcome) < urgency(result.outcome)) {
          throw new Error(`adding ${situationIds[i]} to ${ids} lowered ${result.outcome}`);
        }
      }
      checked++;
    }
    expect(checked).toBe(2 ** n);
  });
});
