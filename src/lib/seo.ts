/**
 * Titles, canonical URLs and social tags. Pure functions so every rule is unit-tested.
 */
import { clinic } from './clinic';

export const TITLE_SUFFIX = ` | ${clinic.name}`;

/** "Cat-camel exercise | Ashburn Village Chiropractic"; the home page keeps its own title. */
export function pageTitle(title: string, { isHome = false } = {}): string {
  return isHome ? title : `${title}${TITLE_SUFFIX}`;
}

/**
 * The one canonical address of a page: absolute, on the configured site, always with a
 * trailing slash for directory pages (the site uses `trailingSlash: 'always'`), never with a
 * query string or fragment.
 */
export function canonicalUrl(pathname: string, site: string | URL): string {
  const url = new URL(pathname, site);
  url.search = '';
  url.hash = '';
  const lastSegment = url.pathname.split('/').pop() ?? '';
  if (!url.pathname.endsWith('/') && !lastSegment.includes('.')) url.pathname += '/';
  return url.href;
}

export interface Crumb {
  label: string;
  href: string;
}

/** Every page's trail starts at Home; the current page is last. */
export function withHome(
  trail: readonly Crumb[],
  home: Crumb = { label: 'Home', href: '/' },
): Crumb[] {
  return [home, ...trail];
}
