/**
 * The quiz's situations and rules as the site uses them, built from the records in src/content/
 * (warning-signs/, about-you/, pain-patterns/, triage-rules/; schemas in content-schemas.ts).
 * Pure: pages pass in what getCollection() returned. This is where the build checks what one
 * file's schema cannot (a rule naming a situation that does not exist, an id used twice) and
 * stops naming the file and the field. What the lists say about each tier is in
 * ./words/en/how-soon.ts.
 */
import type {
  AboutYouData,
  PainPatternData,
  Reference,
  TriageRuleData,
  WarningSignData,
} from './content-schemas';
import {
  outcomes,
  tiers,
  type Condition,
  type Outcome,
  type Place,
  type Tier,
  type TriageRecords,
} from './triage.ts';

/** The quiz's steps, in the order they are asked: emergency signs first. */
export const stepIds = ['emergency', 'about-you', 'urgent', 'doctor', 'pattern'] as const;
export type StepId = (typeof stepIds)[number];

/** The folder each kind of record lives in. */
export const folders = {
  sign: 'warning-signs',
  'about-you': 'about-you',
  pattern: 'pain-patterns',
  rule: 'triage-rules',
} as const;

type Kind = keyof typeof folders;

interface Words {
  id: string;
  order: number;
  words: string;
  short: string;
  example: string;
  why: string;
  source: Reference;
  note?: string;
}

/** Anything the quiz can ask about: one checkbox. */
export interface Situation extends Words {
  kind: Exclude<Kind, 'rule'>;
  /** The step that asks it: a warning sign's tier, "about-you" or "pattern". */
  step: StepId;
  /** Where it leads alone, if anywhere. */
  outcome?: Outcome;
  place?: Place;
  caudaEquina: boolean;
  /** Asked only when this situation is ticked (a fact about the person only some have). */
  askIf?: string;
  /** Said on a self-care result when ticked: what to tell whoever gives hands-on care. */
  beforeHandsOnCare?: string;
}

/** A situation that is a warning sign alone: urgent at its tier and place. */
export interface WarningSign extends Situation {
  tier: Tier;
  place: Place;
}

/** A combination that changes urgency. */
export interface TriageRule extends Words {
  kind: 'rule';
  condition: Condition;
  when: string[];
  any?: string[];
  outcome: Outcome;
  place: Place;
}

export interface TriageData {
  /** Every situation in canonical order: by step, then `order`, then id. */
  situations: Situation[];
  /** Situations with a tier, most urgent first: every list of warning signs reads these. */
  signs: WarningSign[];
  /** Rules, most urgent first, then `order`. */
  rules: TriageRule[];
}

interface Entry<T> {
  id: string;
  data: T;
}

export interface TriageEntries {
  signs: readonly Entry<WarningSignData>[];
  aboutYou: readonly Entry<AboutYouData>[];
  patterns: readonly Entry<PainPatternData>[];
  rules: readonly Entry<TriageRuleData>[];
}

const fileOf = (kind: Kind, id: string) => `src/content/${folders[kind]}/${id}.yaml`;

const rank = <T extends string>(list: readonly T[], item: T) => list.indexOf(item);

function isWarningSign(s: Situation): s is WarningSign {
  return s.outcome !== undefined && (tiers as readonly string[]).includes(s.outcome);
}

/** Most urgent tier first, then `order`, then id, so every list reads the same everywhere. */
export function sortSigns<T extends Pick<WarningSign, 'id' | 'tier' | 'order'>>(
  signs: readonly T[],
): T[] {
  return [...signs].sort(
    (a, b) =>
      rank(tiers, a.tier) - rank(tiers, b.tier) || a.order - b.order || a.id.localeCompare(b.id),
  );
}

/**
 * Turns the collections into situations, signs and rules. Throws (failing the build) naming
 * each file and field at fault: an id used in two folders, a rule whose `when` names a situation
 * that does not exist (or "none"), a rule that lists a situation twice.
 */
