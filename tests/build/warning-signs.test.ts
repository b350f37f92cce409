/**
 * One source of truth for warning signs (design.md): every built page that lists signs renders
 * them from src/content/warning-signs/, and no page states an emergency sign with less urgency
 * than "call 911". The checker is shown catching downgrades on a fixture first.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { htmlPages, page } from '../support/dist';
import { loadWarningSigns } from '../fixtures/warning-signs';
import { emergencyPatterns, findDowngrades } from './warning-sign-downgrades';

const fixture = (name: string) =>
  cheerio.load(readFileSync(`tests/fixtures/warning-sign-pages/${name}`, 'utf8'));
const signs = loadWarningSigns();
const ofTier = (tier: string) => signs.filter((s) => s.tier === tier);

describe('the downgrade check', () => {
  it("has a pattern for every emergency sign, and each pattern matches the sign's own words", () => {
    for (const sign of ofTier('emergency')) {
      const pattern = emergencyPatterns[sign.id];
      expect(
        pattern,
        `${sign.id}: add a pattern to tests/build/warning-sign-downgrades.ts`,
      ).toBeDefined();
      expect(`${sign.words} ${sign.short}`, sign.id).toMatch(pattern!);
    }
  });

  it('catches every downgrade on the fixture, and nothing else', () => {
    expect(findDowngrades(fixture('downgrade.html'))).toEqual([
      {
        sign: 'bladder-bowel',
        text: 'It needs a medical check first if you also have trouble controlling your bladder or bowels.',
        because: 'lower urgency in the same sentence',
      },
      {
        sign: 'saddle-numbness',
        text: 'Numbness between your legs',
        because: 'no emergency wording nearby',
      },
      {
        sign: 'peeing-trouble',
        text: 'See your doctor if you have new trouble peeing.',
        because: 'lower urgency in the same sentence',
      },
    ]);
  });

  it('passes a page that states each emergency sign as an emergency', () => {
    expect(findDowngrades(fixture('right.html'))).toEqual([]);
  });
});

describe('built pages', () => {
  it('never state an emergency sign with less urgency than its tier', () => {
    const found = htmlPages().flatMap((p) =>
      findDowngrades(p.$).map((d) => `${p.path} [${d.sign}, ${d.because}]: ${d.text}`),
    );
    expect(found, found.join('\n')).toEqual([]);
  });

  it('show every tier, built from the data, on /when-to-see-a-doctor/ (no JavaScript needed)', () => {
    const $ = page('/when-to-see-a-doctor/').$;
    for (const tier of ['emergency', 'urgent', 'doctor']) {
      const block = $(`#${tier}[data-warning-tier="${tier}"]`);
      expect(block.length, tier).toBe(1);
      expect(
        block
          .find('[data-sign]')
          .map((_, el) => $(el).attr('data-sign'))
          .get(),
      ).toEqual(ofTier(tier).map((s) => s.id));
    }
  });

  it('show every tier and every sign in the decision table on /triage/ without the quiz', () => {
    const $ = page('/triage/').$;
    for (const tier of ['emergency', 'urgent', 'doctor']) {
      expect($(`main [data-warning-tier="${tier}"] [data-sign]`).length, tier).toBe(
        ofTier(tier).length,
      );
    }
    const rows = $('#decision-table tr[data-situation]')
      .map((_, el) => $(el).attr('data-situation'))
      .get();
    for (const s of signs) expect(rows).toContain(s.id);
    expect($(`#decision-table tr[data-situation="fever"]`).attr('data-row-outcome')).toBe('urgent');
  });

  it('put the emergency signs from the data on home, 404, the routine and every article note', () => {
    const emergency = ofTier('emergency').map((s) => s.id);
    const paths = [
      '/',
      '/404.html',
      '/exercises/routine/',
      '/causes/overuse/',
      '/exercises/bird-dog/',
    ];
    for (const path of paths) {
      const $ = page(path).$;
      const shown = $('main [data-warning-tier="emergency"] [data-sign]')
        .map((_, el) => $(el).attr('data-sign'))
        .get();
      expect([...new Set(shown)], path).toEqual(emergency);
    }
  });

  it('link from the home page to the today and soon lists', () => {
    const $ = page('/').$;
    for (const tier of ['urgent', 'doctor']) {
      expect(
        $(`main [data-warning-signs] a[href="/when-to-see-a-doctor/#${tier}"]`).length,
        tier,
      ).toBe(1);
    }
  });

  it("put the emergency signs from the data in every page's footer, and the bar links to them", () => {
    for (const p of htmlPages()) {
      const shown = p.$('footer [data-warning-tier="emergency"] [data-sign]').length;
      expect(shown, p.path).toBe(ofTier('emergency').length);
      expect(p.$('.emergency-bar a').attr('href'), p.path).toBe('/when-to-see-a-doctor/#emergency');
    }
  });
});
