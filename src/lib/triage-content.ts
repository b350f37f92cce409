/**
 * The quiz's own words: the mechanical patterns (which are not warning signs), the steps, the
 * outcomes and the buttons. The warning signs' words come from src/content/warning-signs/
 * (the page passes them to the island), so the quiz, the decision table and every list of signs
 * read from one source. Typed as Record<PatternId, …> and Record<Outcome, …> so a new id or
 * outcome without words fails type-checking.
 *
 * Writing rules (design.md, "Words"): grade 6 for anything about emergencies, grade 8 or lower
 * elsewhere, short sentences, no promise of a result. "A doctor" means a medical clinician.
 */
import { situationOutcomes, type Outcome, type SituationId, type Tier } from './triage';
import type { Reference } from './content-schemas';
import type { WarningSign } from './warning-signs';

export interface SituationText {
  /** Checkbox label in the quiz and row header in the decision table. */
  label: string;
  /** Extra words under the checkbox: an example, or where the line falls. */
  help?: string;
  /** Why this answer matters, shown on the result when it decided the outcome. */
  reason: string;
}

/** Ids that describe how spasms behave rather than a warning sign. */
export type PatternId = {
  [K in SituationId]: (typeof situationOutcomes)[K] extends Tier ? never : K;
}[SituationId];

export const patternText: Record<PatternId, SituationText> = {
  'not-improving': {
    label: 'Spasms that keep going and are not getting better with care so far',
    help: 'For example, after a few weeks of staying active, heat, gentle exercise or treatment.',
    reason:
      'Spasms that do not settle need a medical doctor to look for the reason. Chiropractic care can support your recovery.',
  },
  posture: {
    label: 'Spasms linked to your posture, long sitting or awkward movement',
    help: 'For example, after a long day at a desk or in the car.',
    reason:
      'This points to how your back moves and carries weight. Self-care and hands-on care look at exactly that.',
  },
  'movement-pattern': {
    label: 'Spasms that get worse with some movements and ease with rest or a change of position',
    reason: 'Pain that changes as you move is typical of spasms from muscles and joints.',
  },
  recurrent: {
    label: 'Spasms that keep coming back without a clear injury',
    reason: 'Spasms that return without an injury often come from strain on the back over time.',
  },
  stiffness: {
    label: 'Spasms with a stiff back, or a back that does not bend or turn as far as usual',
    reason: 'Stiff spine joints make the muscles around them work harder, and they can tighten.',
  },
  strain: {
    label: 'Spasms after lifting, bending or doing the same movement over and over',
    help: 'For example, shovelling snow, gardening, a workout or lifting a child.',
    reason: 'Strain from lifting or repeated movement is a common cause of spasms.',
  },
};

/** The pattern step's boxes, in the order they are asked (not-improving last). */
export const patternIds: readonly PatternId[] = [
  'posture',
  'movement-pattern',
  'recurrent',
  'stiffness',
  'strain',
  'not-improving',
];

/** What the island needs of a warning sign (the page passes these as props). */
export type QuizSign = Pick<WarningSign, 'id' | 'tier' | 'words' | 'example' | 'why'>;

export type StepId = Tier | 'pattern';

export interface Choice {
  value: string;
  label: string;
  help?: string;
  reason: string;
}

export interface Step {
  id: StepId;
  /** Short name, e.g. for the step counter. */
  name: string;
  /** The question, used as the fieldset's legend. */
  legend: string;
  hint: string;
  choices: readonly Choice[];
}

const stepWords: Record<StepId, Pick<Step, 'name' | 'legend' | 'hint'>> = {
  emergency: {
    name: 'Emergency signs',
    legend: 'Do you have any of these with your back pain?',
    hint: 'These can be signs of an emergency. Tick all that apply.',
  },
  urgent: {
    name: 'Signs to see a doctor today',
    legend: 'Do any of these apply to you?',
    hint: 'These mean a medical doctor should check you today. Tick all that apply.',
  },
  doctor: {
    name: 'Signs to see a doctor first',
    legend: 'Do any of these apply to you?',
    hint: 'These mean a medical doctor should check you first. Tick all that apply.',
  },
  pattern: {
    name: 'How your spasms behave',
    legend: 'Which of these sound like your spasms?',
    hint: 'Tick all that apply.',
  },
};

