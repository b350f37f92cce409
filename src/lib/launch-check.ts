/**
 * What the site needs before it goes live, each item done or missing, with the file or setting
 * that changes it: `npm run launch-check` prints the list, and the production build with
 * LAUNCH=1 stops while anything is missing (src/integrations/review-gate.ts).
 *
 * Pure: the review records, the clinic's facts, the build's environment and CODEOWNERS come in
 * as arguments; `siteLaunchChecklist` gathers them from the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { ClinicContactFields } from './clinic.ts';
import { clinic as realClinic } from './clinic.ts';
import { collectPageReviews, type SiteLevelReview } from './review-sources.ts';
import { awaitingReview, type PageReview } from './review-status.ts';
import { awaitingTranslationReview, type PageTranslation } from './translation-review.ts';
import { DEFAULT_SITE_URL } from './site.ts';
import { allSpanishTranslations } from './spanish-reviews.ts';

interface LaunchItem {
  /** What it is, in plain words. */
  name: string;
  done: boolean;
  /** What is there now, or what is missing. */
  state: string;
  /** Where to change it. */
  fix: string;
}

export interface LaunchInputs {
  pages: readonly PageReview[];
  /** The Spanish pages' translation reviews; none while there are no Spanish pages. */
  translations?: readonly PageTranslation[];
  clinic: ClinicContactFields;
  env: Record<string, string | undefined>;
  /** The text of .github/CODEOWNERS; absent when the file is missing. */
  codeowners?: string;
}

/** The placeholder repository the editor's configuration uses until one is set. */
export const PLACEHOLDER_REPO = 'your-github-account/your-site-repository';

/** Top-level names reserved for examples and tests (RFC 2606, RFC 6761): never a real site. */
const RESERVED = /(^|\.)(example|test|invalid|localhost)$|(^|\.)example\.(com|net|org)$/i;

/** The user name .github/CODEOWNERS holds until the clinician's own replaces it. */
export const PLACEHOLDER_OWNER = '@clinician-github-username';
const CODEOWNERS_FILE = '.github/CODEOWNERS';

const CLINIC_FILE = 'src/lib/clinic.ts';
const HOST_SETTING = "the host's environment variables (README, Deploying)";

function publicAddress(env: LaunchInputs['env']): LaunchItem {
  const raw = env.SITE_URL?.trim();
  let problem: string | undefined;
  if (!raw) problem = `not set: pages use the placeholder ${DEFAULT_SITE_URL}`;
  else {
    const url = URL.canParse(raw) ? new URL(raw) : undefined;
    if (!url) problem = `"${raw}" is not a web address`;
    else if (url.protocol !== 'https:') problem = `"${raw}" must start with https://`;
    else if (RESERVED.test(url.hostname)) problem = `"${raw}" is a placeholder, not a real domain`;
  }
  return {
    name: 'Public address of the site (SITE_URL)',
    done: !problem,
    state: problem ?? raw!,
    fix: `SITE_URL in ${HOST_SETTING}`,
  };
}

function editorRepository(env: LaunchInputs['env']): LaunchItem {
  const repo = env.CMS_GITHUB_REPO?.trim();
  const valid = !!repo && repo !== PLACEHOLDER_REPO && /^[\w.-]+\/[\w.-]+$/.test(repo);
  return {
    name: "Editor's GitHub repository (CMS_GITHUB_REPO)",
    done: valid,
    state: valid ? repo! : repo ? `"${repo}" is not written owner/name` : 'not set',
    fix: `CMS_GITHUB_REPO in ${HOST_SETTING}`,
  };
}

/** Netlify signs editors in by itself (its OAuth relay); elsewhere a relay must be named. */
function editorSignIn(env: LaunchInputs['env']): LaunchItem {
  const relay = env.CMS_AUTH_URL?.trim();
  const onNetlify = env.NETLIFY === 'true';
  const relayOk = !!relay && URL.canParse(relay) && new URL(relay).protocol === 'https:';
  return {
    name: "Editor's sign-in (Netlify, or CMS_AUTH_URL)",
    done: relayOk || onNetlify,
    state: relayOk
      ? `sign-in relay ${relay}`
      : onNetlify
        ? "Netlify's GitHub sign-in"
        : relay
          ? `"${relay}" is not an https:// address`
          : 'not set, and not building on Netlify',
    fix: `CMS_AUTH_URL in ${HOST_SETTING}, or Netlify's OAuth provider (README, Set up sign-in)`,
  };
}

function clinicDetail(name: string, value: string | undefined, field: string): LaunchItem {
  return {
    name,
    done: !!value,
    state: value ?? 'not supplied: pages hide it',
    fix: `${field} in ${CLINIC_FILE}, exactly as the clinic gives it in writing; never a guess`,
  };
}

/** An item done once no page waits: how many wait, and the first three of them by path. */
function waitingItem(item: {
  name: string;
  all: readonly { path: string }[];
  waiting: readonly { path: string }[];
  done: (total: number) => string;
  left: (waiting: number, total: number) => string;
  fix: string;
}): LaunchItem {
  const { waiting, all } = item;
  const first = waiting.slice(0, 3).map((p) => p.path);
  return {
    name: item.name,
    done: waiting.length === 0,
    state:
      waiting.length === 0
        ? item.done(all.length)
        : `${item.left(waiting.length, all.length)}: ${first.join(', ')}${waiting.length > 3 ? ', …' : ''}`,
    fix: item.fix,
  };
}

