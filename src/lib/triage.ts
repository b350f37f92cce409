/**
 * The triage engine behind "Where should I start?" (/triage/), /when-to-see-a-doctor/ and every
 * list of warning signs. Pure and synchronous. It holds no clinical fact of its own: every
 * urgency and place comes from the records in src/content/, which the page reads and passes in:
 *
 *   situations  one record per thing the quiz asks about (a warning sign, a fact about the
 *               person, a pattern of pain), with the outcome and place it leads to ALONE, if any
 *               (src/content/warning-signs/, about-you/, pain-patterns/)
 *   rules       one record per combination that changes urgency: when ALL of its `when`
 *               situations are ticked, and at least one of its `any` situations if it lists
 *               some, it leads to its outcome and place (src/content/triage-rules/)
 *
 * `createTriage(records)(ticked)` returns the most urgent outcome of every situation and rule
 * that applies, the place of the most urgent reason, and the reasons. Because the answer is the
 * most urgent of everything that applies, and one more tick can only make more things apply,
 * adding a tick never lowers the urgency (tests/unit/lib/triage-rules.test.ts checks it over
 * random sets).
 *
 * No ticks at all (or only facts that change nothing alone, such as "50 or older" with no new
 * kind of pain): `chiropractic`, place `self-care`, `reasons: []`. The quiz calls the engine only
 * once every step shown has an answer (a tick or "None of these"), so an empty set means "none
 * of the warning signs": spasms with no warning sign. The result says plainly that it rests on
 * that. Callers that cannot guarantee every step was answered must not read an empty set as
 * "no answers yet".
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
export const tiers = ['emergency', 'urgent', 'doctor'] as const satisfies readonly Outcome[];
export type Tier = (typeof tiers)[number];

/** How soon a `doctor` outcome means: a medical doctor within this many days. */
export const doctorWithinDays = { from: 1, to: 3 } as const;

/** What a pain pattern can lead to alone (it is never a warning sign). */
export const patternOutcomes = [
  'doctor-then-chiropractic',
  'chiropractic',
] as const satisfies readonly Outcome[];

/**
 * Where to go, in the order that wins when reasons of the same outcome name different places:
 * the most acute and the most specific first (a pregnancy emergency goes to labor and delivery
 * unless a 911 sign is also ticked; the emergency room today beats a call to a care team).
 * Words for each place: src/lib/words/en/where.ts.
 */
export const places = [
  '911',
  'labor-and-delivery',
  'emergency-room',
  'emergency-room-or-ob',
  'emergency-room-today',
  'cancer-team',
  'procedure-team',
  'emergency-room-or-same-day',
  'same-day',
  'procedure-team-first',
  'child-doctor',
  'primary-care',
  'primary-care-routine',
  'self-care',
] as const;

export type Place = (typeof places)[number];

/** Where most of each tier's signs send people; a sign elsewhere says its own place. */
export const tierPlace = {
  emergency: '911',
  urgent: 'same-day',
  doctor: 'primary-care',
} as const satisfies Record<Tier, Place>;

/**
 * The serious conditions the combination rules guard against, in the order a clinician reads
 * them: the IFOMPT red-flag framework groups red flags by condition (cauda equina, infection,
 * fracture, cancer), and the rules for pregnancy, bleeding and age follow. Words: the quiz's
 * words module.
 */
export const conditions = [
  'aneurysm',
  'infection',
  'cancer',
  'spine-procedure',
  'fracture',
  'bleeding',
  'pregnancy',
  'age',
] as const;

export type Condition = (typeof conditions)[number];

/** A situation as the engine sees it: its id and where it leads alone, if anywhere. */
export interface SituationRule {
  id: string;
  outcome?: Outcome;
  place?: Place;
}

/**
 * A combination: when every id in `when` is ticked, and at least one id in `any` if `any` lists
 * some (a fever, and any of injected drugs, a weak immune system, a recent spine procedure),
 * it leads to `outcome` at `place`.
 */
export interface CombinationRule {
  id: string;
  when: readonly string[];
  any?: readonly string[];
  outcome: Outcome;
  place: Place;
}

/** The ids of a rule that a visitor's ticks meet, or undefined when the rule does not apply. */
export function ruleMatch(
  rule: Pick<CombinationRule, 'when' | 'any'>,
  ticked: ReadonlySet<string>,
): string[] | undefined {
  if (!rule.when.every((id) => ticked.has(id))) return undefined;
  const any = rule.any ?? [];
  const met = any.filter((id) => ticked.has(id));
  if (any.length > 0 && met.length === 0) return undefined;
  return [...rule.when, ...met];
}

