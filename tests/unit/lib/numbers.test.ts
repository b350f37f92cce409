import { describe, expect, it } from 'vitest';
import { missingNumbers, numbersIn } from '../../../src/lib/numbers';

describe('numbersIn', () => {
  it('finds each number once, with thousands separators dropped', () => {
    expect(numbersIn('15 to 20 minutes, 100.4 °F, 1,000 and 1000 people, 15 again.')).toEqual([
      '15',
      '20',
      '100.4',
      '1000',
    ]);
  });
});

describe('missingNumbers', () => {
  it('names each number the English says that the Spanish does not', () => {
    expect(missingNumbers('100.4°F (38°C) for 6 weeks', '100.4 °F (38 °C) por 6 semanas')).toEqual(
      [],
    );
    expect(missingNumbers('100.4°F (38°C)', '100,4 °F (38 °C)')).toEqual(['100.4']);
    expect(missingNumbers('within 1 to 3 days', 'en unos días')).toEqual(['1', '3']);
  });
});
