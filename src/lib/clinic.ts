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

/** The contact fields of `Clinic`, each optional until the clinic supplies it. */
export type ClinicContactFields = Pick<
  Clinic,
  'streetAddress' | 'postalCode' | 'telephone' | 'openingHours' | 'bookingUrl'
>;

/** How a page shows the clinic's contact details: only the ones supplied, ready to render. */
export interface ClinicContactView {
  /** "123 Main St, Ashburn, VA 20147" */
  address?: string;
  /** As the clinic writes it, and as a `tel:` link a phone can dial. */
  phone?: { text: string; href: string };
  hours?: readonly string[];
  bookingUrl?: string;
}

/**
 * A `tel:` link for a phone number as people write it: "(703) 555-0100" → "tel:+17035550100".
 * Ten digits are a US number (+1 is added); a number written with + keeps its country code.
 */
export function telHref(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (phone.trim().startsWith('+')) return `tel:+${digits}`;
  if (digits.length === 10) return `tel:+1${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `tel:+${digits}`;
  return `tel:${digits}`;
}

/**
 * The clinic's contact details as pages show them (footer, about page, the quiz's chiropractic
 * result), or undefined while none is supplied, so pages show nothing rather than a gap.
 */
export function clinicContact(
  source: ClinicContactFields & Pick<Clinic, 'city' | 'regionCode'> = clinic,
): ClinicContactView | undefined {
  const view: ClinicContactView = {
    ...(source.streetAddress && {
      address: `${source.streetAddress}, ${source.city}, ${source.regionCode}${source.postalCode ? ` ${source.postalCode}` : ''}`,
    }),
    ...(source.telephone && {
      phone: { text: source.telephone, href: telHref(source.telephone) },
    }),
    ...(source.openingHours?.length && { hours: source.openingHours }),
    ...(source.bookingUrl && { bookingUrl: source.bookingUrl }),
  };
  return Object.keys(view).length > 0 ? view : undefined;
}
