import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersForPath, parseHeadersFile } from '../../support/headers-file';
import {
  headerRules,
  IMMUTABLE,
  renderHeadersFile,
  renderNginx,
  REVALIDATE,
  securityHeaders,
} from '../../../src/lib/security-headers';
import { sectionIds } from '../../../src/lib/sections';

const rules = headerRules(sectionIds);
const file = renderHeadersFile(rules);
const parsed = parseHeadersFile(file);
const header = (path: string, name: string) => headersForPath(parsed, path).get(name)?.value;

describe('security headers', () => {
  it('set the required policies', () => {
    expect(securityHeaders).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
    expect(securityHeaders['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}/);
    for (const feature of ['camera', 'microphone', 'geolocation', 'interest-cohort']) {
      expect(securityHeaders['Permissions-Policy']).toContain(`${feature}=()`);
    }
  });

  it('the header CSP forbids framing and never lists script or style sources', () => {
    const csp = securityHeaders['Content-Security-Policy']!;
    expect(csp).toContain("frame-ancestors 'none'");
    // A second policy with script-src or default-src would block Astro's hashed inline code.
    expect(csp).not.toMatch(/(^|;\s*)(default|script|style)-src/);
  });
});

describe('the generated _headers rules', () => {
  it('round-trip through the parser', () => {
    expect(parsed.map((r) => r.path)).toEqual(rules.map((r) => r.path));
  });

  it.each([
    ['/', REVALIDATE],
    ['/causes/', REVALIDATE],
    ['/causes/overuse/', REVALIDATE],
    ['/about/', REVALIDATE],
    ['/404.html', REVALIDATE],
    ['/sitemap-index.xml', REVALIDATE],
    ['/pagefind/pagefind.js', REVALIDATE],
    ['/_astro/client.CtQPzIBU.js', IMMUTABLE],
  ])('%s gets Cache-Control "%s" from exactly one rule', (path, expected) => {
    expect(headersForPath(parsed, path).get('cache-control')?.from).toHaveLength(1);
    expect(header(path, 'cache-control')).toBe(expected);
  });

  it('every path gets every security header once', () => {
    for (const path of ['/', '/_astro/x.js', '/pagefind/pagefind.js', '/nope']) {
      for (const [name, value] of Object.entries(securityHeaders)) {
        expect(header(path, name.toLowerCase())).toBe(value);
      }
    }
  });
});

describe('checked-in files match the module', () => {
  it('public/_headers is the rendered file (run `node scripts/write-headers.ts` to update)', () => {
    expect(readFileSync('public/_headers', 'utf8')).toBe(file);
  });

  it('docs/deploy-headers.md holds the rendered nginx configuration', () => {
    expect(readFileSync('docs/deploy-headers.md', 'utf8')).toContain(
      '```nginx\n' + renderNginx(rules) + '\n```',
    );
  });
});

describe('renderNginx', () => {
  const nginx = renderNginx(rules);

  it('repeats the security headers in every location that sets its own header', () => {
    const locations = nginx.split('location ').slice(1);
    expect(locations.length).toBe(3);
    for (const block of locations.filter((b) => !b.startsWith('= /_headers'))) {
      expect(block).toContain('include snippets/site-security-headers.conf;');
    }
  });

  it('sends the immutable cache only for /_astro/ and revalidation everywhere else', () => {
    expect(nginx).toMatch(/location \^~ \/_astro\/ \{[^}]*immutable/);
    expect(nginx.match(/immutable/g)).toHaveLength(1);
    expect(nginx).toMatch(/location \/ \{[^}]*max-age=0, must-revalidate/);
  });
});
