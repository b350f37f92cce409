/**
 * No built page shows a space before a full stop or comma ("Cleveland Clinic ." or
 * "2026 . Review pending"). Astro keeps a line break between an element and the text after it
 * as a space, so a component that puts "." on its own line prints one; this reads the text a
 * visitor sees on every built page, sources lists and dates included.
 */
import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import { htmlPages } from '../support/dist';

/**
 * A word, a space, then a full stop, comma, semicolon, colon, "?" or "!". Not followed by a
 * lowercase letter or digit, so a file name (" .mdx") or a decimal (" .5") is not counted; an
 * uppercase letter can follow, since blocks such as </li><p> join with no space between them.
 */
const SPACE_BEFORE_PUNCTUATION = /\S+\s+[.,;:?!](?![a-z0-9])/g;

/** Each place in the page's visible text where punctuation follows a space, with a little context. */
function spacesBeforePunctuation($: CheerioAPI): string[] {
  const body = $('body').clone();
  body.find('script, style, template, noscript').remove();
  const text = body.text().replace(/\s+/g, ' ');
  return [...text.matchAll(SPACE_BEFORE_PUNCTUATION)].map((m) => m[0]);
}

describe('the space-before-punctuation check', () => {
  it('finds the broken source line and date line, and passes the fixed ones', () => {
    const broken = cheerio.load(
      '<body><ol><li><a href="/x">Back spasms</a>\n . Cleveland Clinic\n .</li></ol>' +
        '<p>Updated <time>December 2, 2026</time>\n . Review pending.</p></body>',
    );
    expect(spacesBeforePunctuation(broken)).toEqual(['spasms .', 'Clinic .', '2026 .']);
    const fixed = cheerio.load(
      '<body><ol><li><a href="/x">Back spasms</a>. Cleveland Clinic, 2024.</li></ol>' +
        '<p>Updated <time>December 2, 2026</time>. Review pending.</p></body>',
    );
    expect(spacesBeforePunctuation(fixed)).toEqual([]);
  });
});

describe('built pages', () => {
  const pages = htmlPages();

  it('finds the pages to check', () => {
    expect(pages.length).toBeGreaterThan(40);
  });

  it('have no space before a full stop, comma or other punctuation in their text', () => {
    const found = pages.flatMap((p) =>
      spacesBeforePunctuation(p.$).map((hit) => `${p.path}: "${hit}"`),
    );
    expect(found).toEqual([]);
  });
});
