/**
 * Finds places where a page's own words send a see-a-doctor-within-days sign (tier `doctor`)
 * sooner than its record does: the sign named in a sentence that says today, same-day, right
 * away, 911 or the emergency room, or in a list item whose lead-in says so ("See a doctor today
 * if: … pain worse when you cough"). Such words contradict the record; the page should say the
 * sign's urgency with `<WarningSigns signs="…" variant="picked" />` instead.
 *
 * Not counted: a sentence that also states the within-days visit ("numbness in one leg within
 * 1 to 3 days, or today if the leg is weak"), and a sign named with a partner in a combination
 * that is more urgent by record (a spine procedure and pain getting worse: that team, today).
 * Lists built from the records (data-warning-signs) and citations (.references) are skipped.
 */
import type { CheerioAPI } from 'cheerio';
import { splitSentences } from '../support/readability';
import {
  factPatterns,
  handWrittenBlocks,
  listLeadIn,
  signPatterns,
} from './warning-sign-downgrades';

/** Words that make it today or sooner. */
const TODAY_OR_SOONER =
  /\btoday\b|\bsame[- ]day\b|\bright away\b|\bimmediately\b|\b911\b|\bemergency room\b|\bthe ER\b/i;
/** Words that state the doctor tier's own visit, so the sentence already says it. */
const WITHIN_DAYS = /\bwithin (1|one) to (3|three) days\b|\bwithin a few days\b|\broutine visit\b/i;

/** A combination rule as the check needs it: its situations and how urgent it is. */
export interface RuleShape {
  when: readonly string[];
  any?: readonly string[];
  outcome: string;
}

export interface Upgrade {
  sign: string;
  text: string;
  because: 'today or sooner in the same sentence' | 'today or sooner in the list lead-in';
}

/**
 * `tiers` maps sign ids to their tier now and `rules` are the combination rules (both from the
 * data): only doctor-tier signs with a pattern are read, and a rule above `doctor` that
 * contains the sign makes its other situations partners whose words excuse the sentence.
 */
export function findUpgrades(
  $: CheerioAPI,
  tiers: Readonly<Record<string, string>>,
  rules: readonly RuleShape[],
): Upgrade[] {
  const patterns = { ...signPatterns, ...factPatterns };
  const doctor = Object.entries(signPatterns).filter(([id]) => tiers[id] === 'doctor');
  const partners = (sign: string): RegExp[] =>
    rules
      .filter((r) => r.outcome === 'emergency' || r.outcome === 'urgent')
      .map((r) => [...r.when, ...(r.any ?? [])])
      .filter((ids) => ids.includes(sign))
      .flat()
      .filter((id) => id !== sign && patterns[id])
      .map((id) => patterns[id]!);
  const found: Upgrade[] = [];
  for (const { el, block } of handWrittenBlocks($)) {
    const leadIn = listLeadIn($, el);
    for (const sentence of splitSentences(block)) {
      for (const [sign, pattern] of doctor) {
        if (!pattern.test(sentence) || WITHIN_DAYS.test(sentence)) continue;
        const inSentence = TODAY_OR_SOONER.test(sentence);
        if (!inSentence && !TODAY_OR_SOONER.test(leadIn)) continue;
        const context = `${sentence} ${leadIn}`;
        if (partners(sign).some((p) => p.test(context))) continue;
        found.push({
          sign,
          text: sentence.trim(),
          because: inSentence
            ? 'today or sooner in the same sentence'
            : 'today or sooner in the list lead-in',
        });
      }
    }
  }
  return found;
}
