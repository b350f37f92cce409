/**
 * Link preview images: after the build, one 1200x630 PNG per page that names one in its
 * <meta property="og:image"> (src/components/SeoHead.astro), drawn from what the page shows:
 * its <h1>, its section, the clinic's name and, on exercise pages, the exercise drawing.
 *
 * Satori lays the card out (src/lib/og.ts) with Atkinson Hyperlegible from npm, never a system
 * font; resvg turns it into a PNG. Each PNG is cached in node_modules/.cache/og-images/ under
 * a hash of everything that shapes it (text, drawing, font, layout code), so a build only
 * draws the cards whose page changed.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import satori, { type Font } from 'satori';
import { Resvg } from '@resvg/resvg-js';
import {
  OG_HEIGHT,
  OG_MAX_BYTES,
  OG_WIDTH,
  ogCardSection,
  ogCardTitle,
  ogCardTree,
  type OgCard,
} from '../lib/og.ts';
import { clinic } from '../lib/clinic.ts';
import { TITLE_SUFFIX } from '../lib/seo.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CACHE = join(root, 'node_modules/.cache/og-images');
const FONT_DIR = join(root, 'node_modules/@fontsource/atkinson-hyperlegible/files');

function loadFonts(): Font[] {
  return [400, 700].map((weight) => ({
    name: 'Atkinson Hyperlegible',
    data: readFileSync(join(FONT_DIR, `atkinson-hyperlegible-latin-${weight}-normal.woff`)),
    weight: weight as 400 | 700,
    style: 'normal' as const,
  }));
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** What the card of a built page says, read from the page itself. */
function cardOf(html: string, dist: string): { card: OgCard; imagePath: string } | undefined {
  const $ = cheerio.load(html);
  const image = $('meta[property="og:image"]').attr('content');
  if (!image) return undefined;
  // The same title and section SeoHead put into og:image:alt, so the alt text matches the card.
  const title = ogCardTitle($('title').text().trim(), TITLE_SUFFIX);
  const section = ogCardSection(
    /section:(.+)/.exec($('main').attr('data-pagefind-meta') ?? '')?.[1],
  );
  const drawingSrc = $('main figure.illustration img').attr('src');
  const drawingFile = drawingSrc ? join(dist, decodeURIComponent(drawingSrc)) : undefined;
  const drawing =
    drawingFile && existsSync(drawingFile)
      ? `data:image/svg+xml;base64,${readFileSync(drawingFile).toString('base64')}`
      : undefined;
  return {
    card: { title, section, clinicName: clinic.name, drawing },
    imagePath: new URL(image).pathname,
  };
}

export default function ogImages(): AstroIntegration {
  return {
    name: 'og-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const dist = fileURLToPath(dir);
        const fonts = loadFonts();
        const design = createHash('sha256');
        for (const file of [fileURLToPath(import.meta.url), join(root, 'src/lib/og.ts')]) {
          design.update(readFileSync(file));
        }
        for (const font of fonts) design.update(font.data as Buffer);
        const designHash = design.digest('hex');
        mkdirSync(CACHE, { recursive: true });

        let drawn = 0;
        let cached = 0;
        for (const file of htmlFiles(dist)) {
          const found = cardOf(readFileSync(file, 'utf8'), dist);
          if (!found) continue;
          const key = createHash('sha256')
            .update(designHash)
            .update(JSON.stringify(found.card))
            .digest('hex');
          const cachedFile = join(CACHE, `${key}.png`);
          if (existsSync(cachedFile)) {
            cached++;
          } else {
            const svg = await satori(ogCardTree(found.card) as never, {
              width: OG_WIDTH,
              height: OG_HEIGHT,
              fonts,
            });
            const png = new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH } })
              .render()
              .asPng();
            if (png.length > OG_MAX_BYTES) {
              throw new Error(
                `${found.imagePath} is ${png.length} bytes, over the ${OG_MAX_BYTES}-byte limit for link previews`,
              );
            }
            writeFileSync(cachedFile, png);
            drawn++;
          }
          const target = join(dist, found.imagePath.split('/').join(sep));
          mkdirSync(dirname(target), { recursive: true });
          copyFileSync(cachedFile, target);
        }
        logger.info(
          `${drawn + cached} link preview images (${drawn} drawn, ${cached} from cache) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}
