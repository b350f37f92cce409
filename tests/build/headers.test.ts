/**
 * The _headers file in the build: present, and every file the site serves matches exactly
 * one Cache-Control rule (two would be merged into a contradictory header by Cloudflare;
 * none would leave caching to the host's defaults). Names the file when a new top-level page
 * needs its path in src/lib/security-headers.ts.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DIST } from '../support/dist';
import { headersForPath, parseHeadersFile } from '../support/headers-file';
import { IMMUTABLE, REVALIDATE } from '../../src/lib/security-headers';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** The URL a visitor requests for a built file (pages by their folder). */
const urlPath = (file: string) => {
  const rel = `/${relative(DIST, file).split(sep).join('/')}`;
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
};

describe('dist/_headers', () => {
  const file = join(DIST, '_headers');

  it('is in the build, unchanged from public/_headers', () => {
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync('public/_headers', 'utf8'));
  });

  it('gives every served file exactly one Cache-Control: immutable for /_astro/, else revalidate', () => {
    const rules = parseHeadersFile(readFileSync(file, 'utf8'));
    const served = walk(DIST)
      .map(urlPath)
      .filter((p) => p !== '/_headers');
    const wrong = served.flatMap((path) => {
      const header = headersForPath(rules, path).get('cache-control');
      const want = path.startsWith('/_astro/') ? IMMUTABLE : REVALIDATE;
      if (!header) return [`${path}: no Cache-Control rule (add its path to revalidatedPaths)`];
      if (header.from.length > 1)
        return [`${path}: Cache-Control from ${header.from.join(' and ')}`];
      return header.value === want ? [] : [`${path}: "${header.value}", want "${want}"`];
    });
    expect(served.length).toBeGreaterThan(30);
    expect(wrong).toEqual([]);
  });
});
