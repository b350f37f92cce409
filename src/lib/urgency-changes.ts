/**
 * A change to how urgent a quiz record is, or where it sends people, said in plain words:
 * "A fever or chills: today, urgent care or a same-day doctor visit → within 1 to 3 days,
 * primary care (lower)". The quiz's records (src/content/warning-signs/, about-you/,
 * pain-patterns/, triage-rules/) drive the quiz, the printable card and every list of signs, so
 * the clinician signs each change. The pull request's check (./pull-request-check.ts) and the
 * editor's preview (src/integrations/admin-cms/previews.ts) both say changes with these words.
 */
import { folders } from './warning-signs.ts';
import { outcomes, places, type Outcome, type Place } from './triage.ts';
import { placeNames } from './words/en/rule-lists.ts';
import { outcomeText } from './words/en/what-to-do.ts';

/** The folders of the quiz's records, under src/content/. */
export const QUIZ_FOLDERS: readonly string[] = Object.values(folders);

/** What a change to urgency or place changes, and who signs it: said in the editor. */
export const URGENCY_CHANGE_NOTE =
  'Changing it changes the quiz’s answer, the printable warning-signs card and every list of warning signs on the site. The clinician must sign the change off before it is published.';

/** How urgent a record is alone, and where it sends people; both absent for "only in a rule". */
interface Urgency {
  outcome?: Outcome;
  place?: Place;
  /** A cauda equina sign, which must stay an emergency. */
  caudaEquina?: boolean;
}

/** A record's urgency, read from its fields as any of the four folders write them. */
function urgencyOf(data: Record<string, unknown>): Urgency {
  const outcome = (data.tier ?? data.outcome) as Outcome | undefined;
  return {
    ...((outcomes as readonly unknown[]).includes(outcome) && { outcome }),
    ...((places as readonly unknown[]).includes(data.place) && { place: data.place as Place }),
    ...(data.caudaEquina === true && { caudaEquina: true }),
  };
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** "today, urgent care or a same-day doctor visit": how soon, then where, said once each. */
export function urgencyWords(urgency: Urgency): string {
  if (!urgency.outcome) return 'nothing alone (it counts only in a combination)';
  const when = lowerFirst(outcomeText[urgency.outcome].when);
  const where = urgency.place ? placeNames[urgency.place].replace(`, ${when}`, '') : '';
  return where ? `${when}, ${where}` : when;
}

/** Position in the order of urgency: smaller is more urgent; "nothing alone" comes last. */
function rank(urgency: Urgency | undefined): [number, number] {
  if (!urgency?.outcome) return [outcomes.length, places.length];
  return [
    outcomes.indexOf(urgency.outcome),
    urgency.place ? places.indexOf(urgency.place) : places.length,
  ];
}

export type Direction = 'lower' | 'higher' | 'same';

/**
 * Whether `after` is less urgent than `before`: a later outcome, or the same outcome at a place
 * that wins less often (the engine's order of places). A record removed is lower; one added,
 * higher. A cauda equina sign unmarked is lower.
 */
export function direction(before: Urgency | undefined, after: Urgency | undefined): Direction {
  if (before?.caudaEquina && !after?.caudaEquina) return 'lower';
  const [a, b] = [rank(before), rank(after)];
  const cmp = b[0] - a[0] || b[1] - a[1];
  return cmp > 0 ? 'lower' : cmp < 0 ? 'higher' : 'same';
}

export interface UrgencyChange {
  /** The record's file, from the project root. */
  file: string;
  /** The record's short form, or its file name. */
  name: string;
  direction: Direction;
  /** The field that changed (`tier`, `outcome`, `place`, `caudaEquina`); none for a file. */
  field?: string;
  /** The whole change in one line, for the check's list and the deploy preview. */
  words: string;
}

const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const idList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * How a change to when a record applies moves its urgency, apart from its tier and place: a
 * rule that needs more (`when` grows, `any` shrinks or appears) or a question asked of fewer
 * people (`askIf` set or changed) fires less often, which is a lowering; the reverse is a raise.
 */
function conditionDirection(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Direction {
  const [whenWas, whenIs] = [idList(before.when), idList(after.when)];
  const [anyWas, anyIs] = [idList(before.any), idList(after.any)];
  const needsMore =
    whenIs.some((id) => !whenWas.includes(id)) ||
    (anyWas.length > 0 && anyWas.some((id) => !anyIs.includes(id))) ||
    (anyWas.length === 0 && anyIs.length > 0) ||
    (after.askIf !== undefined && after.askIf !== before.askIf);
  if (needsMore) return 'lower';
  const needsLess =
    whenWas.some((id) => !whenIs.includes(id)) ||
    anyIs.some((id) => !anyWas.includes(id)) ||
    (before.askIf !== undefined && after.askIf === undefined);
  return needsLess ? 'higher' : 'same';
}

/** "when: fever; any of: injected-drugs, weak-immunity": what a rule or question needs. */
function conditionWords(data: Record<string, unknown>): string {
  const parts = [
    idList(data.when).length > 0 && `all of ${idList(data.when).join(', ')}`,
    idList(data.any).length > 0 && `any of ${idList(data.any).join(', ')}`,
    typeof data.askIf === 'string' && `asked only after ${data.askIf}`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : 'asked of everyone';
}

/**
 * The change between two versions of a quiz record (undefined: added or removed), or nothing
 * when its urgency, place and cauda equina mark are as they were.
 */
export function urgencyChange(
  file: string,
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
): UrgencyChange | undefined {
  const [was, is] = [before && urgencyOf(before), after && urgencyOf(after)];
  const same =
    was &&
    is &&
    was.outcome === is.outcome &&
    was.place === is.place &&
    !!was.caudaEquina === !!is.caudaEquina;
  const id = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
  const name = sentenceCase(String((after ?? before)?.short ?? id));
  if (same && before && after) {
    // Tier and place as they were: a rule or question may still apply to fewer people.
    const when = conditionDirection(before, after);
    if (when === 'same') return undefined;
    return {
      file,
      name,
      direction: when,
      field: 'when',
      words: `${name}: ${conditionWords(before)} → ${conditionWords(after)} (${when === 'lower' ? 'LOWER: applies to fewer people' : 'higher: applies to more people'})`,
    };
  }
  const say = (u: Urgency | undefined, absent: string) => (u ? urgencyWords(u) : absent);
  const dir = direction(was, is);
  const marks =
    was?.caudaEquina && !is?.caudaEquina ? '; no longer marked a cauda equina sign' : '';
  const tag =
    dir === 'lower'
      ? ' (LOWER)'
      : dir === 'higher'
        ? ' (higher)'
        : was?.place !== is?.place
          ? ' (as urgent, another place)'
          : '';
  const field =
    !was || !is
      ? undefined
      : was.outcome !== is.outcome
        ? 'tier' in (after ?? {}) || 'tier' in (before ?? {})
          ? 'tier'
          : 'outcome'
        : was.place !== is.place
          ? 'place'
          : 'caudaEquina';
  return {
    file,
    name,
    direction: dir,
    ...(field && { field }),
    words: `${name}: ${say(was, 'new')} → ${say(is, 'removed')}${marks}${tag}`,
  };
}
