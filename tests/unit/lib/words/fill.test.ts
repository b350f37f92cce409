import { describe, expect, it } from 'vitest';
import { fill, say, sayAround } from '../../../../src/lib/words/fill';
import { EMERGENCY_NUMBER } from '../../../../src/lib/emergency';
import { doctorWithinDays } from '../../../../src/lib/triage';

describe('sentences with named slots', () => {
  it('fills every slot, as often as it appears', () => {
    expect(fill('Step {n} of {total}; {n} done', { n: 2, total: 5 })).toBe('Step 2 of 5; 2 done');
  });

  it('writes no full stop after a value that ends with a question mark', () => {
    const sentence = 'Otras formas: {list}.';
    expect(fill(sentence, { list: 'dolor de cintura; lumbago agudo, ¿qué hago?' })).toBe(
      'Otras formas: dolor de cintura; lumbago agudo, ¿qué hago?',
    );
    expect(fill(sentence, { list: '¿qué hago?; dolor de cintura' })).toBe(
      'Otras formas: ¿qué hago?; dolor de cintura.',
    );
  });

  it('stops on a slot with no value, naming the sentence and the slot', () => {
    expect(() => fill('Call {numbr} now', { number: '911' })).toThrow(
      '"Call {numbr} now" names a slot {numbr} with no value.',
    );
  });

  it('says the facts from their one home: the emergency number and the days', () => {
    expect(say('Call {number} within {from} to {to} days')).toBe(
      `Call ${EMERGENCY_NUMBER} within ${doctorWithinDays.from} to ${doctorWithinDays.to} days`,
    );
  });
});

describe('a sentence with elements in its slots', () => {
  it('cuts the sentence at each element, the text between said with the facts', () => {
    expect(
      sayAround('Start with the {quiz} or call {number}; see the {signs}.', ['quiz', 'signs']),
    ).toEqual([
      'Start with the ',
      { slot: 'quiz' },
      ` or call ${EMERGENCY_NUMBER}; see the `,
      { slot: 'signs' },
      '.',
    ]);
  });

  it('keeps the order the translation chose, and fills the other slots it is given', () => {
    expect(sayAround('{signs} y {quiz}: {n}', ['quiz', 'signs'], { n: 2 })).toEqual([
      { slot: 'signs' },
      ' y ',
      { slot: 'quiz' },
      ': 2',
    ]);
  });

  it('stops on a sentence that lost an element, naming it', () => {
    expect(() => sayAround('Empiece por el cuestionario.', ['quiz'])).toThrow(
      '"Empiece por el cuestionario." has lost its slot {quiz}, where the page puts a link.',
    );
  });
});
