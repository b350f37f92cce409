import { describe, expect, it } from 'vitest';
import { clinic, getPractitioner, practitionerDisplayName } from '../../../src/lib/clinic';

describe('clinic data', () => {
  it('holds only the facts the clinic supplied; contact details stay empty until provided', () => {
    expect(clinic.streetAddress).toBeUndefined();
    expect(clinic.telephone).toBeUndefined();
    expect(clinic.openingHours).toBeUndefined();
    expect(clinic.bookingUrl).toBeUndefined();
  });
  it('lists all seven communities served', () => {
    expect(clinic.communitiesServed).toHaveLength(7);
    expect(clinic.communitiesServed).toContain('Loudoun Valley Estates');
  });
});

describe('getPractitioner', () => {
  it('finds the chiropractor by id', () => {
    const p = getPractitioner('jonathan-solomon');
    expect(practitionerDisplayName(p)).toBe('Dr. Jonathan Solomon, DC');
  });
  it("describes Dr. Solomon as a chiropractor, and his licence as a chiropractor's", () => {
    const p = getPractitioner('jonathan-solomon');
    expect(p.jobTitle).toBe('Chiropractor');
    expect(p.degree).toEqual({
      name: 'Doctor of Chiropractic',
      school: 'Life Chiropractic College',
    });
    // "Licensed by the Virginia Board of Medicine" alone reads as a medical licence.
    expect(p.licence).toMatch(/^Licensed as a chiropractor by the Virginia Board of Medicine/);
    expect(JSON.stringify(p)).not.toMatch(/physician|medical doctor/i);
  });
  it('throws on an unknown id, naming the file to fix', () => {
    expect(() => getPractitioner('dr-nobody')).toThrow(/dr-nobody.*src\/lib\/clinic\.ts/);
  });
});
