import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersForPath, parseHeadersFile } from '../../../scripts/shared/headers-file';
import {
  headerRules,
  IMMUTABLE,
  renderHeadersFile,
  renderNginx,
  REVALIDATE,
  securityHeaders,
  speculationHeaders,
} from '../../../src/lib/security-headers';
import { SPECULATION_RULES_PATH, SPECULATION_RULES_TYPE } from '../../../src/lib/speculation-rules';
import { sectionIds } from '../../../src/lib/sections';
import { sitePages } from '../../../src/lib/site';

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
    ['/pagefind/pagefind-entry.json', REVALIDATE],
    ['/pagefind/pagefind-worker.js', REVALIDATE],
    ['/pagefind/wasm.en.pagefind', REVALIDATE],
    ['/pagefind/pagefind.en_418ea8d02a.pf_meta', IMMUTABLE],
    ['/pagefind/index/en_6fbae66.pf_index', IMMUTABLE],
    ['/pagefind/fragment/en_358ed98.pf_fragment', IMMUTABLE],
    ['/pagefind/filter/en_74ec3cb.pf_filter', IMMUTABLE],
    [SPECULATION_RULES_PATH, REVALIDATE],
    ['/_astro/client.CtQPzIBU.js', IMMUTABLE],
  ])('%s gets Cache-Control "%s" from exactly one rule', (path, expected) => {
    expect(headersForPath(parsed, path).get('cache-control')?.from).toHaveLength(1);
    expect(header(path, 'cache-control')).toBe(expected);
  });

  it('every site page, nested ones too, gets Cache-Control from exactly one rule', () => {
    for (const { path } of Object.values(sitePages)) {
      expect(headersForPath(parsed, path).get('cache-control')?.from, path).toHaveLength(1);
    }
  });

  it('every path gets every security header and the speculation rules once', () => {
    for (const path of ['/', '/_astro/x.js', '/pagefind/pagefind.js', '/nope']) {
      for (const [name, value] of Object.entries({ ...securityHeaders, ...speculationHeaders })) {
        expect(header(path, name.toLowerCase())).toBe(value);
      }
    }
    expect(header('/causes/overuse/', 'speculation-rules')).toBe(`"${SPECULATION_RULES_PATH}"`);
  });

  it('serves the speculation rules file with the type Chromium requires', () => {
    expect(header(SPECULATION_RULES_PATH, 'content-type')).toBe(SPECULATION_RULES_TYPE);
    expect(header('/causes/overuse/', 'content-type')).toBeUndefined();
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
    // The default, the hashed bundles and the editor each have their own location to check.
    expect(locations.map((b) => b.split(' {')[0])).toEqual(
      expect.arrayContaining(['/', '^~ /_astro/', '^~ /admin/']),
    );
    for (const block of locations.filter((b) => !b.startsWith('= /_headers'))) {
      // The editor's location (/admin/) replaces COOP, so it lists every header itself.
      if (block.startsWith('^~ /admin/')) {
        for (const name of Object.keys(securityHeaders))
          expect(block).toContain(`add_header ${name} `);
      } else {
        expect(block).toContain('include snippets/site-security-headers.conf;');
      }
    }
  });

  it('sends the immutable cache only for hashed files and revalidation everywhere else', () => {
    expect(nginx).toMatch(/location \^~ \/_astro\/ \{[^}]*immutable/);
    expect(nginx).toMatch(/location \^~ \/pagefind\/index\/ \{[^}]*immutable/);
    expect(nginx).toMatch(
      /location ~ \^\/pagefind\/pagefind\\\.\.\*\\\.pf_meta\$ \{[^}]*immutable/,
    );
    expect(nginx.match(/immutable/g)).toHaveLength(5);
    expect(nginx).toMatch(/location \/ \{[^}]*max-age=0, must-revalidate/);
  });

  it('sets the rules file type instead of adding a second Content-Type, and escapes quotes', () => {
    const block = nginx.slice(nginx.indexOf(`location = ${SPECULATION_RULES_PATH} {`));
    expect(block.slice(0, block.indexOf('try_files'))).toContain(
      `types { } default_type ${SPECULATION_RULES_TYPE};`,
    );
    expect(nginx).not.toMatch(/add_header Content-Type/);
    expect(nginx).toContain(
      `add_header Speculation-Rules "\\"${SPECULATION_RULES_PATH}\\"" always;`,
    );
  });
});
