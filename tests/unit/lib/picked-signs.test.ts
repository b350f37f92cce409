/**
 * A page's picked list (`<WarningSigns signs="…" variant="picked" />`) shows each named record
 * under its own tier, whatever order the tag names them in, and a name that is not a record
 * with a tier is refused naming the file and the name. Made-up records, so the tests say how
 * the lists behave, not what today's records are.
 */
import { describe, expect, it } from 'vitest';
import { toTriageData, type TriageEntries } from '../../../src/lib/warning-signs';
import {
  parsePicked,
  pickedGroups,
  pickedListsIn,
  pickedSignProblems,
} from '../../../src/lib/picked-signs';
import type { WarningSignData } from '../../../src/lib/content-schemas';
import { warningListVariant } from '../../../src/lib/warning-list-variants';

const source = { title: 'Back pain', publisher: 'NHS', url: 'https://www.nhs.uk/' };
const words = (text: string, order = 1) => ({
  order,
  words: text,
  short: text,
  example: 'For example, this.',
  why: 'Because it matters.',
  source,
});
const sign = (
  text: string,
  tier: WarningSignData['tier'],
  place: WarningSignData['place'],
  order = 1,
) => ({ tier, place, caudaEquina: false, ...words(text, order) });

const entries: TriageEntries = {
  signs: [
    { id: 'numb-groin', data: sign('Numb between the legs', 'emergency', '911') },
    { id: 'fever', data: sign('A fever', 'urgent', 'same-day') },
    { id: 'wound', data: sign('A red wound', 'urgent', 'same-day', 2) },
    { id: 'cough', data: sign('Worse when you cough', 'doctor', 'primary-care') },
  ],
  aboutYou: [
    { id: 'thin', data: words('Thin bones') },
    { id: 'child', data: { ...words('Under 18', 2), tier: 'doctor', place: 'child-doctor' } },
  ],
  patterns: [
    {
      id: 'lifted',
      data: { ...words('After lifting'), outcome: 'chiropractic', place: 'self-care' },
    },
  ],
  rules: [
    {
      id: 'thin-lifted',
      data: {
        ...words('Thin bones, after lifting'),
        condition: 'fracture',
        when: ['thin', 'lifted'],
        outcome: 'urgent',
        place: 'same-day',
      },
    },
    {
      id: 'child-fever',
      data: {
        ...words('A child with a fever'),
        condition: 'infection',
        when: ['child', 'fever'],
        outcome: 'urgent',
        place: 'emergency-room-today',
      },
    },
  ],
};
const data = toTriageData(entries);
const shown = (ids: string[]) =>
  pickedGroups(ids, data).map((g) => ({
    tier: g.tier,
    place: g.place,
    items: g.items.map((i) => `${i.attr}=${i.id}@${i.place}`),
  }));

describe('a picked list', () => {
  it('reads the names in the tag, separated by spaces or commas', () => {
    expect(parsePicked(' cough  thin-lifted,fever ')).toEqual(['cough', 'thin-lifted', 'fever']);
    expect(parsePicked(undefined)).toEqual([]);
  });

  it('groups signs, facts and rules by their own tier, most urgent first, whatever the order named', () => {
    expect(shown(['cough', 'thin-lifted', 'numb-groin', 'fever', 'child'])).toEqual([
      { tier: 'emergency', place: '911', items: ['data-sign=numb-groin@911'] },
      {
        tier: 'urgent',
        place: 'same-day',
        items: ['data-sign=fever@same-day', 'data-rule=thin-lifted@same-day'],
      },
      {
        tier: 'doctor',
        place: undefined,
        items: ['data-sign=cough@primary-care', 'data-sign=child@child-doctor'],
      },
    ]);
  });

  it('gives a group one place only when every item in it goes there', () => {
    expect(shown(['fever', 'child-fever']).map((g) => g.place)).toEqual([undefined]);
    expect(shown(['child-fever']).map((g) => g.place)).toEqual(['emergency-room-today']);
  });

  it('shows the words of the language it is given', () => {
    const spanish = { ...data, signs: data.signs.map((s) => ({ ...s, words: `ES ${s.words}` })) };
    expect(pickedGroups(['fever'], spanish)[0]!.items[0]!.words).toBe('ES A fever');
  });
});

describe('a picked list the build refuses', () => {
  const file = 'src/content/questions/x.mdx';
  const problems = (body: string) => pickedSignProblems(file, body, data);

  it('names the file and each name that is not a record', () => {
    expect(problems('Text.\n\n<WarningSigns signs="fever coughh" variant="picked" />\n')).toEqual([
      `${file}: <WarningSigns signs="fever coughh">: "coughh" is not a file in src/content/warning-signs/, about-you/ or triage-rules/`,
    ]);
  });

  it('names a fact or a pattern with no urgency alone, and the combinations that use it', () => {
    expect(problems('<WarningSigns variant="picked" signs="thin lifted" />')).toEqual([
      `${file}: <WarningSigns signs="thin lifted">: "thin" (src/content/about-you/thin.yaml) has no urgency alone; name a combination that uses it: thin-lifted`,
      `${file}: <WarningSigns signs="thin lifted">: "lifted" (src/content/pain-patterns/lifted.yaml) has no urgency alone; name a combination that uses it: thin-lifted`,
    ]);
  });

  it('refuses an empty list and a name given twice', () => {
    expect(problems('<WarningSigns signs="" variant="picked" />')).toEqual([
      `${file}: <WarningSigns signs="">: names no sign; list the file names of the signs to show`,
    ]);
    expect(problems('<WarningSigns signs="fever fever" variant="picked" />')).toEqual([
      `${file}: <WarningSigns signs="fever fever">: "fever" is named twice`,
    ]);
  });

  it('reads only picked tags, and passes a page whose names are all records with a tier', () => {
    const body =
      '<WarningSigns tier="urgent" variant="short" />\n<WarningSigns signs="fever child thin-lifted" variant="picked" />';
    expect(pickedListsIn(body)).toEqual([['fever', 'child', 'thin-lifted']]);
    expect(problems(body)).toEqual([]);
  });

  it('stops the component too, naming the name, if a list reaches it unchecked', () => {
    expect(() => pickedGroups(['fever', 'nope'], data)).toThrow(
      /signs="fever nope"\]?.*"nope" is not a file/,
    );
  });
});

describe('the picked form in a tag', () => {
  it('needs signs, takes no tier, and is the only form that takes signs', () => {
    expect(warningListVariant('picked', { signs: 'fever' })).toBe('picked');
    expect(() => warningListVariant('picked', {})).toThrow(/name the signs to show/);
    expect(() => warningListVariant('picked', { signs: 'fever', tier: 'urgent' })).toThrow(
      /keep their own tiers; drop tier/,
    );
    expect(() => warningListVariant('short', { signs: 'fever' })).toThrow(
      /only variant="picked" takes signs/,
    );
  });
});
