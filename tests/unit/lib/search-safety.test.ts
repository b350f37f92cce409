/**
 * Safety first in search: every warning sign's own words and every term people use for it
 * (src/content/search-terms/) bring up that sign's advice. One test per sign, generated from
 * the data, so a new sign or term is covered the day it is added. A combination that changes
 * urgency (pregnant with a fever) is named when each of its situations is.
 */
import { describe, expect, it } from 'vitest';
import {
  loadSpanishTriageData,
  loadTriageData,
  loadWarningSigns,
} from '../../fixtures/warning-signs';
import { spanish } from '../../../src/lib/search-words-es';
import { loadSearchTermEntries, loadSpanishSearchTermEntries } from '../../fixtures/search-terms';
import { signAdvice } from '../../../src/lib/search-safety';
import { namedSafety, namedSigns, signPhrases } from '../../../src/lib/search-sign-match';
import { SEARCH_TERMS_FOLDER, termsBySign } from '../../../src/lib/search-terms';
import { english } from '../../../src/lib/search-words';
import type { Tier } from '../../../src/lib/triage';

const entries = loadSearchTermEntries();
const signs = loadWarningSigns();
const bySign = termsBySign(entries);
const phrases = signs.map((sign) => signPhrases(sign, bySign.get(sign.id) ?? [], english));

describe.each(signs.map((sign) => [sign.id, sign] as const))('warning sign %s', (id, sign) => {
  const terms = bySign.get(id) ?? [];
  it('has everyday words people search with', () => {
    expect(terms.length, `add a file to ${SEARCH_TERMS_FOLDER} with sign: ${id}`).toBeGreaterThan(
      0,
    );
  });
  it.each([sign.short, sign.words, ...terms])('"%s" brings up its advice', (query) => {
    expect(namedSigns(query, phrases, english)).toContain(id);
    // In a visitor's sentence too, with other words around it.
    expect(namedSigns(`back pain and ${query} what now`, phrases, english)).toContain(id);
  });
});

describe('namedSigns', () => {
  it('matches a phrase in any order and word form', () => {
    expect(namedSigns('my groin feels numb', phrases, english)).toContain('saddle-numbness');
    expect(namedSigns('NUMBNESS between my legs', phrases, english)).toContain('saddle-numbness');
    expect(namedSigns("I can't pee", phrases, english)).toContain('peeing-trouble');
  });
  it('names no sign for everyday searches without one', () => {
    for (const query of [
      'heating pad',
      'stretches for lower back',
      'pulled muscle',
      'sitting',
      '',
    ]) {
      expect(namedSigns(query, phrases, english), query).toEqual([]);
    }
  });
  it('lists signs in the order given, so the most urgent show first', () => {
    const named = namedSigns('fever and numb groin', phrases, english);
    expect(named.indexOf('saddle-numbness')).toBeLessThan(named.indexOf('fever'));
  });
  it('ignores phrases of filler words only', () => {
    const sign = { id: 'x', words: 'Numb toes', short: 'numb toes' };
    expect(signPhrases(sign, ['the and', 'numb toes'], english).phrases).toEqual([['numb', 'toe']]);
  });
});

describe('signAdvice', () => {
  it('says how soon from the tier and where from the sign', () => {
    const advice = signAdvice({ tier: 'emergency', place: '911' });
    expect(advice.action).toMatch(/911.*emergency room.*Do not drive/);
    expect(advice.href).toBe('/when-to-see-a-doctor/#emergency');
    expect(signAdvice({ tier: 'emergency', place: 'labor-and-delivery' }).action).toMatch(
      /labor and delivery/,
    );
    expect(signAdvice({ tier: 'urgent', place: 'same-day' }).action).toMatch(/today.*urgent care/);
  });
});

