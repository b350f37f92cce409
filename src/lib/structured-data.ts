/**
 * JSON-LD builders. Typed with schema-dts so a misspelt property or wrong type fails
 * `astro check`. schema.org has no "Chiropractor" type, so the clinic is a MedicalClinic
 * and the chiropractor a Person with jobTitle "Chiropractor" and a Doctor of Chiropractic
 * credential: never a Physician, which readers and machines take for a medical doctor.
 */
import { paths } from './paths.ts';
import type {
  BreadcrumbList,
  ExercisePlan,
  FAQPage,
  MedicalClinic,
  MedicalWebPage,
  Person,
  PostalAddress,
  Question,
  WithContext,
} from 'schema-dts';
import { clinic, getPractitioner, telHref, type Clinic, type Practitioner } from './clinic';
import type { Crumb } from './seo';
import { isoDate } from './dates';
import { fill } from './words/fill.ts';
import type { SchemaText } from './words/types.ts';
import { schemaText as enSchemaText } from './words/en/articles.ts';
import type { Reference } from './content-schemas';

const CONTEXT = 'https://schema.org' as const;

/** The town the clinic is in; street and postcode only once the clinic has supplied them. */
function clinicAddress(details: Clinic = clinic): PostalAddress {
  return {
    '@type': 'PostalAddress',
    addressLocality: details.city,
    addressRegion: details.regionCode,
    addressCountry: details.country,
    ...(details.streetAddress ? { streetAddress: details.streetAddress } : {}),
    ...(details.postalCode ? { postalCode: details.postalCode } : {}),
  };
}

const clinicId = (site: string) => new URL('/about/#clinic', site).href;
const practitionerId = (site: string, p: Practitioner) => new URL(`/about/#${p.id}`, site).href;

function personRef(site: string, p: Practitioner): Person {
  return {
    '@type': 'Person',
    '@id': practitionerId(site, p),
    name: p.name,
    honorificSuffix: p.credentials,
    jobTitle: p.jobTitle,
  };
}

interface WebPageInput {
  site: string;
  url: string;
  title: string;
  description: string;
  /** When the words last changed (dateModified). */
  updated?: Date;
  /** A clinician's sign-off; lastReviewed and reviewedBy appear only when one happened. */
  review?: { reviewerId: string; reviewedOn: Date };
  references?: readonly Reference[];
  /** What the page is about, e.g. "Back spasm". */
  about?: string;
  /** The page's language as <html lang> says it (en-US, es-US); English when absent. */
  inLanguage?: string;
}

/** A page's recorded review as the JSON-LD builders take it: only a complete one counts. */
export const reviewOf = (fields: {
  reviewer?: string;
  reviewedOn?: Date;
}): WebPageInput['review'] =>
  fields.reviewer && fields.reviewedOn
    ? { reviewerId: fields.reviewer, reviewedOn: fields.reviewedOn }
    : undefined;

export function medicalWebPage(input: WebPageInput): WithContext<MedicalWebPage> {
  const reviewer = input.review ? getPractitioner(input.review.reviewerId) : undefined;
  return {
    '@context': CONTEXT,
    '@type': 'MedicalWebPage',
    '@id': `${input.url}#webpage`,
    url: input.url,
    name: input.title,
    description: input.description,
    inLanguage: input.inLanguage ?? 'en-US',
    medicalAudience: { '@type': 'Patient' },
    publisher: { '@type': 'MedicalClinic', '@id': clinicId(input.site), name: clinic.name },
    ...(input.about ? { about: { '@type': 'MedicalCondition', name: input.about } } : {}),
    ...(input.updated ? { dateModified: isoDate(input.updated) } : {}),
    ...(input.review && reviewer
      ? {
          lastReviewed: isoDate(input.review.reviewedOn),
          reviewedBy: personRef(input.site, reviewer),
        }
      : {}),
    ...(input.references?.length
      ? {
          citation: input.references.map((r) => ({
            '@type': 'CreativeWork' as const,
            name: r.title,
            publisher: { '@type': 'Organization' as const, name: r.publisher },
            url: r.url,
            ...(r.year ? { datePublished: String(r.year) } : {}),
          })),
        }
      : {}),
  };
}

export function breadcrumbList(trail: readonly Crumb[], site: string): WithContext<BreadcrumbList> {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: new URL(crumb.href, site).href,
    })),
  };
}

/**
 * The clinic. Its contact details (street address, phone, opening hours, booking link) appear
 * only when the clinic has supplied them in src/lib/clinic.ts; `details` lets tests pass others.
 */
