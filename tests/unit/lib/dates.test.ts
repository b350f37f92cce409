import { describe, expect, it } from 'vitest';
import { formatDate, isoDate } from '../../../src/lib/dates';
import { byOrder } from '../../../src/lib/ordering';

describe('dates', () => {
  it('formats YAML dates in UTC so no time zone shows the day before', () => {
    const d = new Date('2026-11-20');
    expect(isoDate(d)).toBe('2026-11-20');
    expect(formatDate(d)).toBe('November 20, 2026');
  });
});

describe('byOrder', () => {
  it('sorts by order, then title', () => {
    const entries = [
      { data: { order: 2, title: 'B' } },
      { data: { order: 1, title: 'Z' } },
      { data: { order: 2, title: 'A' } },
    ];
    expect(entries.sort(byOrder).map((e) => e.data.title)).toEqual(['Z', 'A', 'B']);
  });
});
