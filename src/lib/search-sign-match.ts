/**
 * Which warning signs a search query names: the sign's own words (its checkbox words and short
 * form) or the words people use for it (src/content/search-terms/), as stems.
 *
 * A sign is named when the query holds every meaningful word (stem) of one of its phrases, in
 * any order: "my groin feels numb" names the phrase "numb groin". The build turns each sign's
 * phrases into stems once (`signPhrases`), and the page only stems the query (`namedSigns`).
 * Kept apart from the advice (search-safety.ts) so the search page's script carries only this.
 * Pure.
 */
import type { WarningSign } from './warning-signs';
import type { Analyzer } from './search-analyzer';
import { ruleMatch, tiers, type Tier } from './triage';

/** A sign's phrases as stems, as the search page gets them. */
export interface SignPhrases {
  id: string;
  /** Each phrase's stems; the sign is named when all stems of any one phrase are in the query. */
  phrases: string[][];
}

/** The sign's own words (its checkbox words and short form) and its terms, as stems. */
export function signPhrases(
  sign: Pick<WarningSign, 'id' | 'words' | 'short'>,
  terms: readonly string[],
  { stems }: Analyzer,
): SignPhrases {
  const seen = new Set<string>();
  const phrases: string[][] = [];
  for (const text of [sign.short, sign.words, ...terms]) {
    const phrase = stems(text).sort();
    const key = phrase.join(' ');
    // A phrase of filler words only would name the sign for every query.
    if (phrase.length === 0 || seen.has(key)) continue;
    seen.add(key);
    phrases.push(phrase);
  }
  return { id: sign.id, phrases };
}

/** A combination (src/content/triage-rules/): the situations a query must name. */
export interface RuleSituations {
  id: string;
  when: string[];
  any?: string[];
  tier: Tier;
}

/**
 * The safety boxes a query brings up, each list in the order given (most urgent first):
 * - `rules`: the combinations whose every situation the query names (by `namedSigns` over every
 *   situation's phrases, with or without a tier of its own): "pregnant with a fever" names the
 *   rule that sends to labor and delivery. And every combination that a named risk fact is part
 *   of (`risks`: a fact about the person with no urgency of its own, such as thin bones or
 *   injected drugs), unless a combination already named includes it: search cannot ask the
 *   quiz's other questions, so "osteoporosis back pain" shows what thin bones and a small strain
 *   call for, erring toward care;
 * - `signs`: the named signs (those in `signTiers`), but not one that a combination named in
 *   full, at least as urgent, already covers (a fever's "today" under "labor and delivery now").
 */
export function namedSafety(
  query: string,
  phrases: readonly SignPhrases[],
  rules: readonly RuleSituations[],
  signTiers: Readonly<Record<string, Tier>>,
  risks: readonly string[],
  analyzer: Analyzer,
): { rules: string[]; signs: string[] } {
  const named = namedSigns(query, phrases, analyzer);
  const isNamed = new Set(named);
  const met = new Map(rules.map((rule) => [rule.id, ruleMatch(rule, isNamed)]));
  const full = rules.filter((rule) => met.get(rule.id) !== undefined);
  const inFull = new Set(full.flatMap((rule) => met.get(rule.id)!));
  const alone = risks.filter((id) => isNamed.has(id) && !inFull.has(id));
  const partOf = (rule: RuleSituations, id: string) =>
    rule.when.includes(id) || (rule.any ?? []).includes(id);
  const shown = rules.filter(
    (rule) => met.get(rule.id) !== undefined || alone.some((id) => partOf(rule, id)),
  );
  // Lower is more urgent: `tiers` lists the most urgent first.
  const rank = (tier: Tier) => tiers.indexOf(tier);
  const covered = (id: string, tier: Tier) =>
    full.some((rule) => met.get(rule.id)!.includes(id) && rank(rule.tier) <= rank(tier));
  return {
    rules: shown.map((rule) => rule.id),
    signs: named.filter((id) => id in signTiers && !covered(id, signTiers[id]!)),
  };
}

/** Ids of the signs the query names, in the order given (most urgent first). */
export function namedSigns(
  query: string,
  signs: readonly SignPhrases[],
  { stems }: Analyzer,
): string[] {
  const asked = new Set(stems(query));
  if (asked.size === 0) return [];
  return signs
    .filter((sign) => sign.phrases.some((phrase) => phrase.every((stem) => asked.has(stem))))
    .map((sign) => sign.id);
}
