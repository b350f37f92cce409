/**
 * The triage engine behind "Where should I start?" (/triage/) and the decision table. Pure and
 * synchronous: it takes the situation ids a visitor ticked and returns where to start plus the
 * ids that decided it. The words live elsewhere: warning signs in src/content/warning-signs/
 * (one YAML file per id, whose `tier` must equal the rule below: src/lib/warning-signs.ts checks
 * it on every build), the mechanical patterns in src/lib/triage-content.ts.
 *
 * Rules (design.md, "The triage quiz"; sources in each sign's YAML file):
 *   emergency                 any emergency sign (cauda equina signs, both legs, chest, aorta,
 *                             serious accident): call 911 / emergency department now
 *   urgent                    red flags for cancer, infection or fracture: a medical doctor today
 *   doctor                    a fall or blow, nerve signs in one leg, whole-body signs,
 *                             unrelenting or night pain, and the NHS "see a GP" signs
 *   doctor-then-chiropractic  `not-improving` and no warning sign above
 *   chiropractic              mechanical spasms (or nothing ticked, see below) and no warning sign
 * The most urgent matching outcome wins, so ticking one more box can never lower the urgency.
 *
 * The 12 contract ids keep their meaning: `bladder-bowel` (loss of bladder or bowel control)
 * and `saddle-numbness` are emergencies; `trauma`, `neuro`, `systemic`, `unrelenting` send to a
 * doctor first; `not-improving` to a doctor with chiropractic care in support; `posture`,
 * `movement-pattern`, `recurrent`, `stiffness`, `strain` to chiropractic care. `systemic` still
 * means whole-body symptoms; fever and weight loss now also have boxes of their own, so the
 * quiz asks one thing per box.
 *
 * No ticks at all: `triage([])` returns `chiropractic` with `reasons: []`. The engine only sees
 * ids, so this rule rests on the caller: the quiz never calls the engine until the visitor has
 * answered every step, and a step cannot be passed without ticking something or ticking
 * "None of these". An empty set therefore means "I explicitly have none of the warning signs
 * and none of the listed patterns": spasms with no warning sign. The result says plainly that
 * it rests on "no warning signs" and shows them again. Callers that cannot guarantee every step
 * was answered must not call `triage` with an empty set to mean "no answers yet".
 */

/** Outcomes, most urgent first. */
export const outcomes = [
  'emergency',
  'urgent',
  'doctor',
  'doctor-then-chiropractic',
  'chiropractic',
] as const;

export type Outcome = (typeof outcomes)[number];

/** Warning-sign tiers are the three most urgent outcomes. */
export type Tier = Extract<Outcome, 'emergency' | 'urgent' | 'doctor'>;

/**
 * Every situation id and the outcome it leads to on its own. The order here is the canonical
 * order of `reasons` (most urgent first).
 */
export const situationOutcomes = {
  // Emergency: the cauda equina pathway's early and late signs, and the NHS 999 list.
  'peeing-trouble': 'emergency',
  'bladder-bowel': 'emergency',
  'saddle-numbness': 'emergency',
  'sexual-problems': 'emergency',
  'both-legs': 'emergency',
  'chest-pain': 'emergency',
  'belly-pain-faint': 'emergency',
  'serious-accident': 'emergency',
  // Urgent (a medical doctor today): NICE NG59 and NG234 red flags, NHS urgent signs.
  cancer: 'urgent',
  'weak-immunity': 'urgent',
  'injected-drugs': 'urgent',
  'fragile-bones': 'urgent',
  'pregnancy-signs': 'urgent',
  fever: 'urgent',
  'kidney-signs': 'urgent',
  'worsening-weakness': 'urgent',
  // See a doctor first (seed-facts §5), plus the rest of the NHS list.
  trauma: 'doctor',
  neuro: 'doctor',
  systemic: 'doctor',
  'weight-loss': 'doctor',
  unrelenting: 'doctor',
  'night-pain': 'doctor',
  'between-shoulders': 'doctor',
  'cough-pain': 'doctor',
  'back-shape': 'doctor',
  // Persistent spasms: doctor, with chiropractic care in a supportive role.
  'not-improving': 'doctor-then-chiropractic',
  // Mechanical spasms: chiropractic care is a reasonable first step.
  posture: 'chiropractic',
  'movement-pattern': 'chiropractic',
  recurrent: 'chiropractic',
  stiffness: 'chiropractic',
  strain: 'chiropractic',
} as const satisfies Record<string, Outcome>;

export type SituationId = keyof typeof situationOutcomes;

export const situationIds = Object.keys(situationOutcomes) as SituationId[];

/** The ids that are warning signs (one YAML file each), in canonical order. */
export const warningSignIds = situationIds.filter((id) => isTier(situationOutcomes[id]));

export interface TriageResult {
  outcome: Outcome;
  /** The ticked ids that decided the outcome, in canonical order. Empty only for no ticks. */
  reasons: SituationId[];
}

export function isSituationId(id: string): id is SituationId {
  return Object.hasOwn(situationOutcomes, id);
}

export function isTier(outcome: Outcome): outcome is Tier {
  return outcome === 'emergency' || outcome === 'urgent' || outcome === 'doctor';
}

/** Higher means more urgent: chiropractic 0 … emergency 4. */
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
