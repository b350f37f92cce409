import { describe, expect, it } from 'vitest';
import { situationOutcomes, warningSignIds } from '../../../src/lib/triage';
import {
  sortSigns,
  tierHref,
  tierText,
  tiers,
  toWarningSigns,
} from '../../../src/lib/warning-signs';
import type { WarningSignData } from '../../../src/lib/content-schemas';
import { loadWarningSigns } from '../../fixtures/warning-signs';

const signs = loadWarningSigns();
const data = (tier: WarningSignData['tier']): WarningSignData => ({
  tier,
  order: 1,
  words: 'A sign in plain words',
  short: 'a sign',
  example: 'For example, this.',
  why: 'Because it matters a lot.',
  source: { title: 'Back pain', publisher: 'NHS', url: 'https://www.nhs.uk/conditions/back-pain/' },
});
const entriesFor = (skip?: string) =>
  warningSignIds
    .filter((id) => id !== skip)
    .map((id) => ({ id, data: data(situationOutcomes[id] as WarningSignData['tier']) }));

describe('the warning-sign files', () => {
  it("hold one file per warning sign the quiz asks about, each in the engine's tier", () => {
    expect(signs.map((s) => s.id).sort()).toEqual([...warningSignIds].sort());
    for (const s of signs) expect(situationOutcomes[s.id as never], s.id).toBe(s.tier);
  });

  it('make a complete emergency tier: early cauda equina signs, not only loss of control', () => {
    const emergency = signs.filter((s) => s.tier === 'emergency').map((s) => s.id);
    expect(emergency).toEqual([
      'peeing-trouble',
      'bladder-bowel',
      'saddle-numbness',
      'sexual-problems',
      'both-legs',
      'chest-pain',
      'belly-pain-faint',
      'serious-accident',
    ]);
  });

  it('screen every standard red flag in the urgent and doctor tiers', () => {
    const urgent = signs.filter((s) => s.tier === 'urgent').map((s) => s.id);
    expect(urgent).toEqual(
      expect.arrayContaining([
        'cancer',
        'weak-immunity',
        'injected-drugs',
        'fragile-bones',
        'pregnancy-signs',
        'fever',
        'kidney-signs',
        'worsening-weakness',
      ]),
    );
    const doctor = signs.filter((s) => s.tier === 'doctor').map((s) => s.id);
    expect(doctor).toEqual(
      expect.arrayContaining([
        'trauma',
        'neuro',
        'systemic',
        'unrelenting',
        'weight-loss',
        'night-pain',
        'between-shoulders',
        'cough-pain',
      ]),
    );
  });

  it('each cite a source with a full https link', () => {
    for (const s of signs) expect(s.source.url, s.id).toMatch(/^https:\/\//);
  });
});

describe('toWarningSigns', () => {
  it('sorts most urgent tier first, then by order', () => {
    const sorted = toWarningSigns(entriesFor());
    const rank = sorted.map((s) => tiers.indexOf(s.tier));
    expect(rank).toEqual([...rank].sort((a, b) => a - b));
  });

  it('fails naming the file and field when a tier disagrees with the quiz', () => {
    const entries = entriesFor();
    entries.find((e) => e.id === 'saddle-numbness')!.data.tier = 'doctor';
    expect(() => toWarningSigns(entries)).toThrow(
      /src\/content\/warning-signs\/saddle-numbness\.yaml: tier is "doctor", but the quiz sends "saddle-numbness" to "emergency"/,
    );
  });

  it('fails on a file the quiz does not know, and on a quiz sign with no file', () => {
    expect(() =>
      toWarningSigns([...entriesFor(), { id: 'backache', data: data('doctor') }]),
    ).toThrow(/warning-signs\/backache\.yaml: id "backache" is not a situation the quiz knows/);
    expect(() => toWarningSigns(entriesFor('fever'))).toThrow(
      /warning-signs\/fever\.yaml: missing/,
    );
  });

  it('sortSigns breaks ties by id so every page lists signs in the same order', () => {
    const a = { id: 'b', tier: 'urgent' as const, order: 1 };
    const b = { id: 'a', tier: 'urgent' as const, order: 1 };
    const c = { id: 'c', tier: 'emergency' as const, order: 9 };
    expect(sortSigns([a, b, c]).map((s) => s.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('tier words', () => {
  it('give each tier its action: 911 and no driving, a doctor today, a doctor soon', () => {
    expect(tierText.emergency.action.join(' ')).toMatch(/Call 911.*emergency department/);
    expect(tierText.emergency.action).toContain('Do not drive yourself.');
    expect(tierText.emergency.action.join(' ')).toMatch(/Do not wait/);
    expect(tierText.urgent.action[0]).toMatch(/medical doctor today/);
    expect(tierText.doctor.action[0]).toMatch(/medical doctor soon/);
  });

  it('link each tier to its anchor on /when-to-see-a-doctor/', () => {
    expect(tiers.map(tierHref)).toEqual([
      '/when-to-see-a-doctor/#emergency',
      '/when-to-see-a-doctor/#urgent',
      '/when-to-see-a-doctor/#doctor',
    ]);
  });
});