/**
 * Four steps, warning signs first and most urgent first: 911 signs, see a doctor today, see a
 * doctor first, then how the spasms behave. Signs arrive sorted (src/lib/warning-signs.ts).
 */
export function buildSteps(signs: readonly QuizSign[]): Step[] {
  const signStep = (tier: Tier): Step => ({
    id: tier,
    ...stepWords[tier],
    choices: signs
      .filter((s) => s.tier === tier)
      .map((s) => ({ value: s.id, label: s.words, help: s.example, reason: s.why })),
  });
  return [
    signStep('emergency'),
    signStep('urgent'),
    signStep('doctor'),
    {
      id: 'pattern',
      ...stepWords.pattern,
      choices: patternIds.map((id) => ({ value: id, ...patternText[id] })),
    },
  ];
}

export interface Link {
  href: string;
  label: string;
}

export const links = {
  whenToSeeADoctor: { href: '/when-to-see-a-doctor/', label: 'When to see a doctor' },
  emergencySigns: {
    href: '/when-to-see-a-doctor/#emergency',
    label: 'Emergency signs of back pain',
  },
  urgentSigns: {
    href: '/when-to-see-a-doctor/#urgent',
    label: 'Signs to see a doctor today',
  },
  selfCare: { href: '/treatment/self-care-at-home/', label: 'What you can do at home today' },
  treatment: { href: '/treatment/', label: 'How back spasms are treated' },
  exercises: { href: '/exercises/', label: 'Gentle exercises for back spasms' },
  triage: { href: '/triage/', label: 'Where should I start? Take the quiz' },
} as const satisfies Record<string, Link>;

export interface OutcomeText {
  /** Result heading: the advice in a few words. */
  title: string;
  /** The advice in one sentence. */
  advice: string;
  /** Said on every result of this outcome, before the ticked reasons. */
  because?: string;
  /** Said when nothing was ticked (only possible for chiropractic). */
  noReasons?: string;
  /** What to do now, in order. */
  todo: readonly string[];
  links: readonly Link[];
  /** The decision table's two answer columns for rows that lead here. */
  table: { chiropractor: string; doctor: string };
}

const doctorMeans =
  'A doctor here means a medical doctor, physician assistant or nurse practitioner, not a chiropractor.';

export const outcomeText: Record<Outcome, OutcomeText> = {
  emergency: {
    title: 'Call 911 now',
    advice: 'Call 911 now, or go to the nearest emergency department.',
    todo: [
      'Call 911 now. If you cannot, ask someone to call for you.',
      'Do not drive yourself. Wait for the ambulance, or have someone else drive you.',
      'Do not wait to see if it gets worse.',
      'Tell them you have back pain and which of these signs you have.',
    ],
    links: [links.emergencySigns],
    table: { chiropractor: 'No', doctor: 'Emergency: call 911 now' },
  },
  urgent: {
    title: 'See a medical doctor today',
    advice: 'See a medical doctor today: go to urgent care, or get a same-day visit.',
    todo: [
      'Call your doctor now and ask to be seen today. Say what you ticked.',
      'If they cannot see you today, go to an urgent care center.',
      'Do not wait for a routine visit.',
      'Call 911 if an emergency sign starts, such as new trouble peeing or weak legs.',
      doctorMeans,
    ],
    links: [links.urgentSigns, links.emergencySigns],
    table: { chiropractor: 'No, not first', doctor: 'Yes, today' },
  },
  doctor: {
    title: 'See a doctor first',
    advice: 'A medical doctor should check you soon, before you start chiropractic care.',
    todo: [
      'Call your doctor and ask for the next open visit. Say what you ticked.',
      'If it gets worse, or you cannot be seen soon, go to an urgent care center.',
      'Call 911 if an emergency sign starts, such as new trouble peeing or weak legs.',
      'Once a doctor has checked you, chiropractic care may help your recovery.',
      doctorMeans,
    ],
    links: [links.whenToSeeADoctor, links.treatment],
    table: { chiropractor: 'Not first; may help later', doctor: 'Yes, first' },
  },
  'doctor-then-chiropractic': {
    title: 'See a doctor, with chiropractic care in support',
    advice:
      'See a medical doctor to find out why your spasms are not getting better; chiropractic care can support your recovery.',
    because: 'You did not tick any warning sign.',
    todo: [
      'Book a visit with your doctor. Say how long the spasms have lasted and what you have tried.',
      'Ask whether chiropractic care or physical therapy could be part of your plan.',
      'Keep moving gently, within what feels okay.',
      'If a warning sign starts, see a doctor sooner. Call 911 for an emergency sign.',
      doctorMeans,
    ],
    links: [links.whenToSeeADoctor, links.treatment, links.exercises],
    table: { chiropractor: 'Yes, in support', doctor: 'Yes' },
  },
  chiropractic: {
    title: 'Start with self-care; hands-on care is an option',
    advice:
      'With no warning signs, start with self-care, and choose a chiropractor, a physical therapist or your primary care clinician if you want hands-on care.',
    because:
      'You did not tick any warning sign. Most spasms ease with self-care within days to a few weeks.',
    noReasons:
      'Your spasms did not match a common pattern either, so a careful check of your back matters if they do not ease.',
    todo: [
      'Today: keep moving gently. Short walks and gentle exercises can help.',
      'Try gentle heat. Stop anything that makes the pain worse.',
      'If you want hands-on care, a chiropractor is a reasonable first step. So are a physical therapist or your primary care clinician.',
      'This is a chiropractic clinic’s website, so keep that in mind as you choose.',
      'Watch for warning signs. If one starts, see a medical doctor. Call 911 for an emergency sign.',
    ],
    links: [links.selfCare, links.exercises, links.treatment, links.whenToSeeADoctor],
    table: { chiropractor: 'Yes, a reasonable first step', doctor: 'Not needed first' },
  },
};

