/**
 * Sentences with named slots. Every sentence the site's code says is whole; facts enter only
 * through slots, filled here: {number} is the emergency number, and {from} and {to} are the days
 * within which a medical doctor should see someone (src/lib/triage.ts). A translator rewrites
 * sentences and never a fact, and a fact changes in one place. A slot with no value throws, so
 * a sentence that names a slot wrongly stops the build instead of reaching a reader.
 */
import { EMERGENCY_NUMBER } from '../emergency.ts';
import { doctorWithinDays } from '../triage.ts';

/**
 * Fills a sentence's named slots: fill('Call {number} now', { number: '911' }). Throws on a
 * slot with no value, so a sentence that names a slot wrongly fails the build, not the reader.
 * A value ending in "?" or "!" (a list of questions, "... ¿qué hago?") ends the sentence
 * itself, so the full stop written after its slot is left out: neither language writes "?.".
 */
export function fill(sentence: string, slots: Readonly<Record<string, string | number>>): string {
  return sentence.replace(/\{(\w+)\}(\.?)/g, (_, name: string, stop: string) => {
    const value = slots[name];
    if (value === undefined) throw new Error(`"${sentence}" names a slot {${name}} with no value.`);
    const text = String(value);
    return /[?!]$/.test(text) ? text : text + stop;
  });
}

/** The facts every sentence may name. */
const facts = { number: EMERGENCY_NUMBER, ...doctorWithinDays };

/** A sentence with the facts in its slots, and any other slots it names. */
export const say = (
  sentence: string,
  slots: Readonly<Record<string, string | number>> = {},
): string => fill(sentence, { ...facts, ...slots });

/**
 * A sentence cut at the slots a component fills with an element of its own (a link, words in
 * bold), the text between them said with the facts and `slots`. The sentence stays whole for
 * the translator, who may put the link anywhere in it. Throws when the sentence lacks one of
 * `elements`, so a translation that drops a link stops the build.
 */
export function sayAround<Name extends string>(
  sentence: string,
  elements: readonly Name[],
  slots: Readonly<Record<string, string | number>> = {},
): (string | { slot: Name })[] {
  for (const name of elements) {
    if (!sentence.includes(`{${name}}`)) {
      throw new Error(`"${sentence}" has lost its slot {${name}}, where the page puts a link.`);
    }
  }
  if (elements.length === 0) return [say(sentence, slots)];
  const pieces = sentence.split(new RegExp(`\\{(${elements.join('|')})\\}`));
  // split() with a group keeps each slot's name between the texts: text, name, text, ...
  return pieces
    .map((piece, i) => (i % 2 === 1 ? { slot: piece as Name } : say(piece, slots)))
    .filter((piece) => piece !== '');
}
