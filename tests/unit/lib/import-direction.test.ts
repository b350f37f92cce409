/**
 * Imports point one way: integrations, pages and components use src/lib, and src/lib (pure
 * logic, usable from scripts and tests without Astro) never imports from them.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { filesUnder } from '../../../src/lib/files';

const IMPORT = /(?:from|import)\s*['"]([^'"]+)['"]/g;
const OUTSIDE_LIB = /(^|\/)(integrations|pages|components|layouts|data)\//;

describe('src/lib imports', () => {
  const sources = filesUnder('src/lib').filter((f) => /\.tsx?$/.test(f));

  it('finds the library', () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  it.each(sources)('%s imports nothing from integrations, pages, components or data', (file) => {
    const outward = [...readFileSync(file, 'utf8').matchAll(IMPORT)]
      .map((m) => m[1]!)
      .filter((specifier) => specifier.startsWith('.') && OUTSIDE_LIB.test(specifier));
    expect(outward).toEqual([]);
  });
});