/**
 * GitHub asks the owners CODEOWNERS names to approve changes to the quiz's records; until the
 * placeholder is replaced, no one is asked, and an urgency could change without the clinician.
 */
function clinicianApproval(codeowners: string | undefined): LaunchItem {
  const owners = (codeowners ?? '')
    .split('\n')
    .filter((line) => line.trim() && !line.trim().startsWith('#'))
    .flatMap((line) => line.trim().split(/\s+/).slice(1));
  const placeholder = owners.includes(PLACEHOLDER_OWNER);
  return {
    name: "The clinician's approval of changes to the quiz's records",
    done: owners.length > 0 && !placeholder,
    state:
      codeowners === undefined
        ? `${CODEOWNERS_FILE} is missing`
        : placeholder
          ? `${CODEOWNERS_FILE} still names the placeholder ${PLACEHOLDER_OWNER}`
          : owners.length > 0
            ? `${CODEOWNERS_FILE} names ${[...new Set(owners)].join(', ')}`
            : `${CODEOWNERS_FILE} names no one`,
    fix: `the clinician's GitHub user name in ${CODEOWNERS_FILE}, and "Require review from Code Owners" on main (docs/deploy.md, Make the clinician's approval required)`,
  };
}

/** Every item, in the order they are usually settled. */
export function launchChecklist({
  pages,
  translations = [],
  clinic,
  env,
  codeowners,
}: LaunchInputs): LaunchItem[] {
  const pending = awaitingReview(pages);
  const untranslated = awaitingTranslationReview(translations);
  return [
    waitingItem({
      name: 'Clinical review of every health page',
      all: pages,
      waiting: pending,
      done: (n) => `all ${n} health pages reviewed`,
      left: (n, total) => `${n} of ${total} health pages await review`,
      fix: '`reviewer` and `reviewedOn` in each page (npm run review-status lists them; README, Clinical review)',
    }),
    waitingItem({
      name: "A medical translator's check of every Spanish page",
      all: translations,
      waiting: untranslated,
      done: (n) => `all ${n} Spanish pages checked`,
      left: (n, total) => `${n} of ${total} Spanish pages not checked`,
      fix: "`translator` and `translationReviewedOn` in each Spanish file (src/content/es/), and siteTranslationReview in src/lib/site.ts for the site's own pages (npm run review-status lists them)",
    }),
    clinicDetail('Clinic phone number', clinic.telephone, 'telephone'),
    clinicDetail(
      'Clinic street address and ZIP code',
      clinic.streetAddress && clinic.postalCode
        ? `${clinic.streetAddress}, ${clinic.postalCode}`
        : undefined,
      'streetAddress and postalCode',
    ),
    clinicDetail(
      'Clinic opening hours',
      clinic.openingHours?.length ? clinic.openingHours.join('; ') : undefined,
      'openingHours',
    ),
    clinicDetail('Clinic booking link', clinic.bookingUrl, 'bookingUrl'),
    clinicianApproval(codeowners),
    publicAddress(env),
    editorRepository(env),
    editorSignIn(env),
  ];
}

/** The `npm run launch-check` report: one line per item, then a one-line verdict. */
export function formatLaunchReport(items: readonly LaunchItem[]): string {
  const missing = items.filter((i) => !i.done);
  const lines = items.flatMap((item) => [
    `${item.done ? 'done   ' : 'MISSING'}  ${item.name}: ${item.state}`,
    ...(item.done ? [] : [`         change: ${item.fix}`]),
  ]);
  const verdict =
    missing.length === 0
      ? `Ready to launch: all ${items.length} items done.`
      : `Not ready to launch: ${missing.length} of ${items.length} items missing.`;
  return [...lines, '', verdict].join('\n');
}

/**
 * The production switch: with LAUNCH=1, an error message naming every missing item and where to
 * change it; otherwise, or when nothing is missing, undefined.
 */
export function launchGateFailure(
  items: readonly LaunchItem[],
  env: Record<string, string | undefined>,
): string | undefined {
  if (env.LAUNCH !== '1') return undefined;
  const missing = items.filter((i) => !i.done);
  if (missing.length === 0) return undefined;
  return [
    `LAUNCH=1: ${missing.length} item(s) the site needs before it goes live are missing, so this build stops.`,
    ...missing.map((i) => `  ${i.name}: ${i.state}. Change: ${i.fix}.`),
    'Run `npm run launch-check` for the full list.',
  ].join('\n');
}

interface SiteLaunchOptions {
  /** Folder of the content collections. */
  contentDir: string;
  env: Record<string, string | undefined>;
  /** The clinic's facts; defaults to src/lib/clinic.ts. */
  clinic?: ClinicContactFields;
  /** The site-level pages' review; defaults to src/lib/site.ts. */
  site?: SiteLevelReview;
  /** The Spanish pages' translation reviews; default to the site's and the content's records. */
  translations?: readonly PageTranslation[];
  /** The text of .github/CODEOWNERS; defaults to the file, if there is one. */
  codeowners?: string;
}

/** The checklist for this project: its review records, its clinic file and the environment. */
export function siteLaunchChecklist({
  contentDir,
  env,
  clinic = realClinic,
  site,
  translations,
  codeowners = existsSync(CODEOWNERS_FILE) ? readFileSync(CODEOWNERS_FILE, 'utf8') : undefined,
}: SiteLaunchOptions): LaunchItem[] {
  const pages = collectPageReviews(contentDir, site ? { site } : {});
  translations ??= allSpanishTranslations(contentDir);
  return launchChecklist({ pages, translations, clinic, env, codeowners });
}
