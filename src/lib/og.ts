/**
 * Link preview cards (Open Graph images): where each page's card lives, what it says, and
 * its layout as a Satori element tree (plain objects, no JSX). Rendering to PNG and caching
 * happen at build time (./og-png.ts, called by src/pages/og/[...path].png.ts); pages only name
 * the file in <head>, they never load it.
 */
import { fill } from './words/fill.ts';
import { clinic } from './clinic.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Each card stays under this many bytes: chat apps and social sites fetch it on every share. */
export const OG_MAX_BYTES = 60 * 1024;
export const OG_DIR = '/og/';

/** "/" → "/og/home.png", "/causes/overuse/" → "/og/causes/overuse.png", "/404.html" → "/og/404.png". */
export function ogImagePath(pagePath: string): string {
  const slug = pagePath
    .replace(/\.html$/, '')
    .replace(/^\/+|\/+$/g, '')
    .replace(/\/index$/, '');
  return `${OG_DIR}${slug || 'home'}.png`;
}

export interface OgCard {
  title: string;
  /** The site section ("Exercises"), or the guide's name for pages outside a section. */
  section: string;
  clinicName: string;
  /** The exercise drawing as a data: URL, on exercise pages only. */
  drawing?: string;
}

/** The guide's own name stands in for pages outside a section (home, about, 404). */
export const DEFAULT_SECTION = 'Back spasms guide';
export const ogCardSection = (section?: string) => section || DEFAULT_SECTION;

/** A page's card: its title, its section (or the guide's name) and the clinic's name. */
export const pageCard = (title: string, section?: string, drawing?: string): OgCard => ({
  title,
  section: ogCardSection(section),
  clinicName: clinic.name,
  ...(drawing && { drawing }),
});

/** Describes the card for people who cannot see it (og:image:alt). */
export function ogImageAlt(
  card: Pick<OgCard, 'title' | 'section' | 'clinicName'>,
  sentence = 'Preview card: “{title}”, {section}, {clinic}',
): string {
  return fill(sentence, { title: card.title, section: card.section, clinic: card.clinicName });
}

/** Satori's element shape. */
export interface OgNode {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: (OgNode | string)[] | string;
    src?: string;
    width?: number;
    height?: number;
  };
}

const el = (
  type: string,
  style: Record<string, string | number>,
  children?: (OgNode | string)[] | string,
): OgNode => ({ type, props: { style, ...(children !== undefined && { children }) } });

const TEAL = '#0b5d6b';
const INK = '#1b1f23';
const PAPER = '#ffffff';
const MIST = '#f3f6f7';

/** Long titles get smaller type so they fit in three lines beside or without the drawing. */
export function titleSize(title: string, withDrawing: boolean): number {
  const room = withDrawing ? 0.6 : 1;
  const length = title.length / room;
  if (length <= 40) return 76;
  if (length <= 70) return 64;
  if (length <= 100) return 54;
  return 46;
}

export function ogCardTree(card: OgCard): OgNode {
  const withDrawing = Boolean(card.drawing);
  const text = el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      flex: 1,
      justifyContent: 'center',
      paddingRight: withDrawing ? 40 : 0,
    },
    [
      el(
        'div',
        {
          fontSize: 30,
          fontWeight: 700,
          color: TEAL,
          textTransform: 'uppercase',
          letterSpacing: 2,
        },
        card.section,
      ),
      el(
        'div',
        {
          fontSize: titleSize(card.title, withDrawing),
          fontWeight: 700,
          color: INK,
          lineHeight: 1.15,
          marginTop: 20,
        },
        card.title,
      ),
    ],
  );
  const drawing = card.drawing
    ? el(
        'div',
        {
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          width: 440,
          height: 360,
          backgroundColor: PAPER,
          borderRadius: 24,
          padding: 24,
        },
        [
          {
            type: 'img',
            props: { src: card.drawing, width: 392, height: 312, style: { objectFit: 'contain' } },
          },
        ],
      )
    : undefined;
  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      width: OG_WIDTH,
      height: OG_HEIGHT,
      backgroundColor: MIST,
      fontFamily: 'Atkinson Hyperlegible',
    },
    [
      el(
        'div',
        { display: 'flex', flex: 1, alignItems: 'center', padding: '56px 72px 32px' },
        drawing ? [text, drawing] : [text],
      ),
      el(
        'div',
        {
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          backgroundColor: TEAL,
          color: PAPER,
          padding: '28px 72px',
          fontSize: 32,
        },
        [
          el('div', { fontWeight: 700 }, card.clinicName),
          el('div', { fontSize: 28 }, DEFAULT_SECTION),
        ],
      ),
    ],
  );
}
