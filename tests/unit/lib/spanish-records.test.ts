/**
 * The quiz's records in Spanish: the English facts with the Spanish words, and a build that
 * stops, naming the file and the field, where a Spanish twin is missing, short of a field, or
 * says a different number.
 */
import { describe, expect, it } from 'vitest';
import { spanishTriageData } from '../../../src/lib/spanish-records';
import { loadSpanishWords, loadTriageData } from '../../fixtures/warning-signs';

const english = loadTriageData();
const words = loadSpanishWords();
const spanish = spanishTriageData(english, words);

describe('the real records in Spanish', () => {
  it('keep every fact of the English records: ids, order, tiers, places, rules, sources', () => {
    const facts = (data: typeof english) => ({
      situations: data.situations.map(({ id, step, outcome, place, askIf, source }) => ({
        id,
        step,
        outcome,
        place,
        askIf,
        url: source.url,
      })),
      signs: data.signs.map(({ id, tier, place }) => ({ id, tier, place })),
      rules: data.rules.map(({ id, when, any, outcome, place }) => ({
        id,
        when,
        any,
        outcome,
        place,
      })),
    });
    expect(facts(spanish)).toEqual(facts(english));
  });

  it('say every record in Spanish words, not the English ones', () => {
    for (const [en, es] of english.situations.map((s, i) => [s, spanish.situations[i]!] as const)) {
      expect(es.words, en.id).not.toBe(en.words);
      expect(es.why, en.id).not.toBe(en.why);
    }
  });
});

describe('a Spanish record the build refuses, naming the file and the field', () => {
  const without = (key: string) => new Map([...words].filter(([k]) => k !== key));
  const changed = (key: string, change: Record<string, unknown>) =>
    new Map([...words].map(([k, v]) => [k, k === key ? { ...v, ...change } : v]));

  it('a record with no Spanish twin', () => {
    expect(() => spanishTriageData(english, without('warning-signs/fever'))).toThrow(
      'src/content/es/warning-signs/fever.yaml: missing. Every quiz record needs its Spanish words.',
    );
  });

  it('a field the English has and the Spanish lacks', () => {
    const key = 'triage-rules/infection-fever-risk';
    expect(() => spanishTriageData(english, changed(key, { note: undefined }))).toThrow(
      `src/content/es/${key}.yaml: note is missing; the English record has it.`,
    );
  });

  it('a number the English says and the Spanish leaves out or changes', () => {
    const key = 'warning-signs/fever';
    const example = 'Por ejemplo, su temperatura es de 101 °F o más.';
    expect(() => spanishTriageData(english, changed(key, { example }))).toThrow(
      `src/content/es/${key}.yaml: example leaves out 100.4, 38, which the English says.`,
    );
  });

  it('a Spanish file with no English record to translate', () => {
    const extra = new Map([...words, ['warning-signs/fiebre', words.get('warning-signs/fever')!]]);
    expect(() => spanishTriageData(english, extra)).toThrow(
      'src/content/es/warning-signs/fiebre.yaml: no English record warning-signs/fiebre.yaml to translate.',
    );
  });
});
