/**
 * The clinic's structured data carries its contact details once they are supplied, and none
 * while they are not (none may be invented).
 */
import { describe, expect, it } from 'vitest';
import { clinic } from '../../../src/lib/clinic';
import { medicalClinic } from '../../../src/lib/structured-data';
import { FIXTURE_CLINIC } from '../../fixtures/launch';

const SITE = 'https://www.example.com/';

describe('medicalClinic', () => {
  it('gives the phone to dial, the full address, the hours and the booking link when supplied', () => {
    const node = medicalClinic(SITE, { ...clinic, ...FIXTURE_CLINIC }) as unknown as Record<
      string,
      unknown
    >;
    expect(node).toMatchObject({
      telephone: '+17035550100',
      openingHours: ['Mo-Fr 09:00-17:00'],
      address: { streetAddress: '1 Fixture Way', postalCode: '00000', addressLocality: 'Ashburn' },
      potentialAction: { '@type': 'ReserveAction', target: FIXTURE_CLINIC.bookingUrl },
    });
  });

  it('names only the town while no contact detail is supplied', () => {
    const node = medicalClinic(SITE, {
      ...clinic,
      ...Object.fromEntries(Object.keys(FIXTURE_CLINIC).map((k) => [k, undefined])),
    }) as unknown as Record<string, unknown>;
    for (const key of ['telephone', 'openingHours', 'potentialAction'])
      expect(node).not.toHaveProperty(key);
    expect(node.address).toEqual({
      '@type': 'PostalAddress',
      addressLocality: 'Ashburn',
      addressRegion: 'VA',
      addressCountry: 'US',
    });
  });
});
