/**
 * Speculation rules for every page (Chromium 121+), with no JavaScript: each response carries
 * a `Speculation-Rules` header (src/lib/security-headers.ts) naming a JSON file that
 * `scripts/write-headers.ts` writes to public/ from this module.
 *
 * - prefetch at `moderate`: the next page's HTML is fetched when a pointer rests on a link
 *   (about 200 ms) or presses it, so most clicks find it already downloaded;
 * - prerender at `conservative`: the page is rendered in the background from the moment the
 *   pointer or finger goes down, so it shows at once on release.
 *
 * Only this site's own pages: the pattern is relative to the rules file, so links to other
 * sites never match (no third-party request). Never the search page (its ?q= links would
 * start searches, and it loads the search index) nor /admin/ (the content editor).
 * Browsers skip speculation under Save-Data or battery saver by themselves.
 */

/** Where the rules file is served; the header names it. */
export const SPECULATION_RULES_PATH = '/speculation-rules.json';

/** Served as this type, or Chromium ignores the file. */
export const SPECULATION_RULES_TYPE = 'application/speculationrules+json';

/** URL patterns never fetched ahead: the search page and the editor. */
export const NEVER_SPECULATE = ['/search/*', '/admin/*'] as const;

type Where =
  { href_matches: string } | { selector_matches: string } | { and: Where[] } | { not: Where };

interface SpeculationRule {
  source: 'document';
  where: Where;
  eagerness: 'immediate' | 'eager' | 'moderate' | 'conservative';
}

interface SpeculationRules {
  prefetch: SpeculationRule[];
  prerender: SpeculationRule[];
}

const sameSitePages: Where = {
  and: [
    { href_matches: '/*' },
    ...NEVER_SPECULATE.map((pattern) => ({ not: { href_matches: pattern } })),
    // A link can opt out, e.g. one that starts a download.
    { not: { selector_matches: '[rel~="nofollow"], [data-no-speculation]' } },
  ],
};

export const speculationRules: SpeculationRules = {
  prefetch: [{ source: 'document', where: sameSitePages, eagerness: 'moderate' }],
  prerender: [{ source: 'document', where: sameSitePages, eagerness: 'conservative' }],
};

/** The file's text (public/speculation-rules.json). */
export const renderSpeculationRules = (rules: SpeculationRules = speculationRules): string =>
  `${JSON.stringify(rules, null, 2)}\n`;

/** The header value: a structured-field list of quoted URLs. */
export const speculationRulesHeader = `"${SPECULATION_RULES_PATH}"`;

/**
 * The rules file a `_headers` file makes pages fetch, if any (for the page-weight budget,
 * which otherwise sees only what the HTML references).
 */
export function rulesFileInHeaders(headersFile: string): string | undefined {
  return /^\s+Speculation-Rules:\s*"([^"]+)"/m.exec(headersFile)?.[1];
}
