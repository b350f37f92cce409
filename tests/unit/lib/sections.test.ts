import { describe, expect, it } from 'vitest';
import {
  entryPath,
  getSection,
  sectionIds,
  sectionPath,
  sections,
} from '../../../src/lib/sections';
import { DESCRIPTION_MAX } from '../../../src/lib/content-schemas';

describe('sections', () => {
  it('match the collections in design order', () => {
    expect(sections.map((s) => s.id)).toEqual([...sectionIds]);
  });
  it('have descriptions search engines show whole', () => {
    for (const s of sections) expect(s.description.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
  });
  it('build trailing-slash paths', () => {
    expect(sectionPath('risk-factors')).toBe('/risk-factors/');
    expect(entryPath('exercises', 'bird-dog')).toBe('/exercises/bird-dog/');
  });
  it('reject unknown sections', () => {
    expect(() => getSection('blog')).toThrow(/Unknown section "blog"/);
  });
});
