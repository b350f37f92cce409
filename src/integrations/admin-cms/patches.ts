/**
 * Two small corrections to the Sveltia CMS bundle, made while it is built.
 *
 * Fonts: Sveltia CMS's npm build ships its fonts (Source Sans 3, Noto Mono, Material Symbols) and
 * registers them from its own files, but its UI kit also injects an @font-face stylesheet
 * that points at cdn.jsdelivr.net. The browser then asks the CDN as well, which this site's
 * CSP blocks (and which would be a third-party request). This Vite plugin rewrites those CDN
 * addresses to the same font files the bundle already emits, and fails the build if a CDN
 * font address is left that it cannot map (a new font in a future Sveltia release).
 */
import type { Plugin } from 'vite';

const CDN_FONT =
  /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;

export function adminCmsPatches(base: string): Plugin {
  return {
    name: 'admin-cms-patches',
    apply: 'build',
    generateBundle(_options, bundle) {
      const fonts = Object.values(bundle)
        .filter((file) => file.type === 'asset' && file.fileName.endsWith('.woff2'))
        .map((file) => file.fileName);
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        // The editor's viewport tag says maximum-scale=1, which stops people zooming in
        // (WCAG 1.4.4; axe's meta-viewport rule). Leave the rest of the tag as it is.
        file.code = file.code
          .replaceAll('`maximum-scale=1`,', '')
          .replaceAll('maximum-scale=1, ', '');
        file.code = file.code.replace(CDN_FONT, (url, family: string, subset: string) => {
          const local = fonts.find((name) => name.startsWith(`${family}-${subset}-`));
          if (!local) {
            this.error(
              `no local file for the CDN font ${url}: map it in src/integrations/admin-cms/patches.ts`,
            );
          }
          return `${base}${local}`;
        });
      }
    },
  };
}
