import { describe, expect, it } from 'vitest';
import {
  clinicContact,
  getPractitioner,
  practitionerDisplayName,
  telHref,
} from '../../../src/lib/clinic';
import { FIXTURE_CLINIC } from '../../fixtures/launch';

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

describe('clinic contact details as pages show them', () => {
  const place = { city: 'Ashburn', regionCode: 'VA' };

  it('is nothing at all while no detail is supplied, so pages show nothing', () => {
    expect(clinicContact({ ...place })).toBeUndefined();
  });

  it('gives each supplied detail ready to show, the phone with a tel: link', () => {
    expect(clinicContact({ ...place, ...FIXTURE_CLINIC })).toEqual({
      address: '1 Fixture Way, Ashburn, VA 00000',
      phone: { text: '(703) 555-0100', href: 'tel:+17035550100' },
      hours: ['Mo-Fr 09:00-17:00'],
      bookingUrl: 'https://booking.fixture.invalid/clinic',
    });
  });

  it('shows only what is supplied', () => {
    expect(clinicContact({ ...place, telephone: '703.555.0100' })).toEqual({
      phone: { text: '703.555.0100', href: 'tel:+17035550100' },
    });
  });

  it.each([
    ['(703) 555-0100', 'tel:+17035550100'],
    ['1-703-555-0100', 'tel:+17035550100'],
    ['+44 20 7946 0000', 'tel:+442079460000'],
  ])('dials %s as %s', (written, href) => {
    expect(telHref(written)).toBe(href);
  });
});
