/**
 * The one reader of content files on disk, for the steps that run before or after Astro's
 * content layer and so cannot ask it: the sitemap's dates (./lastmod.ts, read by
 * astro.config.mjs), the review gate and `npm run review-status` (./review-sources.ts). It
 * reads each MDX entry's frontmatter with the same YAML parser Astro uses for content; the
 * schemas (./content-schemas.ts) still judge the values during the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/** The frontmatter of one MDX source as plain data; empty when it has none. */
export function readFrontmatter(source: string): Record<string, unknown> {
  const match = FRONTMATTER.exec(source);
  const data: unknown = match ? parse(match[1] ?? '') : null;
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

/** A frontmatter date (a YAML date or a date written as text); undefined if absent or invalid. */
export function frontmatterDate(value: unknown): Date | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

interface ContentFile {
  /** The folder under src/content/, which is the collection and the section. */
  folder: string;
  /** The file name without `.mdx`, which is the page's slug. */
  slug: string;
  /** The page's URL path, `/<folder>/<slug>/`. */
  path: string;
  /** Full path of the file. */
  file: string;
  data: Record<string, unknown>;
}

/**
 * Every MDX entry under `contentDir` (one level of folders), sorted by folder then file. Any
 * folder of MDX files is a collection of pages; data-only folders (warning signs) hold none.
 */
export function readContentFiles(contentDir: string): ContentFile[] {
  return readdirSync(contentDir, { withFileTypes: true })
    .filter((folder) => folder.isDirectory())
    .map((folder) => folder.name)
    .sort()
    .flatMap((folder) =>
      readdirSync(join(contentDir, folder))
        .filter((name) => name.endsWith('.mdx'))
        .sort()
        .map((name) => {
          const file = join(contentDir, folder, name);
          const slug = basename(name, '.mdx');
          return {
            folder,
            slug,
            path: `/${folder}/${slug}/`,
            file,
            data: readFrontmatter(readFileSync(file, 'utf8')),
          };
        }),
    );
}
