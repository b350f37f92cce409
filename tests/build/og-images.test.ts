/**
 * Link previews: every page names a 1200x630 PNG card that exists in the build, stays under
 * 60 KiB and is described for people who cannot see it; and no page loads the card itself
 * (only link previews fetch it), so page weights are unchanged.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, htmlPages } from '../support/dist';
import { OG_DIR, OG_HEIGHT, OG_MAX_BYTES, OG_WIDTH } from '../../src/lib/og';
import { measurePage } from '../../scripts/budget/measure';
import { resolveSiteUrl } from '../../src/lib/site';
import { langOf } from '../../src/lib/i18n';
import { wordsFor } from '../../src/lib/words';
import { filesUnder, urlPathOf } from '../../src/lib/files';

const pages = htmlPages();
const site = resolveSiteUrl();

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each(pages.map((p) => [p.path, p] as const))('%s', (_path, page) => {
  const meta = (property: string) =>
    page.$(`meta[property="${property}"], meta[name="${property}"]`).attr('content');

  it('names a preview image on this site, with its size and alt text', () => {
    const image = meta('og:image');
    expect(image).toBeDefined();
    const url = new URL(image!);
    expect(url.origin).toBe(site);
    expect(url.pathname.startsWith(OG_DIR)).toBe(true);
    expect(meta('og:image:width')).toBe(String(OG_WIDTH));
    expect(meta('og:image:height')).toBe(String(OG_HEIGHT));
    expect(meta('og:image:type')).toBe('image/png');
    // In the page's language: the card's title and section, and the clinic.
    const sentence = wordsFor(langOf(page.path)).siteText.previewCardAlt;
    const pattern = sentence.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '.+');
    expect(meta('og:image:alt')).toMatch(new RegExp(`^${pattern}$`));
    expect(meta('og:image:alt')).toContain('Ashburn Village Chiropractic');
    expect(meta('twitter:card')).toBe('summary_large_image');
  });

  it('whose file exists, is 1200x630 and at most 60 KiB', () => {
    const file = join(DIST, new URL(meta('og:image')!).pathname);
    expect(existsSync(file), file).toBe(true);
    expect(pngSize(file)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
    expect(statSync(file).size).toBeLessThanOrEqual(OG_MAX_BYTES);
  });

  it('and never loads it itself', () => {
    const weight = measurePage(DIST, page.path, page.html).weight;
    expect(weight.assets.filter((a) => a.path.startsWith(OG_DIR))).toEqual([]);
    expect(page.$(`img[src^="${OG_DIR}"], link[href^="${OG_DIR}"]`).length).toBe(0);
  });
});

describe('cards', () => {
  it('every page has its own card', () => {
    const images = pages.map((p) => p.$('meta[property="og:image"]').attr('content'));
    expect(new Set(images).size).toBe(pages.length);
  });

  it('every card drawn belongs to a page (the card list and the pages agree)', () => {
    const named = new Set(
      pages.map((p) => new URL(p.$('meta[property="og:image"]').attr('content')!).pathname),
    );
    const drawn = filesUnder(join(DIST, OG_DIR)).map((file) => urlPathOf(DIST, file));
    expect(drawn.filter((path) => !named.has(path))).toEqual([]);
  });

  it('exercise cards carry the drawing (a larger file than the text-only cards)', () => {
    const size = (path: string) => statSync(join(DIST, OG_DIR, path)).size;
    expect(size('exercises/bird-dog.png')).toBeGreaterThan(size('causes/overuse.png'));
  });
});
