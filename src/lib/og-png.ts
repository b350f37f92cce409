/**
 * Draws a link-preview card (./og.ts) as a PNG: Satori lays it out with Atkinson Hyperlegible
 * from npm, never a system font, and resvg rasterises it. Each PNG is cached in
 * node_modules/.cache/og-images/ under a hash of everything that shapes it (the card's whole
 * element tree, so its text, drawing and layout, and the fonts), so a build only draws the
 * cards that changed. Build-time only: src/pages/og/[...path].png.ts calls it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import satori, { type Font } from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { OG_HEIGHT, OG_MAX_BYTES, OG_WIDTH, ogCardTree, type OgCard } from './og';

// The build runs at the project's root; this module is bundled, so it cannot find it itself.
const CACHE = join(process.cwd(), 'node_modules/.cache/og-images');
const FONT_DIR = join(process.cwd(), 'node_modules/@fontsource/atkinson-hyperlegible/files');

let fonts: { list: Font[]; hash: string } | undefined;

function loadFonts() {
  if (fonts) return fonts;
  const hash = createHash('sha256');
  const list = ([400, 700] as const).map((weight) => {
    const data = readFileSync(join(FONT_DIR, `atkinson-hyperlegible-latin-${weight}-normal.woff`));
    hash.update(data);
    return { name: 'Atkinson Hyperlegible', data, weight, style: 'normal' as const };
  });
  fonts = { list, hash: hash.digest('hex') };
  return fonts;
}

/** The card as PNG bytes, from the cache when nothing that shapes it has changed. */
export async function cardPng(card: OgCard, name: string): Promise<Buffer> {
  const { list, hash } = loadFonts();
  const tree = ogCardTree(card);
  const key = createHash('sha256').update(hash).update(JSON.stringify(tree)).digest('hex');
  const cached = join(CACHE, `${key}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const svg = await satori(tree as never, { width: OG_WIDTH, height: OG_HEIGHT, fonts: list });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH } }).render().asPng();
  if (png.length > OG_MAX_BYTES) {
    throw new Error(
      `${name} is ${png.length} bytes, over the ${OG_MAX_BYTES}-byte limit for link previews`,
    );
  }
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(cached, png);
  return png;
}
