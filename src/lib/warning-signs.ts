/**
 * Warning signs: the tiers' action lines and the checks that keep the sign files
 * (src/content/warning-signs/*.yaml) and the triage engine (src/lib/triage.ts) in step.
 * Pure: pages pass in what getCollection('warning-signs') returned.
 *
 * Words here are emergency advice: grade 6, short sentences. "A doctor" on this site means a
 * medical clinician (MD or DO, physician assistant, nurse practitioner, urgent care or the
 * emergency department), never the chiropractor.
 */
import type { Reference, WarningSignData } from './content-schemas';
import { isSituationId, situationOutcomes, warningSignIds, type Tier } from './triage';
import { EMERGENCY_NUMBER } from './site';

export const tiers = ['emergency', 'urgent', 'doctor'] as const satisfies readonly Tier[];

/** A sign as pages and the quiz use it: the file name as id plus the file's fields. */
export interface WarningSign {
  id: string;
  tier: Tier;
  order: number;
  words: string;
  short: string;
  example: string;
  why: string;
  source: Reference;
}

export interface TierText {
  /** Heading over the tier's list. */
  heading: string;
  /** What to do, in order; the first line is the action in one sentence. */
  action: readonly string[];
  /** Lead-in for short lists, before the signs ("Call 911 now if back pain comes with ..."). */
  lead: string;
  /** Text of a link to the tier's list on /when-to-see-a-doctor/. */
  linkLabel: string;
  /** The same link after a short list (differs from the header bar's words). */
  moreLabel: string;
}

export const whoIsADoctor =
  'By "a doctor" we mean a medical doctor (MD or DO), a physician assistant or a nurse practitioner, at their office, an urgent care center or the emergency department. A chiropractor is not a medical doctor.';

export const tierText: Record<Tier, TierText> = {
  emergency: {
    heading: `Call ${EMERGENCY_NUMBER} now if you have back pain with any of these`,
    action: [
      `Call ${EMERGENCY_NUMBER}, or go to the nearest emergency department now.`,
      'Do not wait to see if it gets worse.',
      'Do not drive yourself.',
    ],
    lead: `Call ${EMERGENCY_NUMBER} now if back pain comes with any of these`,
    linkLabel: `Emergency signs: when to call ${EMERGENCY_NUMBER}`,
    moreLabel: 'More about these emergency signs',
  },
  urgent: {
    heading: 'See a medical doctor today if you have back pain with any of these',
    action: [
      'See a medical doctor today: go to urgent care, or ask your doctor for a same-day visit.',
      'Do not wait for a routine visit.',
      `If an emergency sign starts, call ${EMERGENCY_NUMBER}.`,
    ],
    lead: 'See a medical doctor today if back pain comes with any of these',
    linkLabel: 'Signs to see a doctor today',
    moreLabel: 'More about these signs',
  },
  doctor: {
    heading: 'See a doctor soon if you have back pain with any of these',
    action: [
      'See a medical doctor soon, before any chiropractic care. Call your doctor for the next open visit.',
      'If it gets worse, or a more urgent sign starts, go sooner.',
    ],
    lead: 'See a medical doctor soon if back pain comes with any of these',
    linkLabel: 'Signs to see a doctor soon',
    moreLabel: 'More about these signs',
  },
};

/** The anchor of a tier's list on /when-to-see-a-doctor/. */
export const tierHref = (tier: Tier) => `/when-to-see-a-doctor/#${tier}`;

/** Most urgent tier first, then `order`, then id, so every list reads the same everywhere. */
export function sortSigns<T extends Pick<WarningSign, 'id' | 'tier' | 'order'>>(
  signs: readonly T[],
): T[] {
  return [...signs].sort(
    (a, b) =>
      tiers.indexOf(a.tier) - tiers.indexOf(b.tier) ||
      a.order - b.order ||
      a.id.localeCompare(b.id),
  );
}

const file = (id: string) => `src/content/warning-signs/${id}.yaml`;

/**
 * Turns collection entries into signs and checks them against the engine, so a page can never
 * show a sign at one urgency while the quiz gives another. Throws (failing the build) naming the
 * file and the field: an unknown id, a tier that disagrees with the engine, or an engine sign
 * with no file.
 */
export function toWarningSigns(
  entries: readonly { id: string; data: WarningSignData }[],
): WarningSign[] {
  const problems: string[] = [];
  const signs = entries.map(({ id, data }) => {
    if (!isSituationId(id)) {
      problems.push(
        `${file(id)}: id "${id}" is not a situation the quiz knows. Add it to situationOutcomes in src/lib/triage.ts, or rename the file.`,
      );
    } else if (situationOutcomes[id] !== data.tier) {
      problems.push(
        `${file(id)}: tier is "${data.tier}", but the quiz sends "${id}" to "${situationOutcomes[id]}" (src/lib/triage.ts). Change one so they agree.`,
      );
    }
    return { id, ...data };
  });
  const have = new Set(signs.map((s) => s.id));
  for (const id of warningSignIds) {
    if (!have.has(id))
      problems.push(`${file(id)}: missing. The quiz has a "${id}" box with no words.`);
  }
  if (problems.length > 0) throw new Error(`Warning signs:\n${problems.join('\n')}`);
  return sortSigns(signs);
}

export function signsOfTier<T extends Pick<WarningSign, 'tier'>>(signs: readonly T[], tier: Tier) {
  return signs.filter((s) => s.tier === tier);
}