/** Buttons, headings and messages of the quiz itself. */
export const quizText = {
  next: 'Next',
  finish: 'See my answer',
  back: 'Back',
  startAgain: 'Start again',
  none: 'None of these',
  required: 'Tick at least one box, or tick "None of these".',
  stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
  resultLabel: 'Your answer',
  why: 'Why',
  youTicked: 'You ticked',
  whatToDo: 'What to do now',
  readMore: 'Read more',
  notADiagnosis: 'This quiz does not diagnose you. It helps you choose where to start.',
  /** Shown in place of the quiz until it loads, and for good if JavaScript is off. */
  fallback:
    'If the quiz does not work on your device, use the warning signs and the table below. They give the same advice.',
};

/** The decision table's caption and column headers. */
export const tableText = {
  caption:
    'Where to start for each situation. If more than one row fits you, follow the most urgent one: rows go from most to least urgent.',
  situation: 'Your situation',
  chiropractor: 'Chiropractic care first?',
  doctor: 'See a medical doctor?',
};

/** Sources for the decision table and the quiz page (references.md). */
export const triageReferences = {
  nhsBackPain: {
    title: 'Back pain',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/conditions/back-pain/',
  },
  nhsCaudaEquina: {
    title: 'Cauda equina syndrome',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/conditions/cauda-equina-syndrome/',
  },
  nice: {
    title: 'Low back pain and sciatica in over 16s: assessment and management (NG59)',
    publisher: 'NICE',
    year: 2016,
    url: 'https://www.nice.org.uk/guidance/ng59',
  },
  acp: {
    title:
      'Noninvasive Treatments for Acute, Subacute, and Chronic Low Back Pain: A Clinical Practice Guideline',
    publisher: 'American College of Physicians (Annals of Internal Medicine)',
    year: 2017,
    url: 'https://www.acpjournals.org/doi/10.7326/M16-2367',
  },
  caudaEquinaPathway: {
    title: 'National suspected cauda equina syndrome pathway',
    publisher: 'NHS England, Getting It Right First Time',
    year: 2023,
    url: 'https://gettingitrightfirsttime.co.uk/pathway-supports-clinicians-to-diagnose-and-treat-cauda-equina-syndrome-without-delay/',
  },
  mayoBackPain: {
    title: 'Back pain: symptoms and causes',
    publisher: 'Mayo Clinic',
    url: 'https://www.mayoclinic.org/diseases-conditions/back-pain/symptoms-causes/syc-20369906',
  },
} as const satisfies Record<string, Reference>;
