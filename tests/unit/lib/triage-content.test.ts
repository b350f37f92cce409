import { describe, expect, it } from 'vitest';
import { outcomes, situationIds, situationOutcomes, urgency } from '../../../src/lib/triage';
import { links, outcomeText, patternText, quizText } from '../../../src/lib/triage-content';
import { tierText } from '../../../src/lib/warning-signs';
import { readability, splitSentences } from '../../support/readability';
import { loadWarningSigns, quizSteps } from '../../fixtures/warning-signs';

const steps = quizSteps();
const signs = loadWarningSigns();

describe('quiz steps', () => {
  it('are at most 4 and ask about every situation exactly once', () => {
    expect(steps.length).toBeLessThanOrEqual(4);
    const asked = steps.flatMap((s) => s.choices.map((c) => c.value));
    expect([...asked].sort()).toEqual([...situationIds].sort());
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('ask warning signs first, most urgent first, then how spasms behave', () => {
    expect(steps.map((s) => s.id)).toEqual(['emergency', 'urgent', 'doctor', 'pattern']);
    for (const step of steps.slice(0, 3)) {
      for (const c of step.choices)
        expect(situationOutcomes[c.value as never], c.value).toBe(step.id);
    }
    // Each step's least urgent box is at least as urgent as anything asked later.
    const u = (v: string) => urgency(situationOutcomes[v as never]);
    for (let i = 0; i < steps.length - 1; i++) {
      const least = Math.min(...steps[i].choices.map((c) => u(c.value)));
      const laterMost = Math.max(
        ...steps.slice(i + 1).flatMap((s) => s.choices.map((c) => u(c.value))),
      );
      expect(least).toBeGreaterThanOrEqual(laterMost);
    }
  });

  it('take each warning sign box word for word from its file', () => {
    const boxes = steps.flatMap((s) => s.choices);
    for (const sign of signs) {
      expect(boxes.find((c) => c.value === sign.id)).toEqual({
        value: sign.id,
        label: sign.words,
        help: sign.example,
        reason: sign.why,
      });
    }
  });

  it('ask one thing per box: no box joins two signs that have their own box', () => {
    // The old "fever, weight loss or feeling unwell" box bundled three signs.
    for (const c of steps.flatMap((s) => s.choices)) {
      expect(c.label, c.value).not.toMatch(/fever.*weight|weight.*fever/i);
    }
  });
});

describe('wording', () => {
  it('gives each outcome one sentence of advice, steps to take and links', () => {
    for (const outcome of outcomes) {
      const text = outcomeText[outcome];
      expect(splitSentences(text.advice), outcome).toHaveLength(1);
      expect(text.todo.length, outcome).toBeGreaterThanOrEqual(3);
      expect(text.links.length, outcome).toBeGreaterThanOrEqual(1);
    }
  });

  it('keeps emergency advice at grade 6 or lower and says not to drive or wait', () => {
    const emergency = [
      outcomeText.emergency.title,
      outcomeText.emergency.advice,
      ...outcomeText.emergency.todo,
      tierText.emergency.heading,
      ...tierText.emergency.action,
      ...signs.filter((s) => s.tier === 'emergency').flatMap((s) => [s.words, s.example, s.why]),
    ].join('\n');
    expect(readability(emergency).grade).toBeLessThanOrEqual(6);
    expect(emergency).toContain('Call 911 now');
    expect(emergency).toContain('Do not drive yourself');
    expect(emergency).toContain('Do not wait');
  });

  it('says "today" for urgent and "soon" for doctor, and means a medical doctor', () => {
    expect(outcomeText.urgent.advice).toMatch(/medical doctor today/);
    expect(outcomeText.urgent.advice).toMatch(/urgent care|same-day/);
    expect(tierText.urgent.action[0]).toMatch(/today.*urgent care.*same-day/);
    expect(tierText.doctor.action[0]).toMatch(/medical doctor soon/);
    for (const o of ['urgent', 'doctor', 'doctor-then-chiropractic'] as const) {
      expect(outcomeText[o].todo.join(' '), o).toMatch(/not a chiropractor/);
    }
  });

  it('is honest on the chiropractic result: self-care first, other options, whose site this is', () => {
    const text = outcomeText.chiropractic;
    const all = [text.title, text.advice, text.because, ...text.todo].join(' ');
    expect(all).toMatch(/days to a few weeks/);
    expect(all).toMatch(/physical therapist/);
    expect(all).toMatch(/primary care clinician/);
    expect(all).toMatch(/chiropractic clinic’s website/);
    expect(text.links.map((l) => l.href)).toContain('/treatment/self-care-at-home/');
    expect(text.table.doctor).toBe('Not needed first');
    for (const o of outcomes) expect(outcomeText[o].table.doctor).not.toMatch(/^Not needed\.?$/);
  });

  it('keeps all other quiz wording at grade 8 or lower', () => {
    const rest = [
      ...Object.values(patternText).flatMap((t) => [t.label, t.help ?? '', t.reason]),
      ...outcomes.flatMap((o) => [outcomeText[o].advice, ...outcomeText[o].todo]),
      ...steps.flatMap((s) => [s.legend, s.hint]),
      ...signs.flatMap((s) => [s.words, s.example, s.why]),
    ].join('\n');
    expect(readability(rest).grade).toBeLessThanOrEqual(8);
  });

  it('never promises a cure or a result', () => {
    const all = JSON.stringify({ patternText, outcomeText, steps, tierText, quizText });
    expect(all).not.toMatch(/\bcure|guarantee|will (fix|heal)|permanent/i);
  });

  it('links to the pages the design names', () => {
    expect(Object.values(links).map((l) => l.href)).toEqual(
      expect.arrayContaining(['/when-to-see-a-doctor/', '/treatment/', '/exercises/', '/triage/']),
    );
  });
});
