import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  NEVER_SPECULATE,
  renderSpeculationRules,
  rulesFileInHeaders,
  SPECULATION_RULES_PATH,
  speculationRules,
  speculationRulesHeader,
} from '../../../src/lib/speculation-rules';

describe('speculation rules', () => {
  it('prefetch at moderate and prerender at conservative, from the document links', () => {
    expect(speculationRules.prefetch.map((r) => [r.source, r.eagerness])).toEqual([
      ['document', 'moderate'],
    ]);
    expect(speculationRules.prerender.map((r) => [r.source, r.eagerness])).toEqual([
      ['document', 'conservative'],
    ]);
  });

  it('cover only same-site paths and never the search page or the editor', () => {
    expect(NEVER_SPECULATE).toEqual(['/search/*', '/admin/*']);
    for (const rule of [...speculationRules.prefetch, ...speculationRules.prerender]) {
      const text = JSON.stringify(rule.where);
      // Relative patterns only: an absolute URL could reach another origin.
      expect(text).not.toMatch(/https?:/);
      expect(rule.where).toMatchObject({
        and: expect.arrayContaining([
          { href_matches: '/*' },
          { not: { href_matches: '/search/*' } },
          { not: { href_matches: '/admin/*' } },
        ]),
      });
    }
  });

  it('the header names the file as a structured-field string', () => {
    expect(speculationRulesHeader).toBe('"/speculation-rules.json"');
    expect(rulesFileInHeaders(`/*\n  Speculation-Rules: ${speculationRulesHeader}\n`)).toBe(
      SPECULATION_RULES_PATH,
    );
    expect(rulesFileInHeaders('/*\n  X-Frame-Options: DENY\n')).toBeUndefined();
  });

  it('public/speculation-rules.json is the rendered file (run `npm run headers` to update)', () => {
    expect(readFileSync(`public${SPECULATION_RULES_PATH}`, 'utf8')).toBe(renderSpeculationRules());
  });
});
