import { describe, expect, it } from 'vitest';
import { loadTriageData } from '../../fixtures/warning-signs';
import { termsByUrl, withoutTerms } from '../../../src/lib/search-data';
import { safetyData, signAdvice } from '../../../src/lib/search-safety';
import { tiers } from '../../../src/lib/triage';
import { english } from '../../../src/lib/search-words';

const triage = loadTriageData();
const safety = safetyData(triage, new Map([['fever', ['chills']]]), english);

describe('safetyData', () => {
  it("has one box per sign and combination, most urgent first, each tier's combinations first", () => {
    expect(safety.boxes).toHaveLength(triage.signs.length + triage.rules.length);
    const ranks = safety.boxes.map((box) => tiers.indexOf(box.tier));
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    for (const tier of tiers) {
      const kinds = safety.boxes.filter((box) => box.tier === tier).map((box) => box.kind);
      expect(kinds.join(' '), tier).toMatch(/^(rule ?)*(sign ?)*$/);
    }
  });

  it("gives each sign's box its own advice and words", () => {
    for (const sign of triage.signs) {
      const box = safety.boxes.find((b) => b.kind === 'sign' && b.id === sign.id)!;
      const advice = signAdvice(sign);
      expect(box).toEqual({
        kind: 'sign',
        id: sign.id,
        tier: sign.tier,
        words: sign.words,
        action: advice.action,
        href: advice.href,
        linkLabel: advice.linkLabel,
      });
    }
  });

  it("lists every situation's phrases with its search words", () => {
    expect(safety.phrases.map((p) => p.id).sort()).toEqual(
      triage.situations.map((s) => s.id).sort(),
    );
    expect(safety.phrases.find((p) => p.id === 'fever')!.phrases).toContainEqual(['chill']);
  });
});

describe('safetyData risks', () => {
  it('lists the facts with no urgency of their own that have search words and a combination', () => {
    const fact = triage.situations.find(
      (s) => !triage.signs.some((sign) => sign.id === s.id) && s.kind === 'about-you',
    )!;
    const inRule = triage.rules.some((r) => [...r.when, ...(r.any ?? [])].includes(fact.id));
    const withWords = safetyData(triage, new Map([[fact.id, ['some words']]]), english);
    expect(withWords.risks).toEqual(inRule ? [fact.id] : []);
    // Without search words of its own, a fact only counts toward its combinations.
    expect(safety.risks).toEqual([]);
    // A sign has its own box: never a risk fact.
    expect(safetyData(triage, new Map([['fever', ['chills']]]), english).risks).not.toContain(
      'fever',
    );
  });
});

describe('termsByUrl and withoutTerms', () => {
  it("reads each page's search words back from the data file, and leaves them out", () => {
    const data = {
      pages: [
        { url: '/a/', title: 'A', description: '', terms: ['x', 'y'], stems: {}, phrases: [] },
        { url: '/b/', title: 'B', description: '', stems: {}, phrases: [] },
      ],
    };
    expect(termsByUrl(data)).toEqual(
      new Map([
        ['/a/', ['x', 'y']],
        ['/b/', []],
      ]),
    );
    const shipped = withoutTerms({ pages: data.pages, safety: safety });
    expect(shipped.pages.map((page) => Object.keys(page))).not.toContainEqual(
      expect.arrayContaining(['terms']),
    );
    expect(shipped.pages[0]).toMatchObject({ url: '/a/', title: 'A' });
  });
});