describe('combinations (src/content/triage-rules/)', () => {
  const { situations, rules, signs: tiered } = loadTriageData();
  // As the search page does: every situation's phrases, signs and the rest.
  const everyPhrase = situations.map((s) => signPhrases(s, bySign.get(s.id) ?? [], english));
  const short = new Map(situations.map((s) => [s.id, s.short]));
  const signTiers = Object.fromEntries(tiered.map((s) => [s.id, s.tier]));
  const ruleSituations = rules.map((r) => ({
    id: r.id,
    when: r.when,
    any: r.any,
    tier: r.outcome as Tier,
  }));
  // As the build does (safetyData): facts with no tier, search words and a combination.
  const inRule = new Set(rules.flatMap((r) => [...r.when, ...(r.any ?? [])]));
  const risks = situations
    .filter((s) => !(s.id in signTiers) && bySign.has(s.id) && inRule.has(s.id))
    .map((s) => s.id);
  const shown = (query: string) =>
    namedSafety(query, everyPhrase, ruleSituations, signTiers, risks, english);
  const named = (query: string) => shown(query).rules;

  it.each(rules.map((rule) => [rule.id, rule] as const))(
    '%s: named when each of its situations is, not when one is missing',
    (id, rule) => {
      // Its `when` situations, with the first of its `any` situations if it lists some.
      const needed = [...rule.when, ...(rule.any ?? []).slice(0, 1)];
      const words = needed.map((situation) => short.get(situation)!);
      expect(named(`back pain, ${words.join(' and ')}`)).toContain(id);
      for (const left of needed) {
        const others = needed.filter((situation) => situation !== left);
        // Other situations' words may also name the missing one (their words overlap), or
        // name a risk fact of this combination: then the combination is still shown, rightly.
        const query = others.map((situation) => short.get(situation)!).join(' and ');
        const stillNamed = namedSigns(query, everyPhrase, english);
        const alsoNamed =
          stillNamed.includes(left) ||
          stillNamed.some((s) => risks.includes(s) && needed.includes(s));
        if (!alsoNamed) expect(named(query), `${id} without ${left}`).not.toContain(id);
      }
    },
  );

  it('has risk facts to test: facts that matter only with another situation, with search words', () => {
    expect(risks.length).toBeGreaterThan(0);
  });

  it.each(risks)(
    'risk fact %s named alone shows every combination it is part of, and no sign box',
    (risk) => {
      const query = `back pain and ${bySign.get(risk)![0]}`;
      const expected = ruleSituations
        .filter((r) => [...r.when, ...(r.any ?? [])].includes(risk))
        .map((r) => r.id);
      expect(expected.length).toBeGreaterThan(0);
      expect(named(query)).toEqual(expect.arrayContaining(expected));
      expect(shown(query).signs).not.toContain(risk);
    },
  );

  it('shows a risk fact only through the combination a query names in full, when it names one', () => {
    // A weak immune system and a fever: the emergency combination, not also the new-pain one.
    const rules = named('on chemo with a fever');
    expect(rules).toContain('infection-fever-risk');
    expect(rules).not.toContain('infection-risk-new-pain');
    // Alone, both of its combinations: which applies depends on what the quiz would ask next.
    expect(named('on chemo and my back hurts')).toEqual(
      expect.arrayContaining(['infection-fever-risk', 'infection-risk-new-pain']),
    );
  });

  it('leaves a sign to a named combination at least as urgent, and shows it otherwise', () => {
    expect(shown('pregnant with a fever').rules).toContain('pregnancy-early-fever');
    expect(shown('pregnant with a fever').signs).not.toContain('fever');
    expect(shown('back pain with a fever').signs).toContain('fever');
  });

  it('names nothing for a query that names one situation alone', () => {
    expect(named('fever')).toEqual([]);
    expect(named('pregnant')).toEqual([]);
  });
});

describe('in Spanish', () => {
  const data = loadSpanishTriageData();
  const esBySign = termsBySign(loadSpanishSearchTermEntries());
  const esPhrases = data.situations.map((s) => signPhrases(s, esBySign.get(s.id) ?? [], spanish));
  // Every sign that sends people to 911: a Spanish query naming it shows its box in Spanish.
  const calls911 = data.signs.filter((sign) => sign.place === '911');

  it('has signs that send people to 911', () => {
    expect(calls911.length).toBeGreaterThan(5);
  });

  describe.each(calls911.map((sign) => [sign.id, sign] as const))('911 sign %s', (id, sign) => {
    const terms = esBySign.get(id) ?? [];
    it('has everyday Spanish words people search with', () => {
      expect(
        terms.length,
        `add Spanish terms to src/content/es/search-terms/ for ${id}`,
      ).toBeGreaterThan(0);
    });
    it.each([sign.short, sign.words, ...terms])('"%s" brings up its advice', (query) => {
      expect(namedSigns(query, esPhrases, spanish)).toContain(id);
      expect(namedSigns(`me duele la espalda y ${query}, qué hago`, esPhrases, spanish)).toContain(
        id,
      );
    });
  });

  it('names no sign for everyday Spanish searches without one', () => {
    for (const query of [
      'calor o hielo',
      'ejercicios para la espalda',
      'dolor de cintura',
      'me duelen los riñones',
      'almohada entre las piernas',
      'cargar niños',
    ]) {
      expect(namedSigns(query, esPhrases, spanish), query).toEqual([]);
    }
  });
});
