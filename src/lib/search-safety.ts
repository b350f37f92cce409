/**
 * Safety first in search: a query that names a warning sign (search-sign-match.ts) brings up
 * that sign's advice above the results, whatever the ranking. The advice is written into the
 * search page at build time, so the page's script never carries it. Pure.
 */
import type { WarningSign } from './warning-signs';
import { tierHref } from './words/en/what-to-do';
import { tierText } from './words/en/how-soon';
import { placeText } from './words/en/where';
import type { Tier } from './triage';

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
