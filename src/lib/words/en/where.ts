/**
 * Where to go: the words for each place (src/lib/triage.ts `places`). The quiz's result, every
 * list of signs, /when-to-see-a-doctor/ and the printable card say a place with these words.
 * Emergency advice: grade 6, short sentences.
 */
import type { PlaceTable } from '../types.ts';
import { say } from '../fill.ts';

export const placeText: PlaceTable = {
  '911': {
    heading: say('Call {number} now'),
    action: say('Call {number} now, or go to the nearest emergency room. Do not drive yourself.'),
  },
  'labor-and-delivery': {
    heading: 'Go to labor and delivery now',
    action: say(
      'Go to labor and delivery at your hospital now, or call {number}. Do not drive yourself.',
    ),
  },
  'emergency-room': {
    heading: 'Go to the emergency room now',
    action: say(
      'Go to the emergency room now, or call {number}. Do not drive yourself. If a cancer team treats you, or a team did a procedure on your spine, call them on the way.',
    ),
  },
  'emergency-room-or-ob': {
    heading: 'Go to the emergency room, or call your pregnancy doctor',
    action: say(
      'Go to the emergency room, or call your pregnancy doctor or midwife right away. If you bleed a lot or feel faint, call {number}. Do not drive yourself.',
    ),
  },
  'emergency-room-today': {
    heading: 'Go to the emergency room today',
    action: say(
      'Go to the emergency room today. Do not wait for a regular visit. If it gets much worse, call {number}.',
    ),
  },
  'cancer-team': {
    heading: 'Call your cancer team today',
    action:
      'Call your cancer team today and say you have new back pain. If you cannot reach them, go to urgent care or the emergency room today.',
  },
  'procedure-team': {
    heading: 'Call the team that did your procedure today',
    action:
      'Call the team that did your back surgery or injection today. If you cannot reach them, go to the emergency room.',
  },
  'emergency-room-or-same-day': {
    heading: 'Get checked today: the emergency room or a same-day visit',
    action:
      'Get checked today: go to the emergency room, or see your doctor today if they can see you now. Do not wait to see if it gets worse.',
  },
  'same-day': {
    heading: 'See a medical doctor today',
    action:
      'See a medical doctor today: go to urgent care, or ask your doctor for a same-day visit.',
  },
  'procedure-team-first': {
    heading: 'Ask the team that did your procedure first',
    action: say(
      'Call the team that did your back surgery or injection within {from} to {to} days. Ask them before anyone, a chiropractor included, treats your back with their hands.',
    ),
  },
  'child-doctor': {
    heading: say("See the child's doctor within {from} to {to} days"),
    action: say(
      "Call the child's doctor (a pediatrician or family doctor) for a visit within {from} to {to} days, before any hands-on care.",
    ),
  },
  'primary-care': {
    heading: say('See a medical doctor within {from} to {to} days'),
    action: say(
      'Call your primary care doctor for a visit within {from} to {to} days, before any hands-on care. If you cannot be seen that soon, go to urgent care.',
    ),
  },
  'primary-care-routine': {
    heading: 'Make a routine visit with your doctor',
    action:
      'Make a routine visit with your primary care doctor. Say your back has hurt for months and is stiff in the morning. They may test you and send you to a joint specialist.',
  },
  'self-care': {
    heading: 'Start with self-care; hands-on care is an option',
    action: 'Start with self-care at home. Most spasms ease within days to a few weeks.',
  },
};