export function toTriageData(entries: TriageEntries): TriageData {
  const problems: string[] = [];
  const situations: Situation[] = [
    ...entries.signs.map(({ id, data }) => {
      const { tier, place, caudaEquina, ...words } = data;
      return { id, kind: 'sign' as const, step: tier, outcome: tier, place, caudaEquina, ...words };
    }),
    ...entries.aboutYou.map(({ id, data }) => {
      const { tier, place, ...words } = data;
      return {
        id,
        kind: 'about-you' as const,
        step: 'about-you' as const,
        outcome: tier,
        place,
        caudaEquina: false,
        ...words,
      };
    }),
    ...entries.patterns.map(({ id, data }) => {
      const { outcome, place, ...words } = data;
      return {
        id,
        kind: 'pattern' as const,
        step: 'pattern' as const,
        outcome,
        place,
        caudaEquina: false,
        ...words,
      };
    }),
  ].sort(
    (a, b) =>
      rank(stepIds, a.step) - rank(stepIds, b.step) ||
      a.order - b.order ||
      a.id.localeCompare(b.id),
  );

  const seen = new Map<string, Kind>();
  for (const s of situations) {
    const other = seen.get(s.id);
    if (other) {
      problems.push(
        `${fileOf(s.kind, s.id)}: the id "${s.id}" is also ${fileOf(other, s.id)}. Rename one file: the file name is the quiz's checkbox value.`,
      );
    }
    seen.set(s.id, s.kind);
  }
  if (seen.has('none')) {
    problems.push(
      `${fileOf(seen.get('none')!, 'none')}: "none" is the quiz's "None of these" box.`,
    );
  }

  const rules: TriageRule[] = entries.rules.map(({ id, data }) => {
    const lists = { when: data.when, any: data.any ?? [] };
    for (const [field, names] of Object.entries(lists)) {
      for (const name of names) {
        if (!seen.has(name)) {
          problems.push(
            `${fileOf('rule', id)}: ${field} names "${name}", which is not a situation. Use a file name from ${Object.values(folders).slice(0, 3).join(', ')}.`,
          );
        }
      }
    }
    const all = [...lists.when, ...lists.any];
    if (new Set(all).size !== all.length) {
      problems.push(`${fileOf('rule', id)}: when and any list the same situation twice.`);
    }
    return { id, kind: 'rule', ...data };
  });
  for (const entry of entries.aboutYou) {
    const parent = entry.data.askIf;
    if (parent && seen.get(parent) !== 'about-you') {
      problems.push(
        `${fileOf('about-you', entry.id)}: askIf names "${parent}", which is not a file in ${folders['about-you']}.`,
      );
    }
  }

  if (problems.length > 0) throw new Error(`Triage records:\n${problems.join('\n')}`);
  rules.sort(
    (a, b) =>
      rank(outcomes, a.outcome) - rank(outcomes, b.outcome) ||
      a.order - b.order ||
      a.id.localeCompare(b.id),
  );
  const signs = sortSigns(
    situations.filter(isWarningSign).map((s) => ({ ...s, tier: s.outcome as Tier })),
  );
  return { situations, signs, rules };
}

/** What the engine needs of the data, and nothing more (this is what the island receives). */
export function toRecords(data: Pick<TriageData, 'situations' | 'rules'>): TriageRecords {
  return {
    situations: data.situations.map(({ id, outcome, place }) =>
      outcome && place ? { id, outcome, place } : { id },
    ),
    rules: data.rules.map(({ id, when, any, outcome, place }) =>
      any ? { id, when, any, outcome, place } : { id, when, outcome, place },
    ),
  };
}

export function signsOfTier<T extends Pick<WarningSign, 'tier'>>(signs: readonly T[], tier: Tier) {
  return signs.filter((s) => s.tier === tier);
}

export function rulesOfTier<T extends Pick<TriageRule, 'outcome'>>(
  rules: readonly T[],
  tier: Tier,
) {
  return rules.filter((r) => r.outcome === tier);
}

/**
 * Whether a combination is more urgent than every situation in it alone: pregnant (no tier)
 * with a fever (today) sends to labor and delivery now. A combination at its signs' own tier
 * only changes where to go (a fever after a spine procedure: that team, today), so the short
 * lists leave it to the full list and the quiz.
 */
export function raisesUrgency(
  rule: Pick<TriageRule, 'when' | 'any' | 'outcome'>,
  signs: readonly Pick<WarningSign, 'id' | 'tier'>[],
): boolean {
  const rank = (tier: string) => (tiers as readonly string[]).indexOf(tier);
  const alone = [...rule.when, ...(rule.any ?? [])].map((id) => {
    const sign = signs.find((s) => s.id === id);
    return sign ? rank(sign.tier) : tiers.length;
  });
  return rank(rule.outcome) < Math.min(...alone);
}

/** Every source the records cite, once each, in order: a page's reference list. */
export function sourcesOf(records: readonly { source: Reference }[]): Reference[] {
  return [...new Map(records.map((r) => [r.source.url, r.source] as const)).values()];
}

/** The sources of the emergency signs and combinations: what a page that shows them first cites. */
export const emergencySources = (data: Pick<TriageData, 'signs' | 'rules'>): Reference[] =>
  sourcesOf([...data.signs, ...data.rules].filter((r) => r.outcome === 'emergency'));
