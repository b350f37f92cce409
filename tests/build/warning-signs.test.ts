/**
 * One source of truth for the quiz's records: every built page that lists signs
 * renders them from src/content/, each at its one urgency; the rule page shows every sign and
 * rule with its place and source; the 911 list shows once per page; no page names an
 * emergency or see-a-doctor-today sign with less urgency, nor a see-a-doctor-within-days sign
 * with more; and each picked list shows its signs under their own tiers. The checkers are
 * shown catching downgrades and upgrades on fixtures first.
 */
import { langOf } from '../../src/lib/i18n';
import { wordsFor } from '../../src/lib/words';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { htmlPages, page } from '../support/dist';
import { loadTriageData } from '../fixtures/warning-signs';
import { raisesUrgency } from '../../src/lib/warning-signs';
import { tierText } from '../../src/lib/words/en/how-soon';
import { placeNames } from '../../src/lib/words/en/rule-lists';
import { findDowngrades, signPatterns } from './warning-sign-downgrades';
import { findUpgrades } from './warning-sign-upgrades';

const fixture = (name: string) =>
  cheerio.load(readFileSync(`tests/fixtures/warning-sign-pages/${name}`, 'utf8'));
const data = loadTriageData();
const ofTier = (tier: string) => data.signs.filter((s) => s.tier === tier);
const rulesOf = (tier: string) => data.rules.filter((r) => r.outcome === tier);
const tiers = Object.fromEntries(data.signs.map((s) => [s.id, s.tier]));
const attr = ($: cheerio.CheerioAPI, sel: string, name: string) =>
  $(sel)
    .map((_, el) => $(el).attr(name))
    .get();

/** Each sign has a pattern in the checks, and the pattern finds the sign's own words. */
function expectPatternsFor(signs: readonly (typeof data.signs)[number][]) {
  for (const sign of signs) {
    const pattern = signPatterns[sign.id];
    expect(
      pattern,
      `${sign.id}: add a pattern to tests/build/warning-sign-downgrades.ts`,
    ).toBeDefined();
    expect(`${sign.words} ${sign.short}`, sign.id).toMatch(pattern!);
  }
}

describe('the downgrade check', () => {
  it("has a pattern for every emergency and today sign, matching the sign's own words", () => {
    expectPatternsFor([...ofTier('emergency'), ...ofTier('urgent')]);
  });

  it('catches every downgrade on the fixture, and nothing else', () => {
    expect(findDowngrades(fixture('downgrade.html'), tiers)).toEqual([
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
      {
        sign: 'fever',
        text: 'With a fever, book a visit with your doctor soon.',
        because: 'later than today in the same sentence',
      },
    ]);
  });

  it('passes a page that states each sign at its urgency', () => {
    expect(findDowngrades(fixture('right.html'), tiers)).toEqual([]);
  });
});

describe('the upgrade check', () => {
  it("has a pattern for every within-days warning sign, matching the sign's own words", () => {
    expectPatternsFor(ofTier('doctor').filter((s) => s.kind === 'sign'));
  });

  it('catches every within-days sign sent sooner on the fixture, and nothing else', () => {
    expect(findUpgrades(fixture('upgrade.html'), tiers, data.rules)).toEqual([
      {
        sign: 'cough-pain',
        text: 'Thin bones, or pain that worsens with every cough, need a doctor today.',
        because: 'today or sooner in the same sentence',
      },
      {
        sign: 'cough-pain',
        text: 'the pain keeps getting worse each time you cough, sneeze or push to poop.',
        because: 'today or sooner in the list lead-in',
      },
      {
        sign: 'systemic',
        text: 'weight loss without trying, or they seem unwell;',
        because: 'today or sooner in the list lead-in',
      },
      {
        sign: 'getting-worse',
        text: 'See a medical doctor today if your pain is getting worse, not better.',
        because: 'today or sooner in the same sentence',
      },
    ]);
  });

  it('passes the page that states each sign at its urgency', () => {
    expect(findUpgrades(fixture('right.html'), tiers, data.rules)).toEqual([]);
  });
});

