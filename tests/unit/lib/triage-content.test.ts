import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../../src/lib/words';
const en = wordsFor('en');
import { outcomes, places } from '../../../src/lib/triage';
import { resultWords } from '../../../src/lib/triage-content';
import { links, outcomeText } from '../../../src/lib/words/en/what-to-do';
import { quizText } from '../../../src/lib/words/en/quiz';
import { placeText } from '../../../src/lib/words/en/where';
import { tierText } from '../../../src/lib/words/en/how-soon';
import { readability } from '../../support/readability';
import { loadTriageData, quizSteps } from '../../fixtures/warning-signs';

const steps = quizSteps();
const data = loadTriageData();
const emergencySigns = data.signs.filter((s) => s.tier === 'emergency');
const emergencyRules = data.rules.filter((r) => r.outcome === 'emergency');

describe('quiz steps', () => {
  it('ask every situation exactly once, in the contract order of steps', () => {
    expect(steps.map((s) => s.id)).toEqual([
      'emergency',
      'about-you',
      'urgent',
      'doctor',
      'pattern',
    ]);
    const asked = steps.flatMap((s) => s.choices.map((c) => c.value));
    expect([...asked].sort()).toEqual(data.situations.map((s) => s.id).sort());
    expect(new Set(asked).size).toBe(asked.length);
    // Canonical order, but a follow-up comes right after the box it depends on.
    const canonical = data.situations.filter((s) => !s.askIf).map((s) => s.id);
    expect(asked.filter((id) => canonical.includes(id))).toEqual(canonical);
    for (const s of data.situations.filter((x) => x.askIf)) {
      const at = asked.indexOf(s.id);
      const parent = asked.indexOf(s.askIf!);
      const between = asked.slice(parent + 1, at);
      expect(
        between.every((id) => data.situations.find((x) => x.id === id)?.askIf === s.askIf),
        s.id,
      ).toBe(true);
    }
  });

  it("put each warning sign on its tier's step, so a changed tier moves the box", () => {
    for (const sign of data.signs.filter((s) => s.kind === 'sign')) {
      const step = steps.find((s) => s.choices.some((c) => c.value === sign.id))!;
      expect(step.id, sign.id).toBe(sign.tier);
    }
  });

  it('take each box word for word from its file', () => {
    const boxes = steps.flatMap((s) => s.choices);
    for (const s of data.situations) {
      expect(boxes.find((c) => c.value === s.id)).toEqual({
        value: s.id,
        label: s.words,
        help: s.example,
        reason: s.why,
        ...(s.askIf && { askIf: s.askIf }),
        ...(s.beforeHandsOnCare && { caution: s.beforeHandsOnCare }),
      });
    }
  });
});

describe('wording', () => {
  it('gives every place words, and every outcome steps to take and links', () => {
    for (const place of places) expect(placeText[place].action.length, place).toBeGreaterThan(20);
    for (const outcome of outcomes) {
      expect(outcomeText[outcome].todo.length, outcome).toBeGreaterThanOrEqual(3);
      expect(outcomeText[outcome].links.length, outcome).toBeGreaterThanOrEqual(1);
    }
  });

  it('says the place in words on the result heading', () => {
    expect(resultWords({ outcome: 'emergency', place: 'labor-and-delivery' }, en).heading).toMatch(
      /labor and delivery/,
    );
    expect(resultWords({ outcome: 'emergency', place: 'emergency-room' }, en).heading).toMatch(
      /emergency room/,
    );
    expect(resultWords({ outcome: 'urgent', place: 'cancer-team' }, en).heading).toMatch(
      /cancer team/,
    );
    expect(resultWords({ outcome: 'urgent', place: 'procedure-team' }, en).heading).toMatch(
      /team that did your procedure/,
    );
    expect(resultWords({ outcome: 'doctor', place: 'primary-care' }, en).heading).toMatch(
      /within 1 to 3 days/,
    );
  });

  it('keeps emergency advice at grade 6 or lower and says not to drive or wait', () => {
    const emergency = [
      placeText['911'].heading,
      placeText['911'].action,
      placeText['labor-and-delivery'].action,
      placeText['emergency-room'].action,
      ...outcomeText.emergency.todo,
      tierText.emergency.heading,
      ...tierText.emergency.action,
      ...[...emergencySigns, ...emergencyRules].flatMap((s) => [s.words, s.example, s.why]),
    ].join('\n');
    expect(readability(emergency).grade).toBeLessThanOrEqual(6);
    expect(emergency).toContain('Call 911 now');
    expect(emergency).toContain('Do not drive yourself');
    expect(emergency).toContain('Do not wait');
  });

  it('says "today" for urgent and "within 1 to 3 days, primary care" for doctor', () => {
    expect(tierText.urgent.action[0]).toMatch(/today.*urgent care.*same-day/);
    expect(tierText.doctor.action[0]).toMatch(/within 1 to 3 days.*primary care/);
    expect(placeText['primary-care'].action).toMatch(/within 1 to 3 days/);
    for (const o of ['urgent', 'doctor', 'doctor-then-chiropractic'] as const) {
      expect(outcomeText[o].todo.join(' '), o).toMatch(/not a chiropractor/);
    }
  });

  it('uses US words: no UK words on any situation or rule', () => {
    const all = [...data.situations, ...data.rules]
      .flatMap((s) => [s.words, s.short, s.example, s.why])
      .join('\n');
    expect(all).not.toMatch(/\bpoo\b|back passage|shivery|\bGP\b|\bA&E\b|999|paracetamol/i);
  });

  it('is honest on the chiropractic result: self-care first, other options, whose site this is', () => {
    const text = outcomeText.chiropractic;
    const all = [placeText['self-care'].action, text.because, ...text.todo].join(' ');
    expect(all).toMatch(/days to a few weeks/);
    expect(all).toMatch(/physical therapist/);
    expect(all).toMatch(/primary care clinician/);
    expect(all).toMatch(/chiropractic clinic’s website/);
    expect(text.links.map((l) => l.href)).toContain('/treatment/self-care-at-home/');
  });

  it('keeps all other quiz wording at grade 8 or lower', () => {
    const rest = [
      ...outcomes.flatMap((o) => outcomeText[o].todo),
      ...places.map((p) => placeText[p].action),
      ...steps.flatMap((s) => [s.legend, s.hint]),
      ...[...data.situations, ...data.rules].flatMap((s) => [s.words, s.example, s.why]),
    ].join('\n');
    expect(readability(rest).grade).toBeLessThanOrEqual(8);
  });

  it('never promises a cure or a result', () => {
    const all = JSON.stringify({ data, outcomeText, placeText, steps, tierText, quizText });
    expect(all).not.toMatch(/\bcure|guarantee|will (fix|heal)|permanent/i);
  });

  it('links to the pages the design names', () => {
    expect(Object.values(links).map((l) => l.href)).toEqual(
      expect.arrayContaining(['/when-to-see-a-doctor/', '/treatment/', '/exercises/', '/triage/']),
    );
  });
});
