import { describe, expect, it } from 'vitest';
import {
  isSituationId,
  outcomes,
  situationIds,
  situationOutcomes,
  triage,
  urgency,
  warningSignIds,
  type Outcome,
  type SituationId,
} from '../../../src/lib/triage';

/**
 * Every id and where it leads on its own, written out by hand: seed-facts §5 for the 12
 * contract ids, plus the emergency and urgent red flags of design.md (NICE NG59 and NG234, the
 * cauda equina pathway, the NHS lists).
 */
const expectedAlone: Record<SituationId, Outcome> = {
  posture: 'chiropractic',
  'movement-pattern': 'chiropractic',
  recurrent: 'chiropractic',
  stiffness: 'chiropractic',
  strain: 'chiropractic',
  'not-improving': 'doctor-then-chiropractic',
  trauma: 'doctor',
  neuro: 'doctor',
  systemic: 'doctor',
  unrelenting: 'doctor',
  'weight-loss': 'doctor',
  'night-pain': 'doctor',
  'between-shoulders': 'doctor',
  'cough-pain': 'doctor',
  'back-shape': 'doctor',
  cancer: 'urgent',
  'weak-immunity': 'urgent',
  'injected-drugs': 'urgent',
  'fragile-bones': 'urgent',
  'pregnancy-signs': 'urgent',
  fever: 'urgent',
  'kidney-signs': 'urgent',
  'worsening-weakness': 'urgent',
  'peeing-trouble': 'emergency',
  'bladder-bowel': 'emergency',
  'saddle-numbness': 'emergency',
  'sexual-problems': 'emergency',
  'both-legs': 'emergency',
  'chest-pain': 'emergency',
  'belly-pain-faint': 'emergency',
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
  it('include every id in the design contract, with the outcome the design gives it', () => {
    for (const id of contractIds) expect(situationIds).toContain(id);
    const contract: Record<string, Outcome> = {
      'bladder-bowel': 'emergency',
      'saddle-numbness': 'emergency',
      trauma: 'doctor',
      neuro: 'doctor',
      systemic: 'doctor',
      unrelenting: 'doctor',
      'not-improving': 'doctor-then-chiropractic',
      posture: 'chiropractic',
      'movement-pattern': 'chiropractic',
      recurrent: 'chiropractic',
      stiffness: 'chiropractic',
      strain: 'chiropractic',
    };
    for (const [id, outcome] of Object.entries(contract)) {
      expect(triage([id]).outcome, id).toBe(outcome);
    }
  });

  it('lists the warning signs: every id of the three most urgent outcomes', () => {
    expect(warningSignIds).toEqual(
      situationIds.filter((id) => ['emergency', 'urgent', 'doctor'].includes(expectedAlone[id])),
    );
    expect(warningSignIds).toHaveLength(25);
  });

  it('are covered by the hand-written table (no id added without a test row)', () => {
    expect([...situationIds].sort()).toEqual(Object.keys(expectedAlone).sort());
  });
});

describe('outcomes and urgency', () => {
  it('lists outcomes most urgent first', () => {
    expect(outcomes).toEqual([
      'emergency',
      'urgent',
      'doctor',
      'doctor-then-chiropractic',
      'chiropractic',
    ]);
  });

  it('ranks urgency strictly by that order', () => {
    expect(urgency('emergency')).toBeGreaterThan(urgency('urgent'));
    expect(urgency('urgent')).toBeGreaterThan(urgency('doctor'));
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

/**
 * Checks one set of ticks against the hand-written table: the right outcome, reasons that are
 * exactly the ticked ids of that outcome, and that ticking any one more id never lowers the
 * urgency. Throws (rather than expect) so a loop over thousands of sets stays fast.
 */
function checkSet(ids: readonly SituationId[]): void {
  const result = triage(ids);
  const want = expectedFor(ids);
  if (result.outcome !== want)
    throw new Error(`${ids.join(',')}: got ${result.outcome}, want ${want}`);
  // Reasons name only ticked ids, all of the winning outcome, none left out, in canonical order.
  const winning = situationIds.filter((id) => ids.includes(id) && expectedAlone[id] === want);
  if (result.reasons.join() !== winning.join()) {
    throw new Error(`${ids.join(',')}: reasons ${result.reasons} should be ${winning}`);
  }
  if (result.reasons.some((id) => !ids.includes(id))) {
    throw new Error(`${ids.join(',')}: a reason was not ticked`);
  }
  if (ids.length > 0 && result.reasons.length === 0) {
    throw new Error(`${ids.join(',')}: ticked boxes but no reasons`);
  }
  for (const extra of situationIds) {
    if (ids.includes(extra)) continue;
    const more = triage([...ids, extra]);
    if (urgency(more.outcome) < urgency(result.outcome)) {
      throw new Error(`adding ${extra} to ${ids} lowered ${result.outcome} to ${more.outcome}`);
    }
  }
}

const subsetsOf = <T>(items: readonly T[]): T[][] =>
  Array.from({ length: 2 ** items.length }, (_, mask) => items.filter((_, i) => mask & (1 << i)));

const byOutcome = (outcome: Outcome) => situationIds.filter((id) => expectedAlone[id] === outcome);

// Hundreds of thousands of engine calls: allow for a busy machine (a limit, not a timing test).
describe(
  'sets of ticks (2^31 in all, too many to list, so covered in three ways)',
  { timeout: 120_000 },
  () => {
    // The engine treats ids of one outcome alike, so these three sweeps reach every case that
    // can behave differently: every combination within each outcome, every mix of outcomes, and
    // every subset of a sample holding several ids of each outcome.

    it("every subset of each outcome's ids, with every mix of the other outcomes", () => {
      let checked = 0;
      for (const outcome of outcomes) {
        const others = outcomes.filter((o) => o !== outcome);
        for (const own of subsetsOf(byOutcome(outcome))) {
          for (const mix of subsetsOf(others)) {
            // Each other outcome present either through its first id or through all of them.
            checkSet([...own, ...mix.map((o) => byOutcome(o)[0]!)]);
            checkSet([...own, ...mix.flatMap(byOutcome)]);
            checked++;
          }
        }
      }
      expect(checked).toBe(outcomes.reduce((n, o) => n + 2 ** byOutcome(o).length * 16, 0));
    });

    it('every subset of 14 ids holding two to four of each outcome', () => {
      const sample = outcomes.flatMap((o) =>
        byOutcome(o).slice(0, o === 'doctor-then-chiropractic' ? 1 : 3),
      );
      expect(sample.length).toBeGreaterThanOrEqual(13);
      const all = subsetsOf(sample);
      for (const ids of all) checkSet(ids);
      expect(all).toHaveLength(2 ** sample.length);
    });

    it('4,000 random sets of all 31 ids (fixed seed, so a failure repeats)', () => {
      let seed = 20261129;
      const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      for (let run = 0; run < 4000; run++) {
        checkSet(situationIds.filter(() => random() < 0.2));
      }
      expect(situationIds).toHaveLength(31);
    });
  },
);
