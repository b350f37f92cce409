/**
 * Claims the site must never make as fact, one named rule each, matched sentence by sentence.
 *
 * - FTC rules ask for reliable evidence behind health claims and Virginia's board forbids
 *   misleading advertising (references.md): no cure, guarantee or miracle wording.
 * - Issue 11: no misalignment, no nerve pressure from a joint, no muscles "running low on
 *   fluid", no innate healing, and no posture or weak core as a cause. None has good evidence
 *   (Mirtz 2009 on subluxation; O'Sullivan 2020 on posture and core).
 *
 * A sentence that denies the claim ("Manipulation is not a cure.", "There is no reliable
 * evidence that joints press on nerves.") is allowed: saying so plainly is honest health writing.
 */
import { splitSentences } from '../support/readability';

interface ClaimRule {
  id: string;
  /** What the rule forbids, for failure messages. */
  forbids: string;
  pattern: RegExp;
}

/** A sentence that mentions all of `parts` (in any order), as one case-insensitive pattern. */
const allOf = (...parts: string[]) => new RegExp(parts.map((p) => `(?=.*(?:${p}))`).join(''), 'i');

const CAUSE_VERB = String.raw`\b(?:caus(?:e|es|ed|ing)|leads? to|led to|results? in|sets? off|setting off|triggers?|brings? on|is to blame|are to blame|is the reason|are the reason|rais(?:e|es|ing) (?:the|your) (?:risk|chance))\b`;

export const CLAIM_RULES: readonly ClaimRule[] = [
  { id: 'cure', forbids: 'promising a cure', pattern: /\bcur(?:e|es|ed|ing|ative)\b/i },
  { id: 'guarantee', forbids: 'a guarantee', pattern: /\bguarantee(?:s|d)?\b/i },
  { id: 'miracle', forbids: 'miracle wording', pattern: /\bmirac(?:le|les|ulous)\b/i },
  {
    id: 'permanent-fix',
    forbids: 'a permanent result',
    pattern: /\bpermanent(?:ly)?\s+(?:fix|fixes|fixed|relief|solution|results?|cure)\b/i,
  },
  { id: 'hundred-percent', forbids: 'a 100% result', pattern: /\b100\s?(?:%|percent\b)/i },
  {
    id: 'forever',
    forbids: 'relief for good',
    pattern: /\b(?:gone|fixed|healed|pain-free|relief)\s+(?:for good|forever)\b/i,
  },
  {
    id: 'instant-relief',
    forbids: 'instant relief',
    pattern: /\binstant(?:ly)?\s+relie(?:f|ve)\b/i,
  },
  { id: 'clinically-proven', forbids: '"clinically proven"', pattern: /\bclinically proven\b/i },
  {
    id: 'unnecessary-care',
    forbids: 'medical care called unnecessary',
    pattern:
      /\bcompletely unnecessary\b|\b(?:drugs|medication|medicines|injections|surgery)\s+(?:is|are|becomes?)?\s*unnecessary\b/i,
  },
  {
    id: 'innate-healing',
    forbids: 'innate intelligence or the body healing itself (vitalism)',
    pattern:
      /\binnate\b|\bvitalis(?:m|tic)\b|\bheals? itself\b|\bself-heal\w*|\b(?:natural|own|inborn)\s+(?:ability|power|capacity|wisdom)\s+to\s+heal\b/i,
  },
  {
    id: 'misalignment',
    forbids: 'spinal bones out of line (misalignment) stated as fact',
    pattern:
      /\bmis-?align\w*|\bout of (?:its |their |your )?(?:usual |normal |proper )?(?:line|alignment|place)\b|\bshifted out of\b|\bslipped (?:out of|vertebra)/i,
  },
  {
    id: 'joint-nerve-pressure',
    forbids: 'a spinal joint pressing on a nerve stated as fact',
    pattern: allOf(
      String.raw`\b(?:joints?|subluxations?|vertebra[el]?|spinal bones?|misalign\w*)\b`,
      String.raw`\b(?:press\w*|pinch\w*|crowd\w*|irritat\w*|squeez\w*|compress\w*|impinge\w*|pressure)\b`,
      String.raw`\bnerves?\b`,
    ),
  },
  {
    id: 'pinched-nerve',
    forbids: 'a "pinched nerve" offered as a name for a spasm or joint problem',
    pattern: /\bpinched nerves?\b/i,
  },
  {
    id: 'muscle-fluid',
    forbids: 'muscles "running low on energy and fluid"',
    pattern:
      /\blow on energy and fluid\b|\b(?:muscles?|it|they)\b[^.]*\b(?:run|runs|running|ran)\s+(?:low|out)\s+(?:on|of)\s+(?:energy|fluid|fuel)\b|\buses? up its (?:supply|energy|fluid)\b/i,
  },
  {
    id: 'posture-core-cause',
    forbids: 'posture or a weak core named as the cause of back pain or spasms',
    pattern: allOf(
      String.raw`\b(?:posture|postural|slouch\w*|core|abdominal muscles|stomach muscles|anterior pelvic tilt|tips forward|forward-tipped)\b`,
      CAUSE_VERB,
      String.raw`\b(?:pain|spasms?|strain)\b`,
    ),
  },
];

/** A sentence with one of these words denies rather than makes the claim. */
const NEGATION = /\b(?:no|not|never|cannot|nor|neither|without evidence)\b|n['\u2019]t\b/i;

interface ClaimHit {
  sentence: string;
  rule: string;
}

/** Sentences of `text` that make a forbidden claim without denying it. */
export function findClaims(text: string, rules: readonly ClaimRule[] = CLAIM_RULES): ClaimHit[] {
  const hits: ClaimHit[] = [];
  for (const sentence of splitSentences(text)) {
    if (NEGATION.test(sentence)) continue;
    const rule = rules.find((r) => r.pattern.test(sentence));
    if (rule) hits.push({ sentence, rule: rule.id });
  }
  return hits;
}

export const describeHits = (where: string, hits: readonly ClaimHit[]) =>
  hits
    .map((h) => {
      const rule = CLAIM_RULES.find((r) => r.id === h.rule);
      return `${where}: "${h.sentence}" (rule ${h.rule}: no ${rule?.forbids ?? h.rule})`;
    })
    .join('\n');
