/**
 * How soon, for each tier of warning signs: the headings, lead-ins, link labels and actions of
 * every list of signs, the card and /when-to-see-a-doctor/. Emergency advice: grade 6.
 */
import { tierPlace, type Place, type Tier } from '../triage.ts';
import { say } from './fill.ts';
import { placeText } from './where.ts';

interface TierText {
  /** Heading over the tier's list. */
  heading: string;
  /** How soon, in a few words ("now", "today", "within 1 to 3 days"). */
  when: string;
  /** What to do, in order; the first line is the action in one sentence. */
  action: readonly string[];
  /** Lead-in for short lists, before the signs ("Call 911 now if back pain comes with ..."). */
  lead: string;
  /** Text of a link to the tier's list on /when-to-see-a-doctor/. */
  linkLabel: string;
  /** The same link after a short list (differs from the header bar's words). */
  moreLabel: string;
  /** The place most of the tier's signs send to; others say their own place. */
  place: Place;
}

export const tierText: Record<Tier, TierText> = {
  emergency: {
    heading: say('Call {number} now if you have back pain with any of these'),
    when: say('now'),
    action: [
      say('Call {number}, or go to the nearest emergency room now.'),
      say('Do not wait to see if it gets worse.'),
      say('Do not drive yourself.'),
    ],
    lead: say('Call {number} now if back pain comes with any of these'),
    linkLabel: say('Emergency signs: when to call {number}'),
    moreLabel: say('More about these emergency signs'),
    place: tierPlace.emergency,
  },
  urgent: {
    heading: say('See a medical doctor today if you have back pain with any of these'),
    when: say('today'),
    action: [
      placeText[tierPlace.urgent].action,
      say('Do not wait for a routine visit.'),
      say('If an emergency sign starts, call {number}.'),
    ],
    lead: say('See a medical doctor today if back pain comes with any of these'),
    linkLabel: say('Signs to see a doctor today'),
    moreLabel: say('More about these signs'),
    place: tierPlace.urgent,
  },
  doctor: {
    heading: say(
      'See a medical doctor within {from} to {to} days if you have back pain with any of these',
    ),
    when: say('within {from} to {to} days'),
    action: [
      say(
        'See a medical doctor within {from} to {to} days, at primary care, before any chiropractic care.',
      ),
      say('If it gets worse, or a more urgent sign starts, go sooner.'),
    ],
    lead: say(
      'See a medical doctor within {from} to {to} days if back pain comes with any of these',
    ),
    linkLabel: say('Signs to see a doctor within {from} to {to} days'),
    moreLabel: say('More about these signs'),
    place: tierPlace.doctor,
  },
};
