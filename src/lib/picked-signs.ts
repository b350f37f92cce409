/**
 * The signs a page picks for `<WarningSigns signs="cough-pain thin-bones-minor-strain"
 * variant="picked" />`: a page that speaks of a few signs says how soon each needs care from
 * the records, never in its own words, so a tier changed in one YAML file changes every page.
 * An id may name a warning sign, a fact about the person that has a tier of its own (under 18,
 * a known aneurysm) or a combination rule. The picked records are grouped by their own tier,
 * most urgent first, whatever order the tag names them in. Pure: the component and the build's
 * check over every MDX file (src/data/check-picked-signs.ts) pass the records in.
 */
import { tiers, type Place, type Tier } from './triage.ts';
import { folders, type TriageData, type TriageRule, type WarningSign } from './warning-signs.ts';

/** One picked sign or rule, as a list shows it. */
export interface PickedItem {
  id: string;
  /** The attribute tests and checks read: data-sign for a situation, data-rule for a rule. */
  attr: 'data-sign' | 'data-rule';
  words: string;
  place: Place;
}

/** The picked records of one tier. */
export interface PickedGroup {
  tier: Tier;
  /** The place every item shares, or undefined when they differ (each then says its own). */
  place?: Place;
  items: PickedItem[];
}

/** The ids a `signs` attribute names, in its order ("a b" and "a, b" both work). */
export const parsePicked = (value: string | undefined): string[] =>
  (value ?? '').split(/[\s,]+/).filter(Boolean);

type Records = Pick<TriageData, 'situations' | 'signs' | 'rules'>;

/** Why `id` cannot be listed, or undefined when it can. */
function pickProblem(id: string, data: Records): string | undefined {
  if (data.signs.some((s) => s.id === id) || data.rules.some((r) => r.id === id)) return;
  const situation = data.situations.find((s) => s.id === id);
  if (!situation) {
    return `"${id}" is not a file in src/content/${folders.sign}/, ${folders['about-you']}/ or ${folders.rule}/`;
  }
  const usedBy = data.rules
    .filter((r) => [...r.when, ...(r.any ?? [])].includes(id))
    .map((r) => r.id);
  return `"${id}" (src/content/${folders[situation.kind]}/${id}.yaml) has no urgency alone${usedBy.length ? `; name a combination that uses it: ${usedBy.join(', ')}` : ''}`;
}

/**
 * What is wrong with one tag's list: no ids, an id named twice, an id that is not a record or
 * has no urgency alone. Empty when the list can be drawn.
 */
function pickedProblems(ids: readonly string[], data: Records): string[] {
  if (ids.length === 0) return ['names no sign; list the file names of the signs to show'];
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  return [
    ...[...new Set(twice)].map((id) => `"${id}" is named twice`),
    ...ids.flatMap((id) => pickProblem(id, data) ?? []),
  ];
}

const asItem = (record: WarningSign | TriageRule): PickedItem => ({
  id: record.id,
  attr: record.kind === 'rule' ? 'data-rule' : 'data-sign',
  words: record.words,
  place: record.place,
});

/**
 * The picked records by tier, most urgent first; in each tier the signs, then the rules, in
 * the order every list uses. Throws on a list `pickedProblems` finds fault with.
 */
export function pickedGroups(ids: readonly string[], data: Records): PickedGroup[] {
  const problems = pickedProblems(ids, data);
  if (problems.length > 0) {
    throw new Error(`<WarningSigns signs="${ids.join(' ')}">: ${problems.join('; ')}.`);
  }
  const wanted = new Set(ids);
  return tiers.flatMap((tier) => {
    const items = [
      ...data.signs.filter((s) => s.tier === tier && wanted.has(s.id)),
      ...data.rules.filter((r) => r.outcome === tier && wanted.has(r.id)),
    ].map(asItem);
    if (items.length === 0) return [];
    const places = new Set(items.map((i) => i.place));
    return [{ tier, place: places.size === 1 ? items[0]!.place : undefined, items }];
  });
}

/** Each `<WarningSigns … signs="…" …>` tag in an MDX body, as its list of ids. */
export function pickedListsIn(body: string): string[][] {
  const tags = body.match(/<WarningSigns\b[^>]*>/g) ?? [];
  return tags.flatMap((tag) => {
    const value = /\bsigns="([^"]*)"/.exec(tag)?.[1];
    return value === undefined ? [] : [parsePicked(value)];
  });
}

/** Every problem with the picked lists of one file, each naming the file. */
export function pickedSignProblems(file: string, body: string, data: Records): string[] {
  return pickedListsIn(body).flatMap((ids) =>
    pickedProblems(ids, data).map(
      (problem) => `${file}: <WarningSigns signs="${ids.join(' ')}">: ${problem}`,
    ),
  );
}
