import { describe, expect, it } from 'vitest';
import { ISLAND_STYLE, moveIslandStyle } from '../../../src/integrations/island-style-in-head';

describe('moveIslandStyle', () => {
  it("moves Astro's island style from <body> to the end of <head>", () => {
    const html = `<html><head><title>x</title></head><body><p>a</p>${ISLAND_STYLE}<astro-island></astro-island></body></html>`;
    expect(moveIslandStyle(html)).toBe(
      `<html><head><title>x</title>${ISLAND_STYLE}</head><body><p>a</p><astro-island></astro-island></body></html>`,
    );
  });

  it('leaves a page without it unchanged', () => {
    const html = '<html><head></head><body><style>p{}</style></body></html>';
    expect(moveIslandStyle(html)).toBe(html);
  });
});
