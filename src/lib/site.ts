/**
 * Site-wide settings that are not clinic facts.
 *
 * The public URL is not known yet (the clinic has not named a domain), so the default uses
 * the reserved `.example` top-level domain. Set SITE_URL when building for production:
 *   SITE_URL=https://www.your-domain.com npm run build
 */
import type { ReviewFields } from './content-schemas';

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

/** Date the words of the site-level pages (home, when to see a doctor, triage, about) last changed. */
export const siteUpdated = '2026-11-20';

/**
 * The site-level pages that give health advice, and their clinical review. Leave `siteReview`
 * empty until a clinician has read these pages; then record who and when, for example
 * `{ reviewer: 'jonathan-solomon', reviewedOn: new Date('2026-12-01') }`. A change to
 * `siteUpdated` after that day puts them back on the review list (npm run review-status).
 */
export const siteHealthPages = ['/', '/triage/', '/when-to-see-a-doctor/'] as const;
export const siteReview: ReviewFields = {};

export const EMERGENCY_NUMBER = '911';
