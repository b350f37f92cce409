/**
 * What /admin/ adds to the site's Content Security Policy (the <meta> policy Astro writes;
 * see src/pages/admin/index.astro). Every other page keeps the site-wide policy unchanged.
 */

/** The Git host the editor talks to: GitHub's API, its status feed and users' avatars. */
const GIT_HOST = {
  /** REST and GraphQL: reading and committing content, pull requests for the review workflow. */
  api: 'https://api.github.com',
  /** Polled by the editor to warn staff when GitHub itself is having trouble. */
  status: 'https://www.githubstatus.com',
  /** The signed-in person's picture. */
  avatars: 'https://avatars.githubusercontent.com',
} as const;

export const gitHostOrigins: readonly string[] = Object.values(GIT_HOST);

export const ADMIN_CSP = {
  /** The editor's own bundle, served from /admin/cms/. No 'unsafe-eval' is needed. */
  scriptSources: ["'self'"],
  /**
   * Svelte injects component styles and sets inline styles at run time; they cannot be hashed
   * ahead of time. Scripts stay hash- and origin-bound, so this does not open script injection.
   */
  styleSources: ["'self'", "'unsafe-inline'"],
  directives: [
    // data: because the editor reads its built-in icons with fetch(); no network is involved.
    `connect-src 'self' data: ${GIT_HOST.api} ${GIT_HOST.status}`,
    // blob: for previews of images read from the repository or picked for upload.
    `img-src 'self' data: blob: ${GIT_HOST.avatars}`,
    // The preview pane is a blob: document the editor writes (with the site's stylesheet), so
    // the page preview can use the site's styles without them leaking into the editor.
    "frame-src 'self' blob:",
    // The editor offers to install itself as an app with a web-app manifest it writes as a
    // blob:; without this, a normal browser profile logs a CSP error on every load.
    "manifest-src 'self' blob:",
  ],
} as const;