/** Every sign and rule whose place is not its tier's usual one (labor and delivery, ...). */
const ownPlaces = () =>
  (['emergency', 'urgent', 'doctor'] as const).flatMap((tier) => [
    ...ofTier(tier)
      .filter((s) => s.place !== tierText[tier].place)
      .map((s) => ({ tier, id: s.id, attr: 'data-sign', place: s.place })),
    ...rulesOf(tier)
      .filter((r) => r.place !== tierText[tier].place)
      .map((r) => ({ tier, id: r.id, attr: 'data-rule', place: r.place })),
  ]);

describe('built pages', () => {
  it('never state an emergency or today sign with less urgency than its tier', () => {
    const found = htmlPages().flatMap((p) =>
      findDowngrades(p.$, tiers).map((d) => `${p.path} [${d.sign}, ${d.because}]: ${d.text}`),
    );
    expect(found, found.join('\n')).toEqual([]);
  });

  it('never state a within-days sign with more urgency than its tier', () => {
    const found = htmlPages().flatMap((p) =>
      findUpgrades(p.$, tiers, data.rules).map(
        (u) => `${p.path} [${u.sign}, ${u.because}]: ${u.text}`,
      ),
    );
    expect(found, found.join('\n')).toEqual([]);
  });

  it('show each picked sign under its own tier, then where to go: its place beside it only in a group of mixed places', () => {
    const records = new Map<string, { tier: string; place: string }>([
      ...data.signs.map((s) => [`data-sign=${s.id}`, { tier: s.tier, place: s.place }] as const),
      ...data.rules.map((r) => [`data-rule=${r.id}`, { tier: r.outcome, place: r.place }] as const),
    ]);
    let items = 0;
    for (const p of htmlPages()) {
      const { tierText: words, placeNames: names, placeText: where } = wordsFor(langOf(p.path));
      p.$('.warning-picked').each((_, el) => {
        const group = p.$(el);
        const tier = group.attr('data-warning-tier')!;
        expect(group.text(), `${p.path} ${tier}`).toContain(words[tier as 'urgent'].lead);
        const shown = group
          .find('li')
          .map((_, li) => {
            const attr = p.$(li).attr('data-sign') ? 'data-sign' : 'data-rule';
            return { key: `${attr}=${p.$(li).attr(attr)}`, text: p.$(li).text() };
          })
          .get();
        const places = new Set(shown.map((item) => records.get(item.key)?.place));
        const action =
          places.size === 1
            ? where[[...places][0] as 'same-day'].action
            : words[tier as 'urgent'].action[0]!;
        expect(group.find('p').last().text(), `${p.path} ${tier}`).toContain(action);
        for (const item of shown) {
          items++;
          const record = records.get(item.key);
          expect(record?.tier, `${p.path} ${item.key}`).toBe(tier);
          const own = record!.place !== words[tier as 'urgent'].place && places.size > 1;
          expect(
            item.text.includes(names[record!.place as 'same-day']),
            `${p.path} ${item.key}`,
          ).toBe(own);
        }
      });
    }
    expect(items).toBeGreaterThan(0);
  });

  it('show every sign and rule by how soon, with its place and source, on /when-to-see-a-doctor/', () => {
    const $ = page('/when-to-see-a-doctor/').$;
    for (const tier of ['emergency', 'urgent', 'doctor']) {
      const block = $(`#${tier}[data-warning-tier="${tier}"]`);
      expect(block.length, tier).toBe(1);
      expect(attr($, `#${tier} [data-sign]`, 'data-sign'), tier).toEqual(
        ofTier(tier).map((s) => s.id),
      );
      expect(attr($, `#${tier} [data-rule]`, 'data-rule'), tier).toEqual(
        rulesOf(tier).map((r) => r.id),
      );
    }
    const text = $('main').text();
    const links = attr($, 'main a[href]', 'href');
    for (const r of [...data.situations, ...data.rules]) {
      expect(links, `${r.id}: source`).toContain(r.source.url);
      if (r.note) expect(text, `${r.id}: note`).toContain(r.note);
    }
    // Places other than the tier's usual one are said beside the sign or rule.
    for (const item of ownPlaces()) {
      expect($(`#${item.tier} [${item.attr}="${item.id}"]`).text(), item.id).toContain(
        placeNames[item.place],
      );
    }
    for (const p of data.situations.filter((s) => s.kind === 'pattern' && s.outcome)) {
      expect($(`main [data-situation="${p.id}"]`).length, p.id).toBe(1);
    }
  });

  it('show the same on /triage/ without the quiz, as lists that fit a phone (no table)', () => {
    const $ = page('/triage/').$;
    for (const tier of ['emergency', 'urgent', 'doctor']) {
      expect(attr($, `main [data-warning-tier="${tier}"] [data-sign]`, 'data-sign')).toEqual(
        ofTier(tier).map((s) => s.id),
      );
      expect(attr($, `main [data-warning-tier="${tier}"] [data-rule]`, 'data-rule')).toEqual(
        rulesOf(tier).map((r) => r.id),
      );
    }
    expect($('main table').length).toBe(0);
  });

  it('show the 911 list once per page, from the data', () => {
    const emergency = ofTier('emergency').map((s) => s.id);
    for (const p of htmlPages()) {
      const lists = p.$('[data-warning-tier="emergency"]:has([data-sign])');
      // Article text may add its own list (the writers' choice); the site's frame adds one.
      const fromFrame = lists.filter((_, el) => p.$(el).closest('.prose').length === 0);
      expect(fromFrame.length, p.path).toBe(1);
      const shown = fromFrame
        .find('[data-sign]')
        .map((_, el) => p.$(el).attr('data-sign'))
        .get();
      expect(shown, p.path).toEqual(emergency);
      expect(p.$('.emergency-bar a').first().attr('href'), p.path).toBe(
        wordsFor(langOf(p.path)).tierHref('emergency'),
      );
    }
  });

  it('name, in every short list, each combination more urgent than its signs alone', () => {
    let lists = 0;
    for (const p of htmlPages()) {
      p.$('.warning-compact[data-warning-tier]').each((_, el) => {
        lists++;
        const tier = p.$(el).attr('data-warning-tier')!;
        const shown = p
          .$(el)
          .find('[data-rule]')
          .map((_, li) => p.$(li).attr('data-rule'))
          .get();
        const raising = rulesOf(tier).filter((r) => raisesUrgency(r, data.signs));
        expect(shown, `${p.path} ${tier}`).toEqual(raising.map((r) => r.id));
      });
    }
    expect(lists).toBeGreaterThan(0);
  });

  it('link from the home page to the today and within-days lists', () => {
    const $ = page('/').$;
    for (const tier of ['urgent', 'doctor']) {
      expect(
        $(`main [data-warning-signs] a[href="/when-to-see-a-doctor/#${tier}"]`).length,
        tier,
      ).toBe(1);
    }
  });

  it('claim no review in the footer', () => {
    for (const p of htmlPages()) expect(p.$('footer').text(), p.path).not.toMatch(/reviewed by/i);
  });

  it('put every sign and rule by how soon, with its place, on the printable card', () => {
    const $ = page('/when-to-see-a-doctor/card/').$;
    for (const tier of ['emergency', 'urgent', 'doctor']) {
      const block = `[data-warning-tier="${tier}"]`;
      expect(attr($, `${block} [data-sign]`, 'data-sign')).toEqual(ofTier(tier).map((s) => s.id));
      expect(attr($, `${block} [data-rule]`, 'data-rule')).toEqual(rulesOf(tier).map((r) => r.id));
    }
    for (const item of ownPlaces()) {
      expect($(`[${item.attr}="${item.id}"]`).text(), item.id).toContain(placeNames[item.place]);
    }
    expect(
      page('/when-to-see-a-doctor/').$('main a[href="/when-to-see-a-doctor/card/"]').length,
    ).toBe(1);
  });

  it("keep every <style> in <head> (Astro's island style moved there on /triage/)", () => {
    for (const p of htmlPages()) expect(p.$('body style').length, p.path).toBe(0);
    expect(page('/triage/').$('head style').text()).toContain('astro-island');
  });
});
