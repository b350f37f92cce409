/**
 * HTTP response headers for the static site, defined once. `scripts/write-headers.ts` turns
 * this into `public/_headers` (Netlify, Cloudflare Pages) and the nginx snippet in
 * docs/deploy-headers.md; unit tests fail if either file drifts from this module.
 *
 * The page's own CSP lives in a <meta> tag that Astro writes with a hash for every inline
 * script and style. A browser enforces every policy it receives, so the header policy below
 * only adds what a <meta> tag cannot carry (frame-ancestors) or should not wait for (object,
 * base and form rules apply before the <meta> is parsed). It must never list script or style
 * sources: a second policy without Astro's hashes would block the site's inline code.
 */
import {
  SPECULATION_RULES_PATH,
  SPECULATION_RULES_TYPE,
  speculationRulesHeader,
} from './speculation-rules.ts';
import { sitePages } from './site.ts';

/** Header CSP: directives a <meta> policy cannot set, plus cheap belt-and-braces rules. */
const headerCspDirectives = [
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * Powerful browser features this site never uses: deny them to the site and any frame.
 * Only names Chromium recognises: an unknown one (such as `bluetooth`) logs a console warning
 * on every page, and the security browser test fails on it. FLoC's `interest-cohort` is still
 * parsed; `browsing-topics` is its successor.
 */
const deniedFeatures = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'interest-cohort',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const;

const permissionsPolicy = (features: readonly string[] = deniedFeatures) =>
  features.map((feature) => `${feature}=()`).join(', ');

/** Sent with every response. */
export const securityHeaders: Readonly<Record<string, string>> = {
  // Two years, with subdomains: the value hstspreload.org asks for. Browsers ignore it on http.
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': permissionsPolicy(),
  'Content-Security-Policy': headerCspDirectives.join('; '),
  // frame-ancestors covers current browsers; X-Frame-Options covers the old ones.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // Nothing here is meant to be embedded by other sites.
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * Sent with every response too: the next-page speculation rules (./speculation-rules.ts).
 * Browsers read it on pages only; on other files it is a few ignored bytes, and one rule
 * keeps it on every page, including ones added later.
 */
export const speculationHeaders: Readonly<Record<string, string>> = {
  'Speculation-Rules': speculationRulesHeader,
};

/** Hashed build output: the name changes when the content does, so it never needs checking. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else: the browser may keep a copy but must ask (cheap 304) before reusing it. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

interface HeaderRule {
  /** Netlify/Cloudflare path pattern: exact, or ending in `*`. */
  path: string;
  headers: Readonly<Record<string, string>>;
  /** Why the rule exists; becomes a comment in the generated files. */
  note?: string;
}

/**
 * Paths of HTML and other unhashed files at the site root. Cache-Control is set per path
 * instead of once on `/*` because hosts merge every matching rule: Cloudflare would join a
 * `/*` value and an `/_astro/*` value into one contradictory header. So no path may match
 * two Cache-Control rules; a build test checks every built file gets exactly one.
 */
/**
 * Pagefind's files that keep their names between builds: the loader, the entry file (its
 * preload URL carries a cache tag, but a host matches rules on the path only), the
 * WebAssembly (named by language) and the UI bundles this site does not load.
 */
const pagefindRevalidatedPaths = [
  '/pagefind/pagefind.js',
  '/pagefind/pagefind-*',
  '/pagefind/wasm.*',
] as const;

/**
 * Pagefind's files named by a hash of their content (index and filter chunks, page fragments,
 * the metadata file): a new index writes new names, so a copy never needs checking.
 */
const pagefindImmutablePaths = [
  '/pagefind/index/*',
  '/pagefind/fragment/*',
  '/pagefind/filter/*',
  '/pagefind/pagefind.*.pf_meta',
] as const;

/**
 * A site page's files (src/lib/site.ts): a folder page and everything under it, or the file
 * itself; none for a page a section's rule or another page's folder rule covers already (a
 * host sends every matching rule's headers, so two rules would send Cache-Control twice).
 */
const sitePagePaths = (sectionIds: readonly string[]): string[] => {
  const paths = Object.values(sitePages).map(({ path }) => path as string);
  const folders = [
    ...sectionIds.map((id) => `/${id}/`),
    ...paths.filter((path) => path !== '/' && path.endsWith('/')),
  ];
  return paths
    .filter((path) => !folders.some((folder) => folder !== path && path.startsWith(folder)))
    .map((path) => (path === '/' || !path.endsWith('/') ? path : `${path}*`));
};

const revalidatedPaths = (sectionIds: readonly string[]): string[] => [
  ...sitePagePaths(sectionIds),
  ...sectionIds.map((id) => `/${id}/*`),
  // The Spanish edition: every page under /es/, revalidated like its English twin.
  '/es/*',
  '/favicon.svg',
  '/robots.txt',
  ...pagefindRevalidatedPaths,
  '/sitemap-*',
];

/**
 * /admin/, the editor for clinic staff. Signing in with GitHub opens a pop-up on
 * the OAuth relay (Netlify, or a Sveltia CMS Authenticator worker) that hands the token back
 * through window.opener, and `Cross-Origin-Opener-Policy: same-origin` would cut that link. So
 * the editor relaxes COOP to `same-origin-allow-popups` (its own pop-ups keep their opener;
 * other windows still cannot reach it). The `!` line first removes the site-wide value, as
 * Cloudflare Pages reads it; the editor's CSP is in its page (src/lib/cms/csp.ts).
 */
export const EDITOR_OPENER_POLICY = 'same-origin-allow-popups';

const editorRule: HeaderRule = {
  path: '/admin/*',
  headers: {
    '!Cross-Origin-Opener-Policy': '',
    'Cross-Origin-Opener-Policy': EDITOR_OPENER_POLICY,
    'Cache-Control': REVALIDATE,
  },
  note: 'The editor (/admin/): GitHub sign-in needs its pop-up to reach back (COOP); files revalidate.',
};

/** Link preview images: one per page with a stable name, so they revalidate. */
const previewImagesRule: HeaderRule = {
  path: '/og/*',
  headers: { 'Cache-Control': REVALIDATE },
  note: 'Link preview images (og:image): stable names, fetched only by link previews.',
};

/** A `!Name` key removes a header an earlier rule set (Cloudflare's `! Name` line). */
const isRemoval = (name: string) => name.startsWith('!');

export function headerRules(sectionIds: readonly string[]): HeaderRule[] {
  return [
    {
      path: '/*',
      headers: { ...securityHeaders, ...speculationHeaders },
      note: 'Security headers and the speculation rules, for every response.',
    },
    {
      path: '/_astro/*',
      headers: { 'Cache-Control': IMMUTABLE },
      note: "Astro's build output: file names carry a content hash.",
    },
    ...pagefindImmutablePaths.map((path, i) => ({
      path,
      headers: { 'Cache-Control': IMMUTABLE },
      note: i === 0 ? 'Search index files named by a content hash.' : undefined,
    })),
    {
      path: SPECULATION_RULES_PATH,
      headers: { 'Content-Type': SPECULATION_RULES_TYPE, 'Cache-Control': REVALIDATE },
      note: 'Chromium reads the speculation rules only when served as this type.',
    },
    ...revalidatedPaths(sectionIds).map((path, i) => ({
      path,
      headers: { 'Cache-Control': REVALIDATE },
      note: i === 0 ? 'Pages and other unhashed files: revalidate on every use.' : undefined,
    })),
    previewImagesRule,
    editorRule,
  ];
}

/** The `_headers` file Netlify and Cloudflare Pages read from the site root. */
export function renderHeadersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map((rule) => {
    const lines = Object.entries(rule.headers).map(([name, value]) =>
      isRemoval(name) ? `  ! ${name.slice(1)}` : `  ${name}: ${value}`,
    );
    const note = rule.note ? [`# ${rule.note}`] : [];
    return [...note, rule.path, ...lines].join('\n');
  });
  const header = [
    '# Generated from src/lib/security-headers.ts by `node scripts/write-headers.ts`.',
    '# Edit that module, not this file: a unit test fails when the two differ.',
  ].join('\n');
  return `${header}\n\n${blocks.join('\n\n')}\n`;
}

