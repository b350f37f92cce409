/**
 * Where to go: the words for each place (src/lib/triage.ts `places`). The quiz's result, every
 * list of signs, /when-to-see-a-doctor/ and the printable card say a place with these words.
 * Emergency advice: grade 6, short sentences.
 */
import type { PlaceTable } from '../types.ts';
import { say } from '../fill.ts';

export const placeText: PlaceTable = {
  '911': {
    name: say('{number} or the emergency room'),
    heading: say('Call {number} now'),
    action: say('Call {number} now, or go to the nearest emergency room. Do not drive yourself.'),
  },
  'labor-and-delivery': {
    name: say('labor and delivery (or {number})'),
    heading: say('Go to labor and delivery now'),
    action: say(
      'Go to labor and delivery at your hospital now, or call {number}. Do not drive yourself.',
    ),
  },
  'emergency-room': {
    name: say('the emergency room, now'),
    heading: say('Go to the emergency room now'),
    action: say(
      'Go to the emergency room now, or call {number}. Do not drive yourself. If a cancer team treats you, or a team did a procedure on your spine, call them on the way.',
    ),
  },
  'emergency-room-or-ob': {
    name: say('the emergency room, or your pregnancy doctor'),
    heading: say('Go to the emergency room, or call your pregnancy doctor'),
    action: say(
      'Go to the emergency room, or call your pregnancy doctor or midwife right away. If you bleed a lot or feel faint, call {number}. Do not drive yourself.',
    ),
  },
  'emergency-room-today': {
    name: say('the emergency room, today'),
    heading: say('Go to the emergency room today'),
    action: say(
      'Go to the emergency room today. Do not wait for a regular visit. If it gets much worse, call {number}.',
    ),
  },
  'cancer-team': {
    name: say('your cancer team, today'),
    heading: say('Call your cancer team today'),
    action: say(
      'Call your cancer team today and say you have new back pain. If you cannot reach them, go to urgent care or the emergency room today.',
    ),
  },
  'procedure-team': {
    name: say('the team that did your procedure, today'),
    heading: say('Call the team that did your procedure today'),
    action: say(
      'Call the team that did your back surgery or injection today. If you cannot reach them, go to the emergency room.',
    ),
  },
  'emergency-room-or-same-day': {
    name: say('the emergency room or a same-day doctor visit'),
    heading: say('Get checked today: the emergency room or a same-day visit'),
    action: say(
      'Get checked today: go to the emergency room, or see your doctor today if they can see you now. Do not wait to see if it gets worse.',
    ),
  },
  'same-day': {
    name: say('urgent care or a same-day doctor visit'),
    heading: say('See a medical doctor today'),
    action: say(
      'See a medical doctor today: go to urgent care, or ask your doctor for a same-day visit.',
    ),
  },
  'procedure-team-first': {
    name: say('the team that did your procedure, before any hands-on care'),
    heading: say('Ask the team that did your procedure first'),
    action: say(
      'Call the team that did your back surgery or injection within {from} to {to} days. Ask them before anyone, a chiropractor included, treats your back with their hands.',
    ),
  },
  'child-doctor': {
    name: say("the child's doctor (primary care)"),
    heading: say("See the child's doctor within {from} to {to} days"),
    action: say(
      "Call the child's doctor (a pediatrician or family doctor) for a visit within {from} to {to} days, before any hands-on care.",
    ),
  },
  'primary-care': {
    name: say('primary care, within {from} to {to} days'),
    heading: say('See a medical doctor within {from} to {to} days'),
    action: say(
      'Call your primary care doctor for a visit within {from} to {to} days, before any hands-on care. If you cannot be seen that soon, go to urgent care.',
    ),
  },
  'primary-care-routine': {
    name: say('primary care, a routine visit'),
    heading: say('Make a routine visit with your doctor'),
    action: say(
      'Make a routine visit with your primary care doctor. Say your back has hurt for months and is stiff in the morning. They may test you and send you to a joint specialist.',
    ),
  },
  'self-care': {
    name: say('self-care first'),
    heading: say('Start with self-care; hands-on care is an option'),
    action: say('Start with self-care at home. Most spasms ease within days to a few weeks.'),
  },
};
