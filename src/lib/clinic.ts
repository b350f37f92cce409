/**
 * The clinic's facts, in one place. Every page that names the clinic reads from here.
 *
 * Only facts the clinic has confirmed belong in this file. The optional contact fields stay
 * `undefined` until the clinic supplies them; templates hide whatever is missing, so an
 * invented address, phone number or price can never reach a page.
 */

export interface Practitioner {
  /** Stable id used by content frontmatter (`reviewer: jonathan-solomon`). */
  id: string;
  name: string;
  /** Post-nominal letters shown after the name, e.g. "DC". */
  credentials: string;
  /** What the person is, in plain words: "Chiropractor". Never "physician" or "doctor" alone. */
  jobTitle: string;
  /** The degree behind `credentials`, and the school that granted it. */
  degree: { name: string; school: string };
  education: string;
  /** The state licence in words, saying what it is a licence for. */
  licence: string;
  /** The board that issued the licence. */
  licensedBy: string;
  practisingSince: number;
}

export interface Clinic {
  name: string;
  city: string;
  region: string;
  regionCode: string;
  country: string;
  communitiesServed: readonly string[];
  services: readonly string[];
  practitioners: readonly Practitioner[];
  /** Optional: shown only when the clinic provides them. */
  streetAddress?: string;
  postalCode?: string;
  telephone?: string;
  openingHours?: readonly string[];
  bookingUrl?: string;
}

export const clinic: Clinic = {
  name: 'Ashburn Village Chiropractic',
  city: 'Ashburn',
  region: 'Virginia',
  regionCode: 'VA',
  country: 'US',
  communitiesServed: [
    'Ashburn',
    'Dulles',
    'Belmont',
    'Herndon',
    'South Riding',
    'Broadlands',
    'Loudoun Valley Estates',
  ],
  services: ['Chiropractic evaluation', 'Chiropractic care', 'On-site X-ray'],
  practitioners: [
    {
      id: 'jonathan-solomon',
      name: 'Dr. Jonathan Solomon',
      credentials: 'DC',
      jobTitle: 'Chiropractor',
      degree: { name: 'Doctor of Chiropractic', school: 'Life Chiropractic College' },
      education: 'Doctor of Chiropractic (DC), cum laude, Life Chiropractic College',
      // In Virginia the Board of Medicine licenses chiropractors as well as medical doctors;
      // say which licence it is, so no one reads it as a medical doctor's licence.
      licence:
        'Licensed as a chiropractor by the Virginia Board of Medicine, the state board that licenses chiropractors in Virginia',
      licensedBy: 'Virginia Board of Medicine',
      practisingSince: 2000,
    },
  ],
};

export type ReviewerId = (typeof clinic.practitioners)[number]['id'];

export const reviewerIds = clinic.practitioners.map((p) => p.id) as [string, ...string[]];

/** Looks up a reviewer by id; throws so a typo in frontmatter can never render "undefined". */
export function getPractitioner(id: string): Practitioner {
  const found = clinic.practitioners.find((p) => p.id === id);
  if (!found) {
    throw new Error(
      `Unknown reviewer "${id}". Known reviewers: ${reviewerIds.join(', ')} (src/lib/clinic.ts).`,
    );
  }
  return found;
}

/** "Dr. Jonathan Solomon, DC" */
export function practitionerDisplayName(p: Practitioner): string {
  return `${p.name}, ${p.credentials}`;
}
