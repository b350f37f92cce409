/** The /admin/ rule in the generated headers: its own COOP, one Cache-Control, nothing else changed. */
import { describe, expect, it } from 'vitest';
import { headersForPath, parseHeadersFile } from '../../../scripts/shared/headers-file';
import {
  EDITOR_OPENER_POLICY,
  headerRules,
  renderHeadersFile,
  renderNginx,
  REVALIDATE,
  securityHeaders,
} from '../../../src/lib/security-headers';
import { sectionIds } from '../../../src/lib/sections';

const rules = headerRules(sectionIds);
const parsed = parseHeadersFile(renderHeadersFile(rules));
const headers = (path: string) => headersForPath(parsed, path);

describe('headers for the editor at /admin/', () => {
  it.each(['/admin/', '/admin/config.json', '/admin/cms/cms.js'])(
    '%s lets the GitHub sign-in pop-up reach back, and revalidates',
    (path) => {
      const coop = headers(path).get('cross-origin-opener-policy');
      expect(coop?.value).toBe(EDITOR_OPENER_POLICY);
      expect(coop?.from).toEqual(['/admin/*']);
      expect(headers(path).get('cache-control')?.value).toBe(REVALIDATE);
      expect(headers(path).get('cache-control')?.from).toHaveLength(1);
    },
  );

  it.each(['/', '/causes/overuse/', '/administration/', '/search/'])(
    '%s keeps the site-wide opener policy',
    (path) => {
      expect(headers(path).get('cross-origin-opener-policy')?.value).toBe(
        securityHeaders['Cross-Origin-Opener-Policy'],
      );
    },
  );

  it('every other security header still reaches /admin/', () => {
    for (const [name, value] of Object.entries(securityHeaders)) {
      if (name === 'Cross-Origin-Opener-Policy') continue;
      expect(headers('/admin/').get(name.toLowerCase())?.value).toBe(value);
    }
  });

  it('nginx sends the editor one opener policy, its own', () => {
    const block = renderNginx(rules).split('location ^~ /admin/ {')[1]!.split('}')[0]!;
    expect(block.match(/Cross-Origin-Opener-Policy/g)).toHaveLength(1);
    expect(block).toContain(`"${EDITOR_OPENER_POLICY}"`);
    expect(block).not.toContain('include snippets/site-security-headers.conf');
  });
});
