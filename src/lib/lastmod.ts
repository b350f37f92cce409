/**
 * Last-modified dates for the sitemap.
 *
 * `@astrojs/sitemap` runs after the build and only sees URLs, so it cannot ask the content
 * layer for dates. This module reads each entry's `updated` date straight from the MDX
 * frontmatter on disk and maps it to the entry's URL; section index pages take the newest
 * date of their entries and the home page the newest of all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, basename } from 'node:path';
import { parse } from 'yaml';
import { sectionIds, entryPath, sectionPath } from './sections';
import { siteUpdated } from './site';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/** Reads `updated` from one MDX source; undefined when the file has none. */
export function readUpdated(source: string): Date | undefined {
  const match = FRONTMATTER.exec(source);
  if (!match) return undefined;
  const data = parse(match[1] ?? '') as { updated?: string | Date } | null;
  if (!data?.updated) return undefined;
  const date = new Date(data.updated);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const newest = (dates: Date[]): Date | undefined =>
  dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : undefined;

/** Builds a map from path (`/causes/overuse/`) to the date its words last changed. */
export function collectLastModified(contentDir: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  const all: Date[] = [];
  for (const section of sectionIds) {
    const dir = join(contentDir, section);
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
    } catch {
      continue;
    }
    const sectionDates: Date[] = [];
    for (const file of files) {
      const date = readUpdated(readFileSync(join(dir, file), 'utf8'));
      if (!date) continue;
      dates.set(entryPath(section, basename(file, '.mdx')), date);
      sectionDates.push(date);
    }
    const sectionDate = newest(sectionDates);
    if (sectionDate) dates.set(sectionPath(section), sectionDate);
    all.push(...sectionDates);
  }
  const siteDate = new Date(siteUpdated);
  for (const path of ['/when-to-see-a-doctor/', '/triage/', '/about/']) dates.set(path, siteDate);
  dates.set('/', newest([...all, siteDate]) ?? siteDate);
  return dates;
}
