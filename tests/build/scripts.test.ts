/**
 * The build ships no script that nothing loads: each file in dist/_astro/ is named by a page
 * (a script, a preload, an island's component) or imported by another script. The search
 * pages' scripts are bundled after the build (src/integrations/search-script-bundle.ts), which
 * removes the files the bundles replaced; a file left behind would be dead weight on the host.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../../src/lib/files';
import { DIST } from '../support/dist';

describe('built scripts', () => {
  it('every script is loaded by a page or imported by another script', () => {
    const folder = join(DIST, '_astro');
    const scripts = readdirSync(folder).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const pages = filesUnder(DIST)
      .filter((file) => file.endsWith('.html'))
      .map((file) => readFileSync(file, 'utf8'));
    const code = new Map(scripts.map((name) => [name, readFileSync(join(folder, name), 'utf8')]));
    const unused = scripts.filter(
      (name) =>
        !pages.some((text) => text.includes(name)) &&
        ![...code].some(([other, text]) => other !== name && text.includes(name)),
    );
    expect(unused).toEqual([]);
  });
});
