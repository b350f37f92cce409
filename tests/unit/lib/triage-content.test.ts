import { describe, expect, it } from 'vitest';
import { outcomes, situationIds, situationOutcomes, urgency } from '../../../src/lib/triage';
import {
  emergencyText,
  links,
  outcomeText,
  situationText,
  steps,
} from '../../../src/lib/triage-content';
import { readability, splitSentences } from '../../support/readability';

describe('quiz steps', () => {
  it('ask about every situation exactly once', () => {
    const asked = steps.flatMap((s) => s.situations);
    expect([...asked].sort()).toEqual([...situationIds].sort());
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('ask the emergency signs first, then doctor signs, then how spasms behave', () => {
    expect(steps.map((s) => s.id)).toEqual(['emergency', 'doctor', 'pattern']);
    const emergencyIds = situationIds.filter((id) => situationOutcomes[id] === 'emergency');
    expect([...steps[0].situations].sort()).toEqual(emergencyIds.sort());
    for (const id of steps[1].situations) expect(situationOutcomes[id]).toBe('doctor');
    // Each step's least urgent sign is at least as urgent as anything asked later.
    for (let i = 0; i < steps.length - 1; i++) {
      const least = Math.min(...steps[i].situations.map((id) => urgency(situationOutcomes[id])));
      const laterMost = Math.max(
        ...steps
          .slice(i + 1)
          .flatMap((s) => s.situations.map((id) => urgency(situationOutcomes[id]))),
      );
      expect(least).toBeGreaterThanOrEqual(laterMost);
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

  it('keeps emergency advice at grade 6 or lower and says not to drive', () => {
    const emergency = [
      outcomeText.emergency.title,
      outcomeText.emergency.advice,
      ...outcomeText.emergency.todo,
      emergencyText.heading,
      ...emergencyText.after,
      ...steps[0].situations.map((id) => situationText[id].label),
    ].join('\n');
    expect(readability(emergency).grade).toBeLessThanOrEqual(6);
    expect(emergency).toContain('Call 911 now');
    expect(emergency).toContain('Do not drive yourself');
  });

  it('keeps all other quiz wording at grade 8 or lower', () => {
    const rest = [
      ...Object.values(situationText).flatMap((t) => [t.label, t.help ?? '', t.reason]),
      ...outcomes.flatMap((o) => [outcomeText[o].advice, ...outcomeText[o].todo]),
      ...steps.flatMap((s) => [s.legend, s.hint]),
    ].join('\n');
    expect(readability(rest).grade).toBeLessThanOrEqual(8);
  });

  it('never promises a cure or a result', () => {
    const all = JSON.stringify({ situationText, outcomeText, steps, emergencyText });
    expect(all).not.toMatch(/\bcure|guarantee|will (fix|heal)|permanent/i);
  });

  it('links to the pages the design names', () => {
    expect(Object.values(links).map((l) => l.href)).toEqual(
      expect.arrayContaining(['/when-to-see-a-doctor/', '/treatment/', '/exercises/', '/triage/']),
    );
  });
});
