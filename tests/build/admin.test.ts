/**
 * The editor at /admin/ as built: kept out of search engines and site search, and its
 * configuration (dist/admin/config.json, generated from the Zod schemas) agrees with the JSON
 * Schema Astro writes for every collection it validates. A field, a required flag or a
 * choice (reviewer ids) that differs fails here, naming the collection and field.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { DIST, htmlPages } from '../support/dist';
import {
  fieldDrift,
  twoLanguageDrift,
  type EditorField,
  type SchemaNode,
} from '../support/cms-drift';
import { reviewerIds } from '../../src/lib/clinic';
import { notInEditor, spanishTwinOf } from '../../src/lib/cms/config';
import { folderFor } from '../../src/lib/cms/translations';

const html = readFileSync(join(DIST, 'admin/index.html'), 'utf8');
const $ = cheerio.load(html);
const config = JSON.parse(readFileSync(join(DIST, 'admin/config.json'), 'utf8')) as {
  backend: { name: string };
  publish_mode: string;
  i18n: { locales: string[]; default_locale: string };
  collections: {
    name: string;
    i18n?: boolean;
    folder: string;
    extension: string;
    preview_path?: string;
    fields: EditorField[];
  }[];
};
const SCHEMAS = '.astro/collections';
/** Every collection Astro validates, but those the editor leaves out on purpose. */
const schemas = readdirSync(SCHEMAS)
  .filter((f) => f.endsWith('.schema.json'))
  .filter((f) => !notInEditor.includes(f.replace(/\.schema\.json$/, '')))
  .map((f) => ({
    name: f.replace(/\.schema\.json$/, ''),
    schema: JSON.parse(readFileSync(join(SCHEMAS, f), 'utf8')) as SchemaNode,
  }));

describe('/admin/ stays out of search', () => {
  it('asks search engines not to index it', () => {
    expect($('meta[name="robots"]').attr('content')).toMatch(/noindex/);
  });

  it('is not in the sitemap', () => {
    const sitemaps = readdirSync(DIST).filter((f) => /^sitemap.*\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const file of sitemaps)
      expect(readFileSync(join(DIST, file), 'utf8')).not.toContain('/admin');
  });

  it('is not in the site search index (it has no data-pagefind-body, and pages do)', () => {
    expect($('[data-pagefind-body]').length).toBe(0);
    expect(htmlPages().some((p) => p.$('[data-pagefind-body]').length > 0)).toBe(true);
  });

  it('loads the editor bundle from this site, with a CSP that allows only the Git host', () => {
    expect($('script[src]').attr('src')).toBe('/admin/cms/cms.js');
    expect(existsSync(join(DIST, 'admin/cms/cms.js'))).toBe(true);
    const csp = $('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
    const hosts = csp.match(/https:\/\/[^\s;]+/g) ?? [];
    expect(new Set(hosts)).toEqual(
      new Set([
        'https://api.github.com',
        'https://www.githubstatus.com',
        'https://avatars.githubusercontent.com',
      ]),
    );
    expect(csp).toMatch(/img-src [^;]*blob:/);
    // The preview pane is a blob: document; nothing else may be framed.
    expect(csp).toMatch(/frame-src 'self' blob:(;|$)/);
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toMatch(/script-src 'self' 'sha256-/);
  });
});

describe('the editor shows the page as it will be published', () => {
  it("serves the site's own stylesheet to the preview pane", () => {
    const site = readFileSync('src/styles/global.css', 'utf8');
    expect(readFileSync(join(DIST, 'admin/preview.css'), 'utf8').startsWith(site)).toBe(true);
  });

  it('links every page entry to a page that exists, so "View Preview" opens it', () => {
    const pages = config.collections.filter((c) => c.extension === 'mdx');
    expect(pages.length).toBeGreaterThan(0);
    for (const collection of pages) {
      const slug = readdirSync(folderFor(collection.folder, 'en'))[0]!.replace(/\.mdx$/, '');
      const path = collection.preview_path!.replace('{{slug}}', slug);
      expect(existsSync(join(DIST, path, 'index.html')), `${collection.name}: ${path}`).toBe(true);
    }
  });
});

describe('the editor configuration matches the content schemas', () => {
  it('uses GitHub with the draft → review → ready workflow', () => {
    expect(config.backend.name).toBe('github');
    expect(config.publish_mode).toBe('editorial_workflow');
  });

  it('leaves out only collections that exist, each for a reason written beside the list', () => {
    for (const name of notInEditor)
      expect(existsSync(join(SCHEMAS, `${name}.schema.json`))).toBe(true);
    expect(config.collections.map((c) => c.name)).not.toEqual(
      expect.arrayContaining([...notInEditor]),
    );
  });

  it('edits every collection Astro validates, and only those, Spanish words beside their English', () => {
    expect(schemas.length).toBeGreaterThanOrEqual(5);
    expect(config.i18n).toMatchObject({ locales: ['en', 'es'], default_locale: 'en' });
    const edited = config.collections.flatMap((c) =>
      c.i18n ? [c.name, spanishTwinOf(c.name)] : [c.name],
    );
    expect(edited.sort()).toEqual(schemas.map((s) => s.name).sort());
  });

  const schemaOf = (name: string) => schemas.find((s) => s.name === name)?.schema;

  it.each(config.collections.map((c) => [c.name, c] as const))(
    '%s: same fields, required flags and choices (in each language)',
    (name, collection) => {
      const english = schemaOf(name)!;
      const spanish = schemaOf(spanishTwinOf(name));
      expect(
        spanish
          ? twoLanguageDrift(english, spanish, collection.fields, name)
          : fieldDrift(english, collection.fields, name),
      ).toEqual([]);
    },
  );

  it('offers exactly the reviewer ids of src/lib/clinic.ts', () => {
    for (const collection of config.collections) {
      const reviewer = collection.fields.find((f) => f.name === 'reviewer');
      if (!reviewer) continue;
      expect(reviewer.required).toBe(false);
      expect((reviewer.options ?? []).map((o) => (typeof o === 'string' ? o : o.value))).toEqual(
        reviewerIds,
      );
    }
  });
});
