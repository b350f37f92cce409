/**
 * Site-wide settings that are not clinic facts.
 *
 * The public URL is not known yet (the clinic has not named a domain), so the default uses
 * the reserved `.example` top-level domain. Set SITE_URL when building for production:
 *   SITE_URL=https://www.your-domain.com npm run build
 */
import type { ReviewFields } from './content-schemas';
import { clinic } from './clinic.ts';
import { EMERGENCY_NUMBER } from './emergency.ts';
import { esPaths, inSpanish, paths, spanishPages, type PageKey } from './paths.ts';
import type { PageTranslation, TranslationReview } from './translation-review.ts';

export const DEFAULT_SITE_URL = 'https://ashburn-village-chiropractic.example';

export function resolveSiteUrl(env: Record<string, string | undefined> = process.env): string {
  const raw = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `SITE_URL "${raw}" is not a valid URL. Use a full address like https://www.example.com`,
    );
  }
  if (url.protocol !== 'https:' && url.hostname !== 'localhost') {
    throw new Error(`SITE_URL "${raw}" must use https:// so canonical links are secure.`);
  }
  return url.origin;
}

export const siteName = 'Back Spasms Guide · Ashburn Village Chiropractic';

/** A page outside the content sections: one .astro file in src/pages/. */
export interface SitePage {
  path: string;
  /** The page's <h1> and <title> (without the clinic's name). */
  title: string;
  /** Its meta description, also the text its search result shows; for pages search lists. */
  description?: string;
  /** The section its link-preview card names; the guide's name when absent. */
  section?: string;
  /** Its short name: in breadcrumbs, and in the header's menu for the pages it lists (navPages). */
  navLabel?: string;
}

/**
 * Every page outside the content sections. Each page reads its title here; the header's menu,
 * the sitemap's dates, the cache headers (./security-headers.ts), the review list and the
 * link-preview cards (src/pages/og/) read the list, so a new page is added here once.
 */
export const sitePages = {
  home: {
    path: paths.home,
    title: 'Back spasms: is it serious, what to do now, and where to start',
    description:
      'A back spasm is a sudden tightening of the muscles along your spine. Learn the warning signs, what to do now, and whether to see a chiropractor or a doctor.',
  },
  whenToSeeADoctor: {
    path: paths.whenToSeeADoctor,
    title: 'When to see a doctor for back spasms',
    description: `Warning signs with back spasms: when to call ${EMERGENCY_NUMBER}, when to see a medical doctor today or within days, where to go, and when self-care is a reasonable start.`,
    section: 'When to see a doctor',
    navLabel: 'When to see a doctor',
  },
  quizChecks: {
    path: paths.quizChecks,
    title: 'How we check the quiz: every test story and its answer',
    section: 'When to see a doctor',
    navLabel: 'How we check the quiz',
  },
  warningCard: {
    path: paths.warningCard,
    title: 'Back pain warning signs: a card to print',
    section: 'When to see a doctor',
  },
  triage: {
    path: paths.triage,
    title: 'Where should I start? A quiz for back spasms',
    description: `Answer a few quick questions to see whether to call ${EMERGENCY_NUMBER}, see a medical doctor today or within days, or start with self-care, where to go, and why.`,
    section: 'Where to start',
    navLabel: 'Where should I start?',
  },
  about: {
    path: paths.about,
    title: `About ${clinic.name}`,
    description: `Who writes this guide: ${clinic.name} in ${clinic.city}, ${clinic.region}, the chiropractor, the communities served and our editorial policy.`,
    section: 'About',
    navLabel: 'About us',
  },
  search: {
    path: paths.search,
    title: 'Search the guide',
    description:
      'Search every page of the back spasms guide: causes, triggers, risk factors, treatment and exercises.',
  },
  routine: {
    path: paths.routine,
    title: 'Printable back spasm exercise routine',
    description:
      'All the gentle back spasm exercises on one printable page: pictures, steps, how much to do and when to stop.',
    section: 'Exercises',
  },
  notFound: { path: paths.notFound, title: 'Page not found' },
} as const satisfies Record<string, SitePage>;

/** The pages the header's menu lists after the sections, in menu order. */
export const navPageKeys = ['whenToSeeADoctor', 'triage', 'about'] as const satisfies PageKey[];
export const navPages: readonly SitePage[] = navPageKeys.map((key) => sitePages[key]);

/**
 * The site-level pages: their words are dated by `siteUpdated` (the sitemap reads it), and
 * those that give health advice are reviewed through `siteReview`.
 */
export const siteLevelPages: readonly SitePage[] = [
  sitePages.home,
  sitePages.whenToSeeADoctor,
  sitePages.quizChecks,
  sitePages.triage,
  sitePages.about,
];

/**
 * The site's first day: the earliest date its words carry. No page's "updated" or review date
 * can be older (the content schemas stop the build on one), which catches a date a browser's
 * date field turned into 1201 or 1906.
 */
export const siteFirstDay = '2026-11-20';

/** Date the words of the site-level pages last changed. */
export const siteUpdated = '2026-12-07';

/**
 * The site-level pages that give health advice, and their clinical review. Leave `siteReview`
 * empty until a clinician has read these pages; then record who and when, for example
 * `{ reviewer: 'jonathan-solomon', reviewedOn: new Date('2026-12-01') }`. A change to
 * `siteUpdated` after that day puts them back on the review list (npm run review-status).
 */
const englishHealthPages: readonly string[] = [
  sitePages.home.path,
  sitePages.triage.path,
  sitePages.whenToSeeADoctor.path,
  sitePages.quizChecks.path,
];

/** The same pages in Spanish, where a twin exists: reviewed with their English twins' words. */
export const siteHealthPages: readonly string[] = [
  ...englishHealthPages,
  ...englishHealthPages.flatMap((path) => {
    const key = (Object.keys(paths) as PageKey[]).find((k) => paths[k] === path);
    return key && inSpanish(key) ? [esPaths[key]] : [];
  }),
];
export const siteReview: ReviewFields = {};

/**
 * The Spanish site-level pages' translation review, recorded only when a professional medical
 * translator has checked them: `{ translator: 'Name, credentials', reviewedOn: new Date(...) }`.
 * Until then every Spanish page says no translator has checked it.
 */
export const siteTranslationReview: TranslationReview = {};

/** Every Spanish page with its translation review record. */
export const spanishTranslations: readonly PageTranslation[] = spanishPages.map((key) => ({
  path: esPaths[key],
  source: 'src/lib/site.ts (siteTranslationReview)',
  ...siteTranslationReview,
}));
