/**
 * The triage engine behind "Where should I start?" (/triage/) and the decision table on
 * /when-to-see-a-doctor/. Pure and synchronous: it takes the situation ids a visitor ticked and
 * returns where to start plus the ids that decided it. All wording lives in triage-content.ts.
 *
 * Rules (seed-facts §5, with cauda equina signs escalated per the NHS pages in references.md):
 *   emergency                 any emergency sign: call 911 / emergency department now
 *   doctor                    a fall or injury, nerve signs, whole-body signs, unrelenting pain
 *   doctor-then-chiropractic  `not-improving` and no warning sign above
 *   chiropractic              mechanical spasms (or nothing ticked, see below) and no warning sign
 * The most urgent matching outcome wins, so ticking one more box can never lower the urgency.
 *
 * No ticks at all: `triage([])` returns `chiropractic` with `reasons: []`. The engine only sees
 * ids, so this rule rests on the caller: the quiz never calls the engine until the visitor has
 * answered every step, and a step cannot be passed without ticking something or ticking
 * "None of these". An empty set therefore means "I explicitly have none of the emergency signs,
 * none of the doctor signs and none of the listed patterns": spasms with no warning sign, which
 * the clinic's table sends to chiropractic care first (an evaluation that screens for the same
 * warning signs). The result text says plainly that it rests on "no warning signs" and repeats
 * them. Callers that cannot guarantee every step was answered must not call `triage` with an
 * empty set to mean "no answers yet".
 */

/** Outcomes, most urgent first. */
export const outcomes = [
  'emergency',
  'doctor',
  'doctor-then-chiropractic',
  'chiropractic',
] as const;

export type Outcome = (typeof outcomes)[number];

/**
 * Every situation id and the outcome it leads to on its own. The order here is the canonical
 * order of `reasons` and of the decision table (most urgent first).
 */
export const situationOutcomes = {
  // Emergency: cauda equina signs (NHS Cauda equina syndrome) and the NHS Back pain 999 list.
  'bladder-bowel': 'emergency',
  'saddle-numbness': 'emergency',
  'both-legs': 'emergency',
  'chest-pain': 'emergency',
  'serious-accident': 'emergency',
  // See a doctor first (seed-facts §5), plus the rest of the NHS Back pain "urgent" list.
  trauma: 'doctor',
  neuro: 'doctor',
  systemic: 'doctor',
  unrelenting: 'doctor',
  'other-signs': 'doctor',
  // Persistent spasms: doctor, with chiropractic care in a supportive role.
  'not-improving': 'doctor-then-chiropractic',
  // Mechanical spasms: chiropractic care first.
  posture: 'chiropractic',
  'movement-pattern': 'chiropractic',
  recurrent: 'chiropractic',
  stiffness: 'chiropractic',
  strain: 'chiropractic',
} as const satisfies Record<string, Outcome>;

export type SituationId = keyof typeof situationOutcomes;

export const situationIds = Object.keys(situationOutcomes) as SituationId[];

export interface TriageResult {
  outcome: Outcome;
  /** The ticked ids that decided the outcome, in canonical order. Empty only for no ticks. */
  reasons: SituationId[];
}

export function isSituationId(id: string): id is SituationId {
  return Object.hasOwn(situationOutcomes, id);
}

/** Higher means more urgent: chiropractic 0 … emergency 3. */
export function urgency(outcome: Outcome): number {
  const index = outcomes.indexOf(outcome);
  if (index === -1) throw new Error(`Unknown triage outcome "${String(outcome)}".`);
  return outcomes.length - 1 - index;
}

export function triage(situations: Iterable<string>): TriageResult {
  const ticked = new Set<SituationId>();
  for (const id of situations) {
    if (!isSituationId(id)) {
      // A typo in the quiz data or a stray "none" must fail loudly, never fall through to advice.
      throw new Error(
        `Unknown triage situation "${id}". Known situations: ${situationIds.join(', ')}.`,
      );
    }
    ticked.add(id);
  }

  // Walk outcomes from most urgent down; the first one with a ticked id wins.
  for (const outcome of outcomes) {
    const reasons = situationIds.filter(
      (id) => ticked.has(id) && situationOutcomes[id] === outcome,
    );
    if (reasons.length > 0) return { outcome, reasons };
  }
  return { outcome: 'chiropractic', reasons: [] };
}
