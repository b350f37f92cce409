import { describe, expect, it } from 'vitest';
import { groups, rates, ratesTable, type Answer } from '../../../../scripts/search-eval/score';

const answer = (
  results: string[],
  phrasing: Partial<Answer['phrasing']> = {},
  signs: string[] = [],
): Answer => ({
  phrasing: { query: 'q', expect: ['/a/'], from: 'new', ...phrasing },
  results,
  signs,
});

describe('search eval score', () => {
  it('counts an expected page first, in the top 3, and empty results', () => {
    const r = rates([answer(['/a/']), answer(['/b/', '/c/', '/a/']), answer(['/b/']), answer([])]);
    expect(r).toMatchObject({ count: 4, top1: 0.25, top3: 0.5, zero: 0.25 });
  });

  it('scores the safety box only over phrasings that name a sign', () => {
    const r = rates([answer([], { sign: 's' }, ['s']), answer([], { sign: 's' }), answer([])]);
    expect(r).toMatchObject({ signCount: 2, safety: 0.5 });
  });

  it("counts a combination's box as answering a sign it includes", () => {
    const combinations = new Map([['r', ['s', 't']]]);
    const r = rates(
      [answer([], { sign: 's' }, ['r']), answer([], { sign: 'u' }, ['r'])],
      combinations,
    );
    expect(r).toMatchObject({ signCount: 2, safety: 0.5 });
    expect(rates([answer([], { sign: 's' }, ['r'])]).safety).toBe(0);
  });

  it('keeps the holdout phrasings out of the tuning rows', () => {
    const answers = [
      answer(['/a/']),
      answer(['/a/'], { from: 'askedAs' }),
      answer(['/b/'], { set: 'holdout' }),
      answer(['/a/'], { set: 'holdout-2' }),
      answer(['/a/'], { set: 'holdout-2' }),
      answer(['/a/'], { set: 'es-holdout', lang: 'es' }),
      answer(['/b/'], { set: 'es-holdout-2', lang: 'es' }),
    ];
    const counts = Object.fromEntries(groups(answers).map(([name, g]) => [name, g.length]));
    expect(counts).toEqual({
      all: 2,
      'new visitor': 1,
      askedAs: 1,
      holdout: 1,
      'holdout-2': 2,
      'es-holdout': 1,
      'es-holdout-2': 1,
    });
    expect(ratesTable('x', answers)).toMatch(/\| x \| holdout \| 1 \| 0\.00 % \| 0\.00 %/);
    expect(ratesTable('x', answers)).toMatch(/\| x \| holdout-2 \| 2 \| 100\.00 % \| 100\.00 %/);
  });

  it('leaves out a row for a group with no phrasings', () => {
    expect(ratesTable('x', [answer(['/a/'])])).not.toContain('holdout');
  });
});