export interface TriageRecords {
  /** In canonical order (the quiz's steps, then `order`): the order of `reasons`. */
  situations: readonly SituationRule[];
  rules: readonly CombinationRule[];
}

export interface TriageResult {
  outcome: Outcome;
  /** Where to go for the most urgent reason. */
  place: Place;
  /** The ticked situation ids that decided the outcome, in canonical order. */
  reasons: string[];
  /** The rule ids that decided the outcome (their situations are in `reasons` too). */
  rules: string[];
}

export type Triage = (situations: Iterable<string>) => TriageResult;

/** Higher means more urgent: chiropractic 0 … emergency 4. */
export function urgency(outcome: Outcome): number {
  const index = outcomes.indexOf(outcome);
  if (index === -1) throw new Error(`Unknown triage outcome "${String(outcome)}".`);
  return outcomes.length - 1 - index;
}

/** The place that wins among several: the first in `places`. */
function firstPlace(candidates: Iterable<Place>): Place | undefined {
  let best: Place | undefined;
  for (const p of candidates) if (!best || places.indexOf(p) < places.indexOf(best)) best = p;
  return best;
}

const NO_WARNING_SIGN: TriageResult = {
  outcome: 'chiropractic',
  place: 'self-care',
  reasons: [],
  rules: [],
};

/**
 * Builds the engine for a set of records. Throws on records that cannot be evaluated safely (a
 * rule naming an unknown situation, a duplicated id, an outcome without a place); the build
 * checks the same with file names first (src/lib/warning-signs.ts), so this is the last guard.
 */
export function createTriage(records: TriageRecords): Triage {
  const known = new Map(records.situations.map((s, i) => [s.id, i] as const));
  if (known.size !== records.situations.length) throw new Error('Duplicate situation id.');
  for (const s of records.situations) {
    if ((s.outcome === undefined) !== (s.place === undefined)) {
      throw new Error(`Situation "${s.id}" needs both an outcome and a place, or neither.`);
    }
  }
  for (const rule of records.rules) {
    for (const id of [...rule.when, ...(rule.any ?? [])]) {
      if (!known.has(id)) throw new Error(`Rule "${rule.id}" names unknown situation "${id}".`);
    }
  }
  const canonical = (ids: Iterable<string>) =>
    [...new Set(ids)].sort((a, b) => known.get(a)! - known.get(b)!);

  return (situations) => {
    const ticked = new Set<string>();
    for (const id of situations) {
      if (!known.has(id)) {
        // A typo in the data or a stray "none" must fail loudly, never fall through to advice.
        throw new Error(
          `Unknown triage situation "${id}". Known situations: ${[...known.keys()].join(', ')}.`,
        );
      }
      ticked.add(id);
    }

    const applies: { outcome: Outcome; place: Place; ids: readonly string[]; rule?: string }[] = [];
    for (const s of records.situations) {
      if (ticked.has(s.id) && s.outcome && s.place) {
        applies.push({ outcome: s.outcome, place: s.place, ids: [s.id] });
      }
    }
    for (const r of records.rules) {
      const ids = ruleMatch(r, ticked);
      if (ids) applies.push({ outcome: r.outcome, place: r.place, ids, rule: r.id });
    }
    if (applies.length === 0) return { ...NO_WARNING_SIGN, reasons: [], rules: [] };

    const top = Math.max(...applies.map((a) => urgency(a.outcome)));
    const deciding = applies.filter((a) => urgency(a.outcome) === top);
    return {
      outcome: deciding[0]!.outcome,
      place: firstPlace(deciding.map((a) => a.place))!,
      reasons: canonical(deciding.flatMap((a) => a.ids)),
      rules: deciding.flatMap((a) => (a.rule ? [a.rule] : [])),
    };
  };
}

/**
 * True when no answer still to come can change the advice: with every later id ticked as well,
 * the outcome is no more urgent and the place is the same. Rules count, so "a weak immune
 * system" on the "about you" step does not stop the quiz, because a fever on a later step makes
 * it an emergency; and a pregnancy sign on the first step goes on to ask how far along the
 * pregnancy is, because 20 weeks or more sends to labor and delivery rather than the ER.
 */
export function isSettled(
  triage: Triage,
  ticked: readonly string[],
  later: readonly string[],
): boolean {
  const now = triage(ticked);
  const all = triage([...ticked, ...later]);
  return all.outcome === now.outcome && all.place === now.place;
}
