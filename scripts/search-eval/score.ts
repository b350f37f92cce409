/**
 * Scores search results against the phrasings in scripts/search-eval/phrasings.json: pure, so
 * the rates the benchmark reports are unit-tested (tests/unit/scripts/search-eval/score.test.ts).
 * Plain TypeScript with no imports, so Node 24 runs it by type stripping.
 */

export interface Phrasing {
  query: string;
  /** Pages that answer the query well; any of them counts as a hit. */
  expect: string[];
  /** `new`: written as a new visitor would; `askedAs`: taken from a question page. */
  from: 'new' | 'askedAs';
  /** The warning sign whose safety box the query should bring up. */
  sign?: string;
  /**
   * `holdout`: written after the search was tuned on the other phrasings, to check that a
   * ranking change helps phrasings it was not tuned on. Never tune against it. `holdout-2`:
   * written the same way later, before the next round of ranking changes (the first holdout
   * had been looked at by then). Each set is reported on its own row.
   */
  set?: HoldoutSet;
  /** `es`: typed into the Spanish search page; English otherwise. */
  lang?: 'es';
}

/**
 * The held-out sets, oldest first. `es-holdout`: Spanish phrasings written before the Spanish
 * search existed. `es-holdout-2`: Spanish bending, lifting, sitting and sleeping complaints,
 * written before the Spanish search words were changed for them.
 */
export const HOLDOUT_SETS = ['holdout', 'holdout-2', 'es-holdout', 'es-holdout-2'] as const;
export type HoldoutSet = (typeof HOLDOUT_SETS)[number];

export interface Answer {
  phrasing: Phrasing;
  /** Result paths in rank order. */
  results: string[];
  /** Warning-sign ids in the safety box, if any. */
  signs: string[];
}

interface Rates {
  count: number;
  top1: number;
  top3: number;
  zero: number;
  /** Of the phrasings with a `sign`, how many showed that sign's box. */
  signCount: number;
  safety: number;
}

/** Each combination's id and the situations it names (its `when` and `any`). */
export type Combinations = ReadonlyMap<string, readonly string[]>;

/**
 * True when the page showed a box for the sign the phrasing names: the sign's own, or that of
 * a combination including it (a fact with no urgency of its own, such as thin bones, shows its
 * combinations; a sign inside a combination named in full is left to the combination's box).
 */
export function showsSafety(answer: Answer, combinations: Combinations = new Map()): boolean {
  const sign = answer.phrasing.sign;
  if (sign === undefined) return false;
  return answer.signs.some((id) => id === sign || (combinations.get(id) ?? []).includes(sign));
}

const inTop = (answer: Answer, n: number) =>
  answer.results.slice(0, n).some((path) => answer.phrasing.expect.includes(path));

/** Shares (0 to 1) of answers with an expected page first, in the top 3, and with none. */
export function rates(answers: readonly Answer[], combinations?: Combinations): Rates {
  const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
  const withSign = answers.filter((a) => a.phrasing.sign);
  return {
    count: answers.length,
    top1: share(answers.filter((a) => inTop(a, 1)).length, answers.length),
    top3: share(answers.filter((a) => inTop(a, 3)).length, answers.length),
    zero: share(answers.filter((a) => a.results.length === 0).length, answers.length),
    signCount: withSign.length,
    safety: share(withSign.filter((a) => showsSafety(a, combinations)).length, withSign.length),
  };
}

/** The answers that missed the top 3, for the report. */
export const misses = (answers: readonly Answer[]): Answer[] => answers.filter((a) => !inTop(a, 3));

const percent = (x: number) => `${(x * 100).toFixed(2)} %`;

/** The groups the report has a row for: the tuning set whole and by origin, then each holdout. */
export function groups(answers: readonly Answer[]): [string, Answer[]][] {
  const tuning = answers.filter((a) => a.phrasing.set === undefined);
  return [
    ['all', tuning],
    ['new visitor', tuning.filter((a) => a.phrasing.from === 'new')],
    ['askedAs', tuning.filter((a) => a.phrasing.from === 'askedAs')],
    ...HOLDOUT_SETS.map((set): [string, Answer[]] => [
      set,
      answers.filter((a) => a.phrasing.set === set),
    ]),
  ];
}

/** One Markdown table row per group (see `groups`); a group with no phrasings has no row. */
export function ratesTable(
  label: string,
  answers: readonly Answer[],
  combinations?: Combinations,
): string {
  const rows = groups(answers)
    .filter(([, group]) => group.length > 0)
    .map(([name, group]) => {
      const r = rates(group, combinations);
      return `| ${label} | ${name} | ${r.count} | ${percent(r.top1)} | ${percent(r.top3)} | ${percent(r.zero)} | ${r.signCount ? percent(r.safety) : 'n/a'} |`;
    });
  return [
    '| build | phrasings | count | top 1 | top 3 | no results | safety box shown |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}
