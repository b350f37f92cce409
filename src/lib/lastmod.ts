/**
 * Last-modified dates for the sitemap.
 *
 * `@astrojs/sitemap` runs after the build and only sees URLs, so it cannot ask the content
 * layer for dates. This module reads each entry's `updated` date from the MDX frontmatter on
 * disk (./content-files.ts) and maps it to the entry's URL; section index pages take the newest
 * date of their entries and the home page the newest of all.
 */
import { esPaths, spanishPages } from './paths.ts';
import { readSpanishFiles } from './spanish-files.ts';
import { frontmatterDate, readContentFiles, readFrontmatter } from './content-files.ts';
import { isSectionId, sectionPath, type SectionId } from './sections.ts';
import { siteLevelPages, siteUpdated } from './site.ts';

/** Reads `updated` from one MDX source; undefined when the file has none. */
export const readUpdated = (source: string): Date | undefined =>
  frontmatterDate(readFrontmatter(source).updated);

const newest = (dates: Date[]): Date | undefined =>
  dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : undefined;

/** Builds a map from path (`/causes/overuse/`) to the date its words last changed. */
export function collectLastModified(contentDir: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  const bySection = new Map<SectionId, Date[]>();
  for (const entry of readContentFiles(contentDir)) {
    const date = frontmatterDate(entry.data.updated);
    if (!date || !isSectionId(entry.folder)) continue;
    dates.set(entry.path, date);
    bySection.set(entry.folder, [...(bySection.get(entry.folder) ?? []), date]);
  }
  for (const [section, sectionDates] of bySection) {
    dates.set(sectionPath(section), newest(sectionDates)!);
  }
  const siteDate = new Date(siteUpdated);
  for (const page of siteLevelPages) dates.set(page.path, siteDate);
  // The home page lists the sections, so it is as new as the newest page.
  dates.set('/', newest([...bySection.values()].flat().concat(siteDate))!);
  // The Spanish site-level pages are dated like the English ones; the Spanish content pages by
  // their own `updated`, the day their Spanish words last changed.
  for (const key of spanishPages) dates.set(esPaths[key], siteDate);
  const spanishBySection = new Map<SectionId, Date[]>();
  for (const file of readSpanishFiles(contentDir)) {
    const date = frontmatterDate(file.data.updated);
    if (!date) continue;
    dates.set(file.path, date);
    spanishBySection.set(file.section, [...(spanishBySection.get(file.section) ?? []), date]);
  }
  for (const [section, sectionDates] of spanishBySection) {
    dates.set(sectionPath(section, 'es'), newest(sectionDates)!);
  }
  return dates;
}
