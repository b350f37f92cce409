/**
 * What /admin/ adds to the site's Content Security Policy (the <meta> policy Astro writes;
 * see src/pages/admin/index.astro). Every other page keeps the site-wide policy unchanged.
 */

/** The Git host the editor talks to: its API, and the avatars it shows after sign-in. */
export const GIT_HOST = {
  api: 'https://api.github.com',
  avatars: 'https://avatars.githubusercontent.com',
} as const;

export const ADMIN_CSP = {
  /** The editor's own bundle, served from /admin/cms/. No 'unsafe-eval' is needed. */
  scriptSources: ["'self'"],
  /**
   * Svelte injects component styles and sets inline styles at run time; they cannot be hashed
   * ahead of time. Scripts stay hash- and origin-bound, so this does not open script injection.
   */
  styleSources: ["'self'", "'unsafe-inline'"],
  directives: [
    `connect-src 'self' ${GIT_HOST.api}`,
    `img-src 'self' data: blob: ${GIT_HOST.avatars}`,
  ],
} as const;
