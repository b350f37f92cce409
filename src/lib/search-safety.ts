/**
 * Safety first in search: a query that names a warning sign (search-sign-match.ts) brings up
 * that sign's advice above the results, whatever the ranking. The advice is written into the
 * search data at build time (search-data.ts), so the page's script never carries it. Pure.
 */
import type { WarningSign } from './warning-signs';
import { rulesOfTier, signsOfTier, type TriageData } from './warning-signs';
import { wordsFor } from './words';
import type { Lang } from './i18n';
import type { SafetyBox, SafetyData } from './search-data';
import { signPhrases } from './search-sign-match';
import type { Analyzer } from './search-analyzer';
import { tiers, type Tier } from './triage';

interface SignAdvice {
  tier: Tier;
  /** Lead-in before the signs: who to go to and how soon, if the sign is present. */
  lead: string;
  /** What to do, in one sentence: how soon and where. */
  action: string;
  /** The tier's list on /when-to-see-a-doctor/. */
  href: string;
  linkLabel: string;
}

/**
 * The advice a sign's safety box gives: how soon from its tier, where from its own `place`
 * (pregnancy signs send to labor and delivery, not to the 911 line every emergency shares).
 */
export function signAdvice(
  sign: Pick<WarningSign, 'tier' | 'place'>,
  lang: Lang = 'en',
): SignAdvice {
  const { tierText, placeText, tierHref } = wordsFor(lang);
  const text = tierText[sign.tier];
  return {
    tier: sign.tier,
    lead: text.lead,
    action: placeText[sign.place].action,
    href: tierHref(sign.tier),
    linkLabel: text.linkLabel,
  };
}

/**
 * The safety part of the file, from the quiz's records and the signs' search words, in the
 * language of the records (the Spanish records carry Spanish words) and of `analyzer`.
 */
export function safetyData(
  { situations, signs, rules }: TriageData,
  termsBySign: ReadonlyMap<string, readonly string[]>,
  analyzer: Analyzer,
): SafetyData {
  const isSign = new Set(signs.map((sign) => sign.id));
  const phrases = [...signs, ...situations.filter((s) => !isSign.has(s.id))].map((situation) =>
    signPhrases(situation, termsBySign.get(situation.id) ?? [], analyzer),
  );
  const lang = analyzer.lang;
  const boxes = tiers.flatMap((tier): SafetyBox[] => [
    ...rulesOfTier(rules, tier).map((rule) =>
      box('rule', rule.id, rule.words, { tier, place: rule.place }, lang),
    ),
    ...signsOfTier(signs, tier).map((sign) => box('sign', sign.id, sign.words, sign, lang)),
  ]);
  const ruleSituations = tiers.flatMap((tier) =>
    rulesOfTier(rules, tier).map((rule) => ({ id: rule.id, when: rule.when, any: rule.any, tier })),
  );
  // A fact such as thin bones matters only with another situation, which a search cannot ask
  // about; the clinic gave it search words so that a search naming it still shows advice.
  const inRule = new Set(rules.flatMap((rule) => [...rule.when, ...(rule.any ?? [])]));
  const risks = situations
    .filter((s) => !isSign.has(s.id) && termsBySign.has(s.id) && inRule.has(s.id))
    .map((s) => s.id);
  return { boxes, phrases, rules: ruleSituations, risks };
}

function box(
  kind: SafetyBox['kind'],
  id: string,
  words: string,
  sign: Parameters<typeof signAdvice>[0],
  lang: Lang,
): SafetyBox {
  const { tier, action, href, linkLabel } = signAdvice(sign, lang);
  return { kind, id, tier, words, action, href, linkLabel };
}
