/**
 * The _headers file in the build: present, and every file the site serves matches exactly
 * one Cache-Control rule (two would be merged into a contradictory header by Cloudflare;
 * none would leave caching to the host's defaults). Names the file when a new top-level page
 * needs its path in src/lib/security-headers.ts. Also the speculation rules file the
 * `Speculation-Rules` header names: valid JSON of the rules' shape, served with its type.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../support/dist';
import { filesUnder, urlPathOf } from '../../src/lib/files';
import { headersForPath, parseHeadersFile } from '../../scripts/shared/headers-file';
import { IMMUTABLE, REVALIDATE } from '../../src/lib/security-headers';

/**
 * Files whose names carry a hash of their content: Astro's bundles and Pagefind's chunks,
 * fragments, filters and metadata. Everything else keeps its name between builds.
 */
const HASHED =
  /^\/_astro\/|^\/pagefind\/(index|fragment|filter)\/|^\/pagefind\/pagefind\.[a-z-]+_[0-9a-f]+\.pf_meta$/;

describe('dist/_headers', () => {
  const file = join(DIST, '_headers');

  it('is in the build, unchanged from public/_headers', () => {
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync('public/_headers', 'utf8'));
  });

  it('gives every served file exactly one Cache-Control: immutable when hashed, else revalidate', () => {
    const rules = parseHeadersFile(readFileSync(file, 'utf8'));
    const served = filesUnder(DIST)
      .map((file) => urlPathOf(DIST, file))
      .filter((p) => p !== '/_headers');
    const wrong = served.flatMap((path) => {
      const header = headersForPath(rules, path).get('cache-control');
      const want = HASHED.test(path) ? IMMUTABLE : REVALIDATE;
      if (!header) return [`${path}: no Cache-Control rule (add its path to revalidatedPaths)`];
      if (header.from.length > 1)
        return [`${path}: Cache-Control from ${header.from.join(' and ')}`];
      return header.value === want ? [] : [`${path}: "${header.value}", want "${want}"`];
    });
    expect(served.length).toBeGreaterThan(30);
    expect(
      served.filter((p) => p.startsWith('/pagefind/') && HASHED.test(p)).length,
    ).toBeGreaterThan(30);
    expect(wrong).toEqual([]);
  });
});

describe('speculation rules', () => {
  const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
  const header = headersForPath(rules, '/causes/overuse/').get('speculation-rules')?.value ?? '';
  // The header is a structured-field list of strings: "/speculation-rules.json".
  const path = /^"([^"]+)"$/.exec(header)?.[1] ?? '';

  it('every page names one same-origin rules file that is in the build', () => {
    expect(path).toMatch(/^\/[\w.-]+\.json$/);
    expect(existsSync(join(DIST, path))).toBe(true);
    for (const page of ['/', '/search/', '/triage/', '/exercises/bird-dog/', '/404.html']) {
      expect(headersForPath(rules, page).get('speculation-rules')?.value, page).toBe(header);
    }
  });

  it('the file is served as application/speculationrules+json', () => {
    expect(headersForPath(rules, path).get('content-type')?.value).toBe(
      'application/speculationrules+json',
    );
  });

  interface Rule {
    source: string;
    eagerness: string;
    where: unknown;
  }

  it('is JSON of the rules shape: prefetch moderate, prerender conservative', () => {
    const json = JSON.parse(readFileSync(join(DIST, path), 'utf8')) as Record<string, Rule[]>;
    expect(Object.keys(json).sort()).toEqual(['prefetch', 'prerender']);
    expect(json.prefetch!.map((r) => r.eagerness)).toEqual(['moderate']);
    expect(json.prerender!.map((r) => r.eagerness)).toEqual(['conservative']);
    for (const rule of [...json.prefetch!, ...json.prerender!]) {
      expect(rule.source).toBe('document');
      expect(Object.keys(rule).sort()).toEqual(['eagerness', 'source', 'where']);
    }
  });

  it('matches this site only, and never /search/ or /admin/', () => {
    const json = JSON.parse(readFileSync(join(DIST, path), 'utf8')) as Record<string, Rule[]>;
    for (const rule of [...json.prefetch!, ...json.prerender!]) {
      const where = rule.where as { and: unknown[] };
      expect(where.and).toContainEqual({ href_matches: '/*' });
      expect(where.and).toContainEqual({ not: { href_matches: '/search/*' } });
      expect(where.and).toContainEqual({ not: { href_matches: '/admin/*' } });
      expect(JSON.stringify(where)).not.toMatch(/https?:|\/\//);
    }
  });
});
