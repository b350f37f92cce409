import { describe, expect, it } from 'vitest';
import {
  raisesUrgency,
  sortSigns,
  toTriageData,
  type TriageEntries,
} from '../../../src/lib/warning-signs';
import { tierHref } from '../../../src/lib/words/en/what-to-do';
import { tierText } from '../../../src/lib/words/en/how-soon';
import { tiers } from '../../../src/lib/triage';
import { warningSignSchema, type WarningSignData } from '../../../src/lib/content-schemas';
import { loadTriageData } from '../../fixtures/warning-signs';

const data = loadTriageData();
const source = {
  title: 'Back pain',
  publisher: 'NHS',
  url: 'https://www.nhs.uk/conditions/back-pain/',
};
const words = {
  order: 1,
  words: 'A sign in plain words',
  short: 'a sign',
  example: 'For example, this.',
  why: 'Because it matters a lot.',
  source,
};
const sign = (tier: WarningSignData['tier']): WarningSignData => ({
  tier,
  place: '911',
  caudaEquina: false,
  ...words,
});
const entries = (over: Partial<TriageEntries> = {}): TriageEntries => ({
  signs: [{ id: 'red', data: sign('emergency') }],
  aboutYou: [{ id: 'older', data: words }],
  patterns: [{ id: 'stiff', data: { ...words, outcome: 'chiropractic', place: 'self-care' } }],
  rules: [],
  ...over,
});

describe('the records', () => {
  it('mark the cauda equina signs in one place, all at emergency', () => {
    const ce = data.situations.filter((s) => s.caudaEquina).map((s) => s.id);
    expect(ce).toEqual([
      'peeing-trouble',
      'bladder-bowel',
      'saddle-numbness',
      'sexual-problems',
      'both-legs',
    ]);
    for (const s of data.signs.filter((x) => x.caudaEquina)) expect(s.tier).toBe('emergency');
  });

  it('each cite a source with a full https link, never NG59 for a red flag or a GIRFT news page', () => {
    for (const r of [...data.situations, ...data.rules]) {
      expect(r.source.url, r.id).toMatch(/^https:\/\//);
      if (r.kind !== 'pattern') {
        expect(r.source.url, r.id).not.toMatch(/ng59/);
        // GIRFT is cited by its pathway document, never by a page announcing it.
        expect(r.source.url, r.id).not.toMatch(
          /gettingitrightfirsttime\.co\.uk\/(?!wp-content\/.*\.pdf$)/,
        );
      }
    }
  });

  it('cite the cauda equina pathway itself for every cauda equina sign', () => {
    for (const s of data.signs.filter((x) => x.caudaEquina)) {
      expect(s.source.url, s.id).toMatch(/gettingitrightfirsttime\.co\.uk\/wp-content\/.*\.pdf$/);
    }
  });
});

describe('toTriageData', () => {
  it('lists warning signs most urgent first, then by order', () => {
    const rank = data.signs.map((s) => tiers.indexOf(s.tier));
    expect(rank).toEqual([...rank].sort((a, b) => a - b));
  });

  it('fails naming the file and field when a rule names an unknown situation', () => {
    const rules = [
      {
        id: 'older-typo',
        data: {
          ...words,
          condition: 'age' as const,
          when: ['older', 'stif'],
          outcome: 'doctor' as const,
          place: 'primary-care' as const,
        },
      },
    ];
    expect(() => toTriageData(entries({ rules }))).toThrow(
      /src\/content\/triage-rules\/older-typo\.yaml: when names "stif", which is not a situation/,
    );
  });

  it('fails naming the file and field when an any list or an askIf names an unknown situation', () => {
    const rules = [
      {
        id: 'fever-typo',
        data: {
          ...words,
          condition: 'infection' as const,
          when: ['older'],
          any: ['stiff', 'feverr'],
          outcome: 'emergency' as const,
          place: 'emergency-room' as const,
        },
      },
    ];
    expect(() => toTriageData(entries({ rules }))).toThrow(
      /src\/content\/triage-rules\/fever-typo\.yaml: any names "feverr", which is not a situation/,
    );
    const aboutYou = [{ id: 'weeks', data: { ...words, askIf: 'pregnent' } }];
    expect(() => toTriageData(entries({ aboutYou }))).toThrow(
      /src\/content\/about-you\/weeks\.yaml: askIf names "pregnent"/,
    );
  });

  it('fails when one id is used in two folders', () => {
    expect(() => toTriageData(entries({ aboutYou: [{ id: 'red', data: words }] }))).toThrow(
      /src\/content\/about-you\/red\.yaml: the id "red" is also src\/content\/warning-signs\/red\.yaml/,
    );
  });

  it('accepts a changed tier as a clinical decision, not a build error', () => {
    const changed = toTriageData(entries({ signs: [{ id: 'red', data: sign('urgent') }] }));
    expect(changed.signs[0]).toMatchObject({ id: 'red', tier: 'urgent' });
  });

  it('sortSigns breaks ties by id so every page lists signs in the same order', () => {
    const a = { id: 'b', tier: 'urgent' as const, order: 1 };
    const b = { id: 'a', tier: 'urgent' as const, order: 1 };
    const c = { id: 'c', tier: 'emergency' as const, order: 9 };
    expect(sortSigns([a, b, c]).map((s) => s.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('the schema', () => {
  it('rejects a cauda equina sign below emergency, naming tier', () => {
    const result = warningSignSchema.safeParse({ ...sign('urgent'), caudaEquina: true });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['tier']);
    expect(result.error!.issues[0]!.message).toMatch(/cauda equina/);
  });
});

describe('tier words', () => {
  it('give each tier its action: 911 and no driving, a doctor today, within 1 to 3 days', () => {
    expect(tierText.emergency.action.join(' ')).toMatch(/Call 911.*emergency room/);
    expect(tierText.emergency.action).toContain('Do not drive yourself.');
    expect(tierText.urgent.action[0]).toMatch(/medical doctor today/);
    expect(tierText.doctor.action[0]).toMatch(/within 1 to 3 days, at primary care/);
  });

  it('link each tier to its anchor on /when-to-see-a-doctor/', () => {
    expect(tiers.map(tierHref)).toEqual([
      '/when-to-see-a-doctor/#emergency',
      '/when-to-see-a-doctor/#urgent',
      '/when-to-see-a-doctor/#doctor',
    ]);
  });
});

describe('raisesUrgency', () => {
  const signs = [
    { id: 'fever', tier: 'urgent' as const },
    { id: 'numb-groin', tier: 'emergency' as const },
  ];
  it('is true when the combination is more urgent than each situation alone', () => {
    // "pregnant" has no tier of its own: alone it sends nowhere.
    expect(raisesUrgency({ when: ['pregnant', 'fever'], outcome: 'emergency' }, signs)).toBe(true);
    expect(raisesUrgency({ when: ['older', 'new-pain'], outcome: 'doctor' }, signs)).toBe(true);
  });
  it('is false when a situation alone is already as urgent', () => {
    expect(raisesUrgency({ when: ['procedure', 'fever'], outcome: 'urgent' }, signs)).toBe(false);
    expect(raisesUrgency({ when: ['fever', 'numb-groin'], outcome: 'emergency' }, signs)).toBe(
      false,
    );
  });
});
