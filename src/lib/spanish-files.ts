/**
 * The Spanish content files on disk (src/content/es/<section>/<id>.mdx) with their addresses,
 * for the steps that run outside Astro's content layer: the sitemap's twins and dates, the
 * review list and the launch check. The schemas judge the same files during the build.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readContentFiles } from './content-files.ts';
import { isSectionId, type SectionId } from './sections.ts';
import { spanishEntryPath } from './spanish-pages.ts';

export interface SpanishFile {
  section: SectionId;
  /** The file name without .mdx: the English twin's. */
  id: string;
  /** /es/<Spanish section>/<slug>/ */
  path: string;
  /** /<section>/<id>/ */
  englishPath: string;
  file: string;
  data: Record<string, unknown>;
}

/** Every Spanish content file that names its address (`slug`); none without a Spanish folder. */
export function readSpanishFiles(contentDir = 'src/content'): SpanishFile[] {
  const spanishDir = join(contentDir, 'es');
  if (!existsSync(spanishDir)) return [];
  return readContentFiles(spanishDir).flatMap((entry) =>
    isSectionId(entry.folder) && typeof entry.data.slug === 'string'
      ? [
          {
            section: entry.folder,
            id: entry.slug,
            path: spanishEntryPath(entry.folder, entry.data.slug),
            englishPath: entry.path,
            file: entry.file,
            data: entry.data,
          },
        ]
      : [],
  );
}
