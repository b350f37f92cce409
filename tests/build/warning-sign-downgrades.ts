/**
 * Finds places where a page states an emergency warning sign with less urgency than "call 911":
 * the sign named in a sentence that sends the reader to a doctor or a check-up, or named with
 * no emergency wording in its sentence, paragraph, list lead-in or heading.
 *
 * Lists built from src/content/warning-signs/ (marked data-warning-signs by WarningSigns.astro,
 * the decision table and the quiz) are right by construction and skipped; everything else,
 * hand-written words in articles included, is read sentence by sentence.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { splitSentences } from '../support/readability';

/**
 * How each emergency sign is usually written. Keyed by sign id: the test checks that every
 * emergency-tier file has an entry, so a new emergency sign cannot slip past this check.
 */
export const emergencyPatterns: Record<string, RegExp> = {
  'peeing-trouble':
    /\b(trouble|difficult\w*|problems?|hard|can(?:no|['’])t|unable to)\b[^.]{0,25}\b(pee|peeing|urinat\w*|wee)\b|\b(pee|peeing) feels different\b/i,
  'bladder-bowel': /\b(bladder|bowels?)\b/i,
  'saddle-numbness':
    /\b(numb\w*|tingl\w*|feeling)\b[^.]{0,60}\b(genitals?|buttocks|back passage|inner thighs?|between (?:your|the) legs)\b|\bsaddle\b/i,
  'sexual-problems': /\berections?\b|\bsexual (problems?|function)\b|\bproblems with sex\b/i,
  'both-legs':
    /\bboth legs\b[^.]{0,40}\b(weak\w*|numb\w*)\b|\b(weak\w*|numb\w*)\b[^.]{0,40}\bboth legs\b|\bunsteady\b/i,
  'chest-pain': /\bchest pain\b|\btrouble breathing\b|\bshort of breath\b/i,
  'belly-pain-faint': /\bfeel(?:ing)? faint\b|\baort\w*/i,
  'serious-accident': /\bserious (accident|crash)\b|\b(after|in) a serious fall\b/i,
};

/** Words that make it an emergency. */
const EMERGENCY = /\b911\b|\bemergency\b|\bambulance\b/i;
/** Words that send the reader somewhere less urgent than 911. */
const LOWER =
  /\b(doctor|GP|clinician|provider|physician|chiropractor|urgent care|medical (check|help|attention|care|advice)|check-?up|appointment)\b/i;

export interface Downgrade {
  sign: string;
  text: string;
  /** Why it counts: a lower-urgency sentence, or no emergency wording anywhere near. */
  because: 'lower urgency in the same sentence' | 'no emergency wording nearby';
}

const BLOCKS =
  'p, li, td, th, dt, dd, h1, h2, h3, h4, h5, h6, figcaption, blockquote, summary, label, caption';
const HEADING = /^h[1-6]$/;

/** Own text of a block, without nested blocks (each nested block is read on its own). */
function ownText($: CheerioAPI, el: Element): string {
  const copy = $(el).clone();
  copy.find(BLOCKS).remove();
  return copy.text().replace(/\s+/g, ' ').trim();
}

/** The nearest heading before `el` in document order, walking up through its ancestors. */
function nearestHeading($: CheerioAPI, el: Element): string {
  for (let node: AnyNode | null = el; node && node.type !== 'root'; node = node.parent) {
    for (let prev = node.prev; prev; prev = prev.prev) {
      if (prev.type !== 'tag') continue;
      if (HEADING.test(prev.name)) return $(prev).text();
      const inner = $(prev).find('h1, h2, h3, h4, h5, h6').last();
      if (inner.length) return inner.text();
    }
  }
  return '';
}

/** The sentence before a list: "Call 911 if you have:" leads the items that follow it. */
function listLeadIn($: CheerioAPI, el: Element): string {
  if (el.name !== 'li') return '';
  const list = el.parent;
  if (!list || list.type !== 'tag') return '';
  const prev = $(list).prev();
  return prev.length ? prev.text() : '';
}

export function findDowngrades($: CheerioAPI): Downgrade[] {
  const found: Downgrade[] = [];
  $('body')
    .find(BLOCKS)
    .each((_, el) => {
      if ($(el).closest('[data-warning-signs], script, style, template, [hidden]').length) return;
      const block = ownText($, el);
      if (!block) return;
      for (const sentence of splitSentences(block)) {
        for (const [sign, pattern] of Object.entries(emergencyPatterns)) {
          if (!pattern.test(sentence) || EMERGENCY.test(sentence)) continue;
          if (LOWER.test(sentence)) {
            found.push({
              sign,
              text: sentence.trim(),
              because: 'lower urgency in the same sentence',
            });
            continue;
          }
          const context = [block, listLeadIn($, el), nearestHeading($, el)].join(' ');
          if (!EMERGENCY.test(context)) {
            found.push({ sign, text: sentence.trim(), because: 'no emergency wording nearby' });
          }
        }
      }
    });
  return found;
}
