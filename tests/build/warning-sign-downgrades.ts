/**
 * Finds places where a page states a warning sign with less urgency than its tier:
 * - an emergency sign named in a sentence that sends the reader to a doctor or a check-up, or
 *   named with no emergency wording in its sentence, paragraph, list lead-in or heading;
 * - a see-a-doctor-today sign named in a sentence that says "soon", "within days", a routine
 *   visit or self-care first, with no same-day or emergency wording in that sentence.
 *
 * Lists built from src/content/warning-signs/ (marked data-warning-signs by WarningSigns.astro,
 * the decision table and the quiz) are right by construction and skipped; everything else,
 * hand-written words in articles included, is read sentence by sentence.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { splitSentences } from '../support/readability';

/**
 * How each sign that is an emergency when this was written is usually written. Keyed by sign
 * id: the test checks that every emergency and today sign has an entry in signPatterns.
 */
const emergencyWords: Record<string, RegExp> = {
  'peeing-trouble':
    /\b(trouble|difficult\w*|problems?|hard|can(?:no|['’])t|unable to)\b[^.]{0,25}\b(pee|peeing|urinat\w*|wee)\b|\b(pee|peeing) feels different\b/i,
  'bladder-bowel': /\b(bladder|bowels?)\b/i,
  'saddle-numbness':
    /\b(numb\w*|tingl\w*|feeling)\b[^.]{0,60}\b(genitals?|buttocks|bottom|anus|back passage|inner thighs?|between (?:your|the) legs)\b|\bsaddle\b/i,
  'sexual-problems': /\berections?\b|\bsexual (problems?|function)\b|\bproblems with sex\b/i,
  'both-legs':
    /\bboth legs\b[^.]{0,40}\b(weak\w*|numb\w*|pain|tingl\w*)\b|\b(weak\w*|numb\w*|pain|tingl\w*)\b[^.]{0,40}\bboth legs\b|\bunsteady\b/i,
  'chest-pain': /\bchest pain\b|\btrouble breathing\b|\bshort of breath\b/i,
  'belly-pain-faint': /\bfeel(?:ing)? faint\b|\baort\w*/i,
  'serious-accident': /\bserious (accident|crash)\b|\b(after|in) a serious fall\b/i,
  'calf-breathless': /\bswollen,? (painful )?calf\b|\bcalf\b[^.]{0,40}\bbreath/i,
  'tearing-pain': /\btearing (or ripping )?pain\b|\bripping pain\b/i,
  'pregnancy-signs':
    /\bpregnan\w*\b[^.]{0,60}\b(tightening|contractions?|bleeding|leaking fluid)\b/i,
  'pregnancy-headache':
    /\bpregnan\w*\b[^.]{0,60}\b(under your ribs|headache|vision|how you see)\b/i,
  'pregnancy-baby':
    /\bpregnan\w*\b[^.]{0,60}\b(baby moves less|baby moving less|fewer kicks|belly is hard|hard belly)\b/i,
};

/**
 * How each see-a-doctor-today sign is usually written. Keyed by sign id: the test checks that
 * every urgent sign has an entry that matches its own words.
 */
const urgentWords: Record<string, RegExp> = {
  fever: /\bfever\b|\bchills\b/i,
  'kidney-signs':
    /\bburning when you pee\b|\bkidney infection\b|\bside pain\b|\bpain in your side\b/i,
  trauma: /\bafter a fall\b|\ba fall, an accident or a blow\b|\bfall or a blow\b/i,
  'leg-weakness': /\bfoot drop\b|\bnew weakness in one leg\b/i,
  'worsening-weakness': /\bweakness (in a leg or foot )?(that is )?getting worse\b/i,
  'wound-problem': /\b(red|leaking)\b[^.]{0,30}\bwound\b/i,
  'weight-loss': /\bweight loss\b|\blost weight\b|\blosing weight\b/i,
  'night-pain': /\bpain at night\b|\bnight pain\b|\bworse at night\b/i,
  'cough-pain':
    /\bworse when you (cough|sneeze)\b|\b(worse|worsens|jumps)\b[^.]{0,25}\b(cough|sneez)\w*/i,
  unrelenting:
    /\bpain that does not change\b|\bno position (eases|makes it)\b|\bdoes not change when you move or rest\b/i,
  'between-shoulders': /\bbetween (your|the) shoulder blades\b/i,
  'back-shape': /\ba lump\b|\bchange in the shape\b|\bchanged shape\b/i,
  cancer: /\b(had|after|history of) cancer\b/i,
  'weak-immunity': /\bweak immune\b/i,
  'injected-drugs': /\binject(ing)? drugs\b/i,
  'aortic-aneurysm': /\baortic aneurysm\b/i,
};

/**
 * How each see-a-doctor-within-days sign is usually written (cough-pain, once a today sign, is
 * above). Keyed by sign id: the test checks that every doctor-tier warning sign has an entry
 * that matches its own words. Facts about the person with a tier of their own (under 18, a
 * recent spine procedure) are left out: pages name them beside other signs all the time.
 */
const doctorWords: Record<string, RegExp> = {
  neuro:
    /\b(numb\w*|tingl\w*|pins and needles)\b[^.]{0,30}\bone leg\b|\bone leg\b[^.]{0,30}\b(numb\w*|tingl\w*)/i,
  systemic: /\bunwell\b|\bill all over\b/i,
  inflammatory:
    /\binflammatory back pain\b|\bbefore (age )?45\b|\bstiff in the morning\b|\bmorning stiffness\b[^.]{0,40}\bbefore\b/i,
  'getting-worse':
    /\bpain\b[^.;]{0,30}\bgetting worse\b(?!\s+(each|every|when|with|at))|\bworse, not better\b|\beach day hurts more\b/i,
  'walking-leg-pain':
    /\blegs? (ache|aches|feel heavy|go numb)\b[^.]{0,40}\bwalk|\bheavy,? tired legs\b|\blegs that ache\b/i,
};

/**
 * How every warning sign is usually written, whatever its tier today: a sign moved to another
 * tier (a clinical decision in its YAML file) is checked at its new tier with the same pattern,
 * so the change stays a one-file change.
 */
export const signPatterns: Record<string, RegExp> = {
  ...emergencyWords,
  ...urgentWords,
  ...doctorWords,
};

/**
 * How facts about the person that make a doctor-tier sign more urgent in a combination are
 * usually written (a spine procedure and pain getting worse: that team, today). Keyed by fact.
 */
export const factPatterns: Record<string, RegExp> = {
  'spine-procedure':
    /\b(epidural|spinal injection|injection in your back|back surgery|spine procedure|a spinal)\b/i,
};

/** Words that put a see-a-doctor-today sign at the right urgency (or higher). */
const TODAY =
  /\btoday\b|\bsame[- ]day\b|\burgent\b|\bright away\b|\bnow\b|\bimmediately\b|\b911\b|\bemergency\b/i;
/** Words that put it lower: days or weeks away, a routine visit, or self-care first. */
const LATER =
  /\bsoon\b|\bwithin (a few|1 to 3|one to three|two|three|\d+) (days|weeks)\b|\bnext (open|available) (visit|appointment)\b|\broutine (visit|appointment|check)\b|\bself-care first\b|\bchiropractor first\b/i;

/** Words that make it an emergency. */
const EMERGENCY = /\b911\b|\bemergency\b|\bambulance\b|\blabor and delivery\b/i;
/** Words that send the reader somewhere less urgent than 911. */
const LOWER =
  /\b(doctor|GP|clinician|provider|physician|chiropractor|urgent care|medical (check|help|attention|care|advice)|check-?up|appointment)\b/i;

interface Downgrade {
  sign: string;
  text: string;
  /** Why it counts: a lower-urgency sentence, or no emergency wording anywhere near. */
  because:
    | 'lower urgency in the same sentence'
    | 'no emergency wording nearby'
    | 'later than today in the same sentence';
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
export function listLeadIn($: CheerioAPI, el: Element): string {
  if (el.name !== 'li') return '';
  const list = el.parent;
  if (!list || list.type !== 'tag') return '';
  const prev = $(list).prev();
  return prev.length ? prev.text() : '';
}

/**
 * Every block of hand-written text on the page, with its own text (nested blocks are read on
 * their own): lists built from the records (data-warning-signs), citations (.references) and
 * what the reader cannot see are skipped, since only a page's own words can contradict a record.
 */
export function handWrittenBlocks($: CheerioAPI): { el: Element; block: string }[] {
  const found: { el: Element; block: string }[] = [];
  $('body')
    .find(BLOCKS)
    .each((_, el) => {
      if (
        $(el).closest('[data-warning-signs], .references, script, style, template, [hidden]').length
      )
        return;
      const block = ownText($, el);
      if (block) found.push({ el, block });
    });
  return found;
}

/**
 * `tiers` maps sign ids to their tier now (from the data); signs of other tiers are not read.
 */
export function findDowngrades(
  $: CheerioAPI,
  tiers: Readonly<Record<string, string>>,
): Downgrade[] {
  const of = (tier: string) => Object.entries(signPatterns).filter(([id]) => tiers[id] === tier);
  const emergency = of('emergency');
  const urgent = of('urgent');
  const found: Downgrade[] = [];
  for (const { el, block } of handWrittenBlocks($)) {
    for (const sentence of splitSentences(block)) {
      for (const [sign, pattern] of emergency) {
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
      for (const [sign, pattern] of urgent) {
        if (pattern.test(sentence) && LATER.test(sentence) && !TODAY.test(sentence)) {
          found.push({
            sign,
            text: sentence.trim(),
            because: 'later than today in the same sentence',
          });
        }
      }
    }
  }
  return found;
}