/**
 * nginx location for a rule path: `/dir/*` becomes a prefix match, `/` an exact one, and a
 * `*` elsewhere a regular expression.
 */
function nginxLocation(path: string): string {
  if (path.endsWith('/*')) return `^~ ${path.slice(0, -1)}`;
  if (path.endsWith('*')) return `~ ^${path.slice(0, -1).replace(/[.]/g, '\\.')}`;
  if (path.includes('*')) return `~ ^${path.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`;
  return `= ${path}`;
}

/** An nginx string: double-quoted, with quotes inside escaped (Speculation-Rules has some). */
const nginxString = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

const onlyRevalidates = (rule: HeaderRule) =>
  Object.keys(rule.headers).length === 1 && rule.headers['Cache-Control'] === REVALIDATE;

/**
 * An nginx `server` block serving dist/ with the same headers. nginx picks one location per
 * request, so unlike `_headers` the revalidating default needs no list of paths: only rules
 * that differ from it (the immutable /_astro/) get their own location. nginx also drops
 * inherited add_header lines in any block with its own, so each location includes the
 * security headers again.
 */
export function renderNginx(rules: readonly HeaderRule[]): string {
  const global = rules.find((r) => r.path === '/*');
  // add_header would send a second Content-Type next to nginx's own: set the type instead.
  const addHeaders = (headers: Readonly<Record<string, string>>, indent: string) =>
    Object.entries(headers)
      .filter(([name]) => !isRemoval(name))
      .map(([name, value]) =>
        name === 'Content-Type'
          ? `${indent}types { } default_type ${value};`
          : `${indent}add_header ${name} ${nginxString(value)} always;`,
      );
  // nginx cannot remove a header: a location that drops one of the shared headers (the
  // editor's COOP) lists the others itself instead of including the snippet.
  const shared = (headers: Readonly<Record<string, string>>) => {
    const removed = Object.keys(headers)
      .filter(isRemoval)
      .map((name) => name.slice(1));
    if (removed.length === 0) return ['        include snippets/site-security-headers.conf;'];
    const kept = Object.entries(global?.headers ?? {}).filter(([name]) => !removed.includes(name));
    return addHeaders(Object.fromEntries(kept), '        ');
  };
  const location = (match: string, headers: Readonly<Record<string, string>>) => [
    `    location ${match} {`,
    ...shared(headers),
    ...addHeaders(headers, '        '),
    '        try_files $uri $uri/ $uri.html =404;',
    '    }',
    '',
  ];
  const special = rules.filter((r) => r !== global && !onlyRevalidates(r));
  return [
    '# /etc/nginx/snippets/site-security-headers.conf',
    ...addHeaders(global?.headers ?? {}, ''),
    '',
    '# /etc/nginx/sites-available/back-spasms.conf',
    'server {',
    '    listen 443 ssl;',
    '    listen [::]:443 ssl;',
    '    http2 on;',
    '    server_name www.your-domain.com;',
    '    # ssl_certificate and ssl_certificate_key go here.',
    '    root /var/www/back-spasms/dist;',
    '    index index.html;',
    '    error_page 404 /404.html;',
    '',
    '    gzip on;',
    '    gzip_types text/css application/javascript application/json image/svg+xml application/xml text/plain application/wasm;',
    '',
    '    # The _headers file is for Netlify and Cloudflare; do not serve it.',
    '    location = /_headers {',
    '        return 404;',
    '    }',
    '',
    // A location replaces `location /`, so it repeats the default caching unless it sets its own.
    ...special.flatMap((rule) =>
      location(nginxLocation(rule.path), { 'Cache-Control': REVALIDATE, ...rule.headers }),
    ),
    ...location('/', { 'Cache-Control': REVALIDATE }).slice(0, -1),
    '}',
    '',
    'server {',
    '    listen 80;',
    '    listen [::]:80;',
    '    server_name www.your-domain.com;',
    '    return 301 https://$host$request_uri;',
    '}',
  ].join('\n');
}
