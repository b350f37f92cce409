/**
 * Safety first in search: a query that names a warning sign, in the sign's own words or in the
 * words people use for it (src/content/search-terms/), brings up that sign's advice above the
 * results, whatever the ranking.
 *
 * A sign is named when the query holds every meaningful word (stem) of one of its phrases, in
 * any order: "my groin feels numb" names the phrase "numb groin". The build turns each sign's
 * phrases into stems once (`signPhrases`), and the page only stems the query (`namedSigns`).
 * Pure: the search page and the tests pass the data in.
 */
import type { WarningSign } from './warning-signs';
import { tierHref, tierText } from './warning-signs';
import { placeText } from './triage-places';
import { stems } from './search-words';
import type { Tier } from './triage';

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

/** Ids of the signs the query names, in the order given (most urgent first). */
export function namedSigns(query: string, signs: readonly SignPhrases[]): string[] {
  const asked = new Set(stems(query));
  if (asked.size === 0) return [];
  return signs
    .filter((sign) => sign.phrases.some((phrase) => phrase.every((stem) => asked.has(stem))))
    .map((sign) => sign.id);
}

export interface SignAdvice {
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
export function signAdvice(sign: Pick<WarningSign, 'tier' | 'place'>): SignAdvice {
  const text = tierText[sign.tier];
  return {
    tier: sign.tier,
    lead: text.lead,
    action: placeText[sign.place].action,
    href: tierHref(sign.tier),
    linkLabel: text.linkLabel,
  };
}
