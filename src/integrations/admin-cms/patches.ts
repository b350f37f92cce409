/**
 * Three small corrections to the Sveltia CMS bundle, made while it is built.
 *
 * Fonts: Sveltia CMS's npm build ships its fonts (Source Sans 3, Noto Mono, Material Symbols) and
 * registers them from its own files, but its UI kit also injects an @font-face stylesheet
 * that points at cdn.jsdelivr.net. The browser then asks the CDN as well, which this site's
 * CSP blocks (and which would be a third-party request). This Vite plugin rewrites those CDN
 * addresses to the same font files the bundle already emits, and fails the build if a CDN
 * font address is left that it cannot map (a new font in a future Sveltia release).
 */
import type { Plugin } from 'vite';

/**
 * Languages: the language switcher above each pane marks a language with an error by reading
 * that language's validity, which Sveltia CMS 0.221 does not record for a language an entry
 * does not have yet (an English page with no Spanish). Checking such an entry's fields (on
 * Save) then threw "Cannot convert undefined or null to object", and the field errors never
 * showed. Read a missing validity as "no errors", as earlier releases did. The build fails if
 * the code is no longer there to correct (a future release): check that an English entry with
 * no Spanish still shows its field errors, then remove this.
 */
const LANGUAGE_VALIDITY =
  /Object\.values\(([\w$]+)\(([\w$]+)\)\[([\w$]+)\]\)\.some\(\(\{valid:([\w$]+)\}\)=>!\4\)/g;

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
      let languageValidity = 0;
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        file.code = file.code.replace(
          LANGUAGE_VALIDITY,
          (_match, read: string, map: string, locale: string, valid: string) => {
            languageValidity += 1;
            return `Object.values(${read}(${map})[${locale}]??{}).some(({valid:${valid}})=>!${valid})`;
          },
        );
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
      if (languageValidity !== 1) {
        this.error(
          `expected the language switcher's validity check once in the Sveltia CMS bundle, found it ${languageValidity} times: see LANGUAGE_VALIDITY in src/integrations/admin-cms/patches.ts`,
        );
      }
    },
  };
}
