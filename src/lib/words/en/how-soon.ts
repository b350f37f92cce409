/**
 * How soon, for each tier of warning signs: the headings, lead-ins, link labels and actions of
 * every list of signs, the card and /when-to-see-a-doctor/. Emergency advice: grade 6.
 */
import { tierPlace } from '../../triage.ts';
import type { TierTable } from '../types.ts';
import { say } from '../fill.ts';
import { placeText } from './where.ts';

export const tierText: TierTable = {
  emergency: {
    heading: say('Call {number} now if you have back pain with any of these'),
    when: 'now',
    action: [
      say('Call {number}, or go to the nearest emergency room now.'),
      'Do not wait to see if it gets worse.',
      'Do not drive yourself.',
    ],
    lead: say('Call {number} now if back pain comes with any of these'),
    linkLabel: say('Emergency signs: when to call {number}'),
    moreLabel: 'More about these emergency signs',
    place: tierPlace.emergency,
  },
  urgent: {
    heading: 'See a medical doctor today if you have back pain with any of these',
    when: 'today',
    action: [
      placeText[tierPlace.urgent].action,
      'Do not wait for a routine visit.',
      say('If an emergency sign starts, call {number}.'),
    ],
    lead: 'See a medical doctor today if back pain comes with any of these',
    linkLabel: 'Signs to see a doctor today',
    moreLabel: 'More about these signs',
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
      'If it gets worse, or a more urgent sign starts, go sooner.',
    ],
    lead: say(
      'See a medical doctor within {from} to {to} days if back pain comes with any of these',
    ),
    linkLabel: say('Signs to see a doctor within {from} to {to} days'),
    moreLabel: 'More about these signs',
    place: tierPlace.doctor,
  },
};
