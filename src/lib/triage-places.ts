/**
 * Where to go: the words for each place (src/lib/triage.ts `places`), in one home. The quiz's
 * result, every list of signs, /when-to-see-a-doctor/ and the printable card say a place with
 * these words. Emergency advice: grade 6, short sentences. "A doctor" means a medical clinician
 * (MD or DO, physician assistant, nurse practitioner), never the chiropractor.
 */
import type { Place } from './triage';
import { EMERGENCY_NUMBER } from './emergency.ts';

export interface PlaceText {
  /** The place in a few words, for lists and tables ("labor and delivery"). */
  name: string;
  /** The result's heading when this place is where to go ("Go to labor and delivery now"). */
  heading: string;
  /** What to do, in one or two short sentences. */
  action: string;
}

export const placeText: Record<Place, PlaceText> = {
  '911': {
    name: `${EMERGENCY_NUMBER} or the emergency room`,
    heading: `Call ${EMERGENCY_NUMBER} now`,
    action: `Call ${EMERGENCY_NUMBER} now, or go to the nearest emergency room. Do not drive yourself.`,
  },
  'labor-and-delivery': {
    name: `labor and delivery (or ${EMERGENCY_NUMBER})`,
    heading: 'Go to labor and delivery now',
    action: `Go to labor and delivery at your hospital now, or call ${EMERGENCY_NUMBER}. Do not drive yourself.`,
  },
  'emergency-room': {
    name: 'the emergency room, now',
    heading: 'Go to the emergency room now',
    action: `Go to the emergency room now, or call ${EMERGENCY_NUMBER}. Do not drive yourself. If a cancer team treats you, or a team did a procedure on your spine, call them on the way.`,
  },
  'emergency-room-or-ob': {
    name: 'the emergency room, or your pregnancy doctor',
    heading: 'Go to the emergency room, or call your pregnancy doctor',
    action: `Go to the emergency room, or call your pregnancy doctor or midwife right away. If you bleed a lot or feel faint, call ${EMERGENCY_NUMBER}. Do not drive yourself.`,
  },
  'emergency-room-today': {
    name: 'the emergency room, today',
    heading: 'Go to the emergency room today',
    action: `Go to the emergency room today. Do not wait for a regular visit. If it gets much worse, call ${EMERGENCY_NUMBER}.`,
  },
  'cancer-team': {
    name: 'your cancer team, today',
    heading: 'Call your cancer team today',
    action:
      'Call your cancer team today and say you have new back pain. If you cannot reach them, go to urgent care or the emergency room today.',
  },
  'procedure-team': {
    name: 'the team that did your procedure, today',
    heading: 'Call the team that did your procedure today',
    action:
      'Call the team that did your back surgery or injection today. If you cannot reach them, go to the emergency room.',
  },
  'emergency-room-or-same-day': {
    name: 'the emergency room or a same-day doctor visit',
    heading: 'Get checked today: the emergency room or a same-day visit',
    action:
      'Get checked today: go to the emergency room, or see your doctor today if they can see you now. Do not wait to see if it gets worse.',
  },
  'same-day': {
    name: 'urgent care or a same-day doctor visit',
    heading: 'See a medical doctor today',
    action:
      'See a medical doctor today: go to urgent care, or ask your doctor for a same-day visit.',
  },
  'procedure-team-first': {
    name: 'the team that did your procedure, before any hands-on care',
    heading: 'Ask the team that did your procedure first',
    action:
      'Call the team that did your back surgery or injection within 1 to 3 days. Ask them before anyone, a chiropractor included, treats your back with their hands.',
  },
  'child-doctor': {
    name: "the child's doctor (primary care)",
    heading: "See the child's doctor within 1 to 3 days",
    action:
      "Call the child's doctor (a pediatrician or family doctor) for a visit within 1 to 3 days, before any hands-on care.",
  },
  'primary-care': {
    name: 'primary care, within 1 to 3 days',
    heading: 'See a medical doctor within 1 to 3 days',
    action:
      'Call your primary care doctor for a visit within 1 to 3 days, before any hands-on care. If you cannot be seen that soon, go to urgent care.',
  },
  'primary-care-routine': {
    name: 'primary care, a routine visit',
    heading: 'Make a routine visit with your doctor',
    action:
      'Make a routine visit with your primary care doctor. Say your back has hurt for months and is stiff in the morning. They may test you and send you to a joint specialist.',
  },
  'self-care': {
    name: 'self-care first',
    heading: 'Start with self-care; hands-on care is an option',
    action: 'Start with self-care at home. Most spasms ease within days to a few weeks.',
  },
};
