/**
 * ClinicContact shows each supplied detail, the phone as a tel: link, and nothing at all while
 * the clinic has supplied none (as today: src/lib/clinic.ts holds no contact detail).
 */
import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import * as cheerio from 'cheerio';
import ClinicContact from '../../../src/components/ClinicContact.astro';
import { clinic, clinicContact } from '../../../src/lib/clinic';
import { FIXTURE_CLINIC } from '../../fixtures/launch';

const container = await AstroContainer.create();
const render = async (props: Record<string, unknown>) =>
  cheerio.load(await container.renderToString(ClinicContact, { props }));
const contact = clinicContact({ ...clinic, ...FIXTURE_CLINIC });

describe('ClinicContact', () => {
  it('renders nothing while the clinic has supplied no contact detail', async () => {
    const $ = await render({ heading: 'Contact' });
    expect($('[data-clinic-contact]').length).toBe(0);
    expect($.text().trim()).toBe('');
  });

  it('shows the details under a heading, the phone as a tel: link', async () => {
    const $ = await render({ heading: 'Contact', contact });
    expect($('h2').text()).toBe('Contact');
    expect($('a[href^="tel:"]').attr('href')).toBe('tel:+17035550100');
    expect($('a[href^="tel:"]').text()).toBe('(703) 555-0100');
    expect($.text()).toContain('1 Fixture Way, Ashburn, VA 00000');
    expect($(`a[href="${FIXTURE_CLINIC.bookingUrl}"]`).length).toBe(1);
  });

  it('fits on one line in the footer, phone first', async () => {
    const $ = await render({ contact });
    expect($('p[data-clinic-contact]').text().replace(/\s+/g, ' ').trim()).toMatch(
      /^Call Ashburn Village Chiropractic: \(703\) 555-0100\./,
    );
    expect($('h2').length).toBe(0);
  });
});
