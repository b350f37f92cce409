/**
 * The words a reader reads on a built page, one block per line, for the readability,
 * claims and coverage tests.
 *
 * Astro compresses the HTML, so `<li>one</li><li>two</li>` has no space between the items:
 * every block element is put on its own line so words never run together, and so a heading
 * or list item counts as its own sentence (see tests/support/readability.ts).
 */
import type { CheerioAPI } from 'cheerio';
import { sectionIds } from '../../src/lib/sections';
import { htmlPages, type BuiltPage } from '../support/dist';

const BLOCK = [
  'address, article, aside, blockquote, caption, dd, details, div, dl, dt, fieldset',
  'figcaption, figure, footer, form, h1, h2, h3, h4, h5, h6, header, label, legend, li',
  'nav, ol, p, pre, section, summary, table, td, th, tr, ul',
].join(', ');

/** Not prose a reader reads: code, hidden or decorative parts, and the page furniture the brief leaves out. */
const LEFT_OUT = [
  'script, style, template, svg, [hidden], [aria-hidden="true"]',
  // Dates, the sources list and breadcrumbs are names and numbers, not sentences.
  'time, .references, [aria-labelledby="references-heading"], nav[aria-label="Breadcrumb"]',
].join(', ');

const BREAK = '\uE000';

/**
 * Text of the first element matching `selector`, one block per line, with collapsed spaces.
 * Returns '' when nothing matches.
 */
export function readableText($: CheerioAPI, selector = 'main'): string {
  const root = $(selector).first().clone();
  if (root.length === 0) return '';
  root.find(LEFT_OUT).remove();
  // Line breaks in the HTML source are only spaces; block edges are marked with a
  // private-use character first, so they survive the whitespace collapse below.
  root.find('br').replaceWith(BREAK);
  root.find(BLOCK).each((_, el) => {
    $(el).prepend(BREAK).append(BREAK);
  });
  return root
    .text()
    .replace(/\s+/g, ' ')
    .split(BREAK)
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/** Pages written by the site owner or by the clinic, as opposed to tools (quiz, search, 404). */
const FIXED_ARTICLE_PATHS = ['/', '/about/', '/when-to-see-a-doctor/'] as const;

const isSectionPage = (path: string) =>
  sectionIds.some((id) => path === `/${id}/` || new RegExp(`^/${id}/[^/]+/$`).test(path));

/** Every built article: each section's index and entries, the home, about and doctor pages. */
export function articlePages(): BuiltPage[] {
  return htmlPages().filter(
    (p) => isSectionPage(p.path) || (FIXED_ARTICLE_PATHS as readonly string[]).includes(p.path),
  );
}

/** Entry pages of one section, e.g. `/causes/overuse/`. */
export function entryPages(section: string): BuiltPage[] {
  const pattern = new RegExp(`^/${section}/[^/]+/$`);
  return htmlPages().filter((p) => pattern.test(p.path));
}