export function medicalClinic(site: string, details: Clinic = clinic): WithContext<MedicalClinic> {
  return {
    '@context': CONTEXT,
    '@type': 'MedicalClinic',
    '@id': clinicId(site),
    name: details.name,
    url: new URL(paths.about, site).href,
    medicalSpecialty: 'Musculoskeletal',
    availableService: details.services.map((name) => ({ '@type': 'MedicalProcedure', name })),
    areaServed: details.communitiesServed.map((name) => ({ '@type': 'City', name })),
    address: clinicAddress(details),
    // The dialable form ("+17035550100"), which search engines read without guessing the country.
    ...(details.telephone ? { telephone: telHref(details.telephone).slice('tel:'.length) } : {}),
    ...(details.openingHours?.length ? { openingHours: [...details.openingHours] } : {}),
    ...(details.bookingUrl
      ? { potentialAction: { '@type': 'ReserveAction', target: details.bookingUrl } }
      : {}),
    employee: details.practitioners.map((p) => ({ '@id': practitionerId(site, p) })),
  };
}

/** The chiropractor: a Person with his degree and licence as credentials (not a Physician). */
export function chiropractor(site: string, p: Practitioner): WithContext<Person> {
  return {
    '@context': CONTEXT,
    '@type': 'Person',
    '@id': practitionerId(site, p),
    name: p.name,
    honorificSuffix: p.credentials,
    jobTitle: p.jobTitle,
    description: `${p.jobTitle}. ${p.education}. ${p.licence}.`,
    hasCredential: [
      {
        '@type': 'EducationalOccupationalCredential',
        name: `${p.degree.name} (${p.credentials})`,
        credentialCategory: 'degree',
        recognizedBy: { '@type': 'CollegeOrUniversity', name: p.degree.school },
      },
      {
        '@type': 'EducationalOccupationalCredential',
        name: 'Chiropractic license, Virginia',
        credentialCategory: 'license',
        recognizedBy: { '@type': 'GovernmentOrganization', name: p.licensedBy },
      },
    ],
    alumniOf: { '@type': 'CollegeOrUniversity', name: p.degree.school },
    worksFor: { '@id': clinicId(site) },
    workLocation: { '@type': 'Place', address: clinicAddress() },
  };
}

interface ExerciseInput {
  url: string;
  title: string;
  description: string;
  steps: readonly string[];
  hold?: string;
  repetitions?: string;
  imageUrl?: string;
}

export function exercisePlan(
  input: ExerciseInput,
  words: SchemaText = enSchemaText,
): WithContext<ExercisePlan> {
  return {
    '@context': CONTEXT,
    '@type': 'ExercisePlan',
    '@id': `${input.url}#exercise`,
    name: input.title,
    description: input.description,
    url: input.url,
    exerciseType: words.exerciseType,
    intensity: words.intensity,
    // schema.org wants numbers for repetitions and durations; the clinic writes doses as
    // plain sentences ("Start with 5 slow rounds"), so they travel in `text` instead.
    ...(input.imageUrl ? { image: input.imageUrl } : {}),
    text: [
      ...input.steps.map((step, i) => `${i + 1}. ${step}`),
      ...(input.hold ? [fill(words.hold, { text: input.hold })] : []),
      ...(input.repetitions ? [fill(words.repetitions, { text: input.repetitions })] : []),
    ].join(' '),
  };
}

/** A question and its short answer, as schema.org reads them. */
interface QuestionAnswer {
  question: string;
  answer: string;
  /** The page that answers it in full. */
  url: string;
}

function questionNode(qa: QuestionAnswer): Question {
  return {
    '@type': 'Question',
    name: qa.question,
    url: qa.url,
    acceptedAnswer: { '@type': 'Answer', text: qa.answer, url: qa.url },
  };
}

/**
 * A question page: the usual MedicalWebPage (about, dates, review, sources) whose main entity
 * is the question with its short answer, the snippet search engines may quote.
 */
export function questionPage(
  input: WebPageInput & { question: string; answer: string },
): WithContext<MedicalWebPage> {
  const { question, answer, ...page } = input;
  return {
    ...medicalWebPage(page),
    mainEntity: questionNode({ question, answer, url: input.url }),
  };
}

/** The /questions/ index: every question with its short answer, linked to its page. */
export function faqPage(input: {
  url: string;
  title: string;
  description: string;
  questions: readonly QuestionAnswer[];
  inLanguage?: string;
}): WithContext<FAQPage> {
  return {
    '@context': CONTEXT,
    '@type': 'FAQPage',
    '@id': `${input.url}#faq`,
    url: input.url,
    name: input.title,
    description: input.description,
    inLanguage: input.inLanguage ?? 'en-US',
    mainEntity: input.questions.map(questionNode),
  };
}
