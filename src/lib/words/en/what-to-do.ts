/**
 * What to do, for each outcome of the quiz: how soon in a few words, why, the steps to take, the
 * pages to read, and the clinic's two questions answered; and the one definition of "a doctor".
 * "A doctor" means a medical clinician (MD or DO, physician assistant, nurse practitioner),
 * never the chiropractor. No promise of a result.
 */
import { paths } from '../../paths.ts';
import type { Tier } from '../../triage.ts';
import type { Link, OutcomeTable } from '../types.ts';
import { say } from '../fill.ts';

/** The one definition of "a doctor", said wherever it matters. */
export const doctorMeans: string =
  'By "a doctor" we mean a medical doctor (MD or DO), a physician assistant or a nurse practitioner, not a chiropractor.';

/** The anchor of a tier's list on /when-to-see-a-doctor/. */
export const tierHref = (tier: Tier) => `${paths.whenToSeeADoctor}#${tier}`;

export const links = {
  whenToSeeADoctor: { href: paths.whenToSeeADoctor, label: 'When to see a doctor' },
  emergencySigns: { href: tierHref('emergency'), label: 'Emergency signs of back pain' },
  urgentSigns: { href: tierHref('urgent'), label: 'Signs to see a doctor today' },
  selfCare: { href: paths.selfCare, label: 'What you can do at home today' },
  treatment: { href: paths.treatment, label: 'How back spasms are treated' },
  exercises: { href: paths.exercises, label: 'Gentle exercises for back spasms' },
  triage: { href: paths.triage, label: 'Where should I start? Take the quiz' },
} as const satisfies Record<string, Link>;

/** Said on the see-a-doctor-today and within-days results. */
const ifEmergencyStarts = say(
  'Call {number} if an emergency sign starts, such as new trouble peeing or weak legs.',
);

export const outcomeText: OutcomeTable = {
  emergency: {
    when: 'Now',
    todo: [
      'If you cannot call, ask someone to call for you.',
      'Do not wait to see if it gets worse.',
      'Tell them you have back pain and which of these signs you have.',
    ],
    links: [links.emergencySigns],
  },
  urgent: {
    when: 'Today',
    todo: [
      'Tell them which boxes you checked.',
      'Do not wait for a routine visit.',
      ifEmergencyStarts,
      doctorMeans,
    ],
    links: [links.urgentSigns, links.emergencySigns],
  },
  doctor: {
    when: say('Within {from} to {to} days'),
    todo: [
      'Tell them which boxes you checked.',
      'If it gets worse, go today: urgent care or a same-day visit.',
      ifEmergencyStarts,
      'Once a doctor has checked you, chiropractic care may help your recovery.',
      doctorMeans,
    ],
    links: [links.whenToSeeADoctor, links.treatment],
  },
  'doctor-then-chiropractic': {
    when: 'Book a visit soon',
    because: 'You did not check any warning sign.',
    todo: [
      'See your primary care doctor to find out why your spasms are not getting better. Say how long they have lasted and what you have tried.',
      'Ask whether chiropractic care or physical therapy could be part of your plan: it can support your recovery.',
      'Keep moving gently, within what feels okay.',
      say('If a warning sign starts, see a doctor sooner. Call {number} for an emergency sign.'),
      doctorMeans,
    ],
    links: [links.whenToSeeADoctor, links.treatment, links.exercises],
    handsOnCare: true,
  },
  chiropractic: {
    when: 'Start today, at home',
    because:
      'You did not check any warning sign. Most spasms ease with self-care within days to a few weeks.',
    noReasons:
      'Your spasms did not match a common pattern either, so a careful check of your back matters if they do not ease.',
    todo: [
      'Today: keep moving gently. Short walks and gentle exercises can help.',
      'Try gentle heat. Stop anything that makes the pain worse.',
      'If you want hands-on care, a chiropractor is a reasonable first step. So are a physical therapist or your primary care clinician.',
      'This is a chiropractic clinic’s website, so keep that in mind as you choose.',
      say(
        'Watch for warning signs. If one starts, see a medical doctor. Call {number} for an emergency sign.',
      ),
    ],
    links: [links.selfCare, links.exercises, links.treatment, links.whenToSeeADoctor],
    handsOnCare: true,
  },
};

/** The result for `doctor-then-chiropractic`, whose place is primary care. */
export const notImprovingText = {
  heading: 'See a doctor, with chiropractic care in support',
  action:
    'See your primary care doctor to find out why your spasms are not getting better; chiropractic care can support your recovery.',
};
