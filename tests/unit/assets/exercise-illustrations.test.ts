// @vitest-environment node
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';

// One illustration per exercise slug; pages show them as <img>.
const slugs = ['cat-camel', 'pelvic-tilt', 'hamstring-stretch', 'hip-flexor-stretch', 'bird-dog'];
const dir = fileURLToPath(new URL('../../../src/assets/exercises/', import.meta.url));
const SVG_NS = 'http://www.w3.org/2000/svg';

// The dark edge line only outlines the figure; the meaning is carried by the colours below,
// which must keep non-text contrast of 3:1 on the light and the dark theme (WCAG 1.4.11).
const OUTLINE = '#05262e';
const BACKGROUNDS = ['#ffffff', '#111111'];

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

// happy-dom is a maintained XML parser already in devDependencies; it reports
// malformed markup as a <parsererror> element, as browsers do.
const window = new Window();
afterAll(() => window.happyDOM.close());

function parse(source: string) {
  return new window.DOMParser().parseFromString(source, 'image/svg+xml');
}

describe('parse helper', () => {
  it('flags malformed XML, so the checks below can trust it', () => {
    expect(
      parse('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>').querySelector('parsererror'),
    ).not.toBeNull();
  });
});

describe.each(slugs)('exercise illustration %s.svg', (slug) => {
  const file = `${dir}${slug}.svg`;
  const source = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const doc = parse(source);
  const root = doc.documentElement;

  it('exists and stays under 4 KB', () => {
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).size).toBeLessThan(4096);
  });

  it('is well-formed XML with an <svg> root', () => {
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(root.localName).toBe('svg');
    expect(root.namespaceURI).toBe(SVG_NS);
  });

  it('reserves its space: viewBox plus width and height of the same shape', () => {
    const viewBox = root.getAttribute('viewBox') ?? '';
    expect(viewBox).toMatch(/^0 0 \d+ \d+$/);
    const [, , vbWidth, vbHeight] = viewBox.split(' ').map(Number);
    const width = Number(root.getAttribute('width'));
    const height = Number(root.getAttribute('height'));
    expect(width).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(0);
    expect(width / height).toBeCloseTo(vbWidth / vbHeight, 2);
  });

  it('has an image role, a title and a description', () => {
    expect(root.getAttribute('role')).toBe('img');
    const children = Array.from(root.children);
    const title = children.find((el) => el.localName === 'title');
    const desc = children.find((el) => el.localName === 'desc');
    expect(title?.textContent?.trim().length).toBeGreaterThan(3);
    expect(desc?.textContent?.trim().length).toBeGreaterThan(20);
  });

  it('has no scripts, raster data, text fonts or external references', () => {
    expect(root.getElementsByTagName('script')).toHaveLength(0);
    expect(source).not.toMatch(/<script/i);
    expect(source).not.toMatch(/href="http/i);
    expect(root.getElementsByTagName('image')).toHaveLength(0);
    expect(root.getElementsByTagName('foreignObject')).toHaveLength(0);
    expect(source).not.toMatch(/data:|url\(|@import|on[a-z]+=/i);
  });

  it('uses colours that stay visible on white and on a very dark background', () => {
    const colours = new Set(source.match(/#[0-9a-f]{6}\b/gi)?.map((c) => c.toLowerCase()) ?? []);
    colours.delete(OUTLINE);
    expect(colours.size).toBeGreaterThan(0);
    for (const colour of colours) {
      for (const background of BACKGROUNDS) {
        expect(contrast(colour, background), `${colour} on ${background}`).toBeGreaterThanOrEqual(
          3,
        );
      }
    }
  });
});
