/**
 * The quiz's own words: the steps, the outcomes and the buttons. Every situation's words, its
 * urgency, its place and its source come from src/content/ (the page passes them to the island);
 * the places' words from src/lib/triage-places.ts. Typed as Record<StepId, …> and
 * Record<Outcome, …> so a new step or outcome without words fails type-checking.
 *
 * Writing rules (design.md, "Words"): grade 6 for anything about emergencies, grade 8 or lower
 * elsewhere, short sentences, no promise of a result. "A doctor" means a medical clinician.
 */
import type { Condition, Outcome, TriageRecords, TriageResult } from './triage.ts';
import { placeText } from './triage-places.ts';
import {
  stepIds,
  tierText,
  toRecords,
  type Situation,
  type StepId,
  type TriageData,
} from './warning-signs.ts';
import { EMERGENCY_NUMBER } from './emergency.ts';

/** "within 1 to 3 days" → "Within 1 to 3 days": a tier's own words as a label. */
const sentenceCase = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/** What the island needs of a situation (the page passes these as props). */
export type QuizSituation = Pick<
  Situation,
  'id' | 'step' | 'words' | 'example' | 'why' | 'askIf' | 'beforeHandsOnCare'
>;

/** Everything the island receives: the boxes' words and the engine's records. */
export interface QuizData {
  situations: readonly QuizSituation[];
  records: TriageRecords;
  /** Each rule's reason in plain words, by rule id. */
  ruleWhy: Readonly<Record<string, string>>;
}

/** What the page hands the quiz island: only what it shows and evaluates. */
export function toQuizData(data: Pick<TriageData, 'situations' | 'rules'>): QuizData {
  return {
    situations: data.situations.map(
      ({ id, step, words, example, why, askIf, beforeHandsOnCare }) => ({
        id,
        step,
        words,
        example,
        why,
        ...(askIf && { askIf }),
        ...(beforeHandsOnCare && { beforeHandsOnCare }),
      }),
    ),
    records: toRecords(data),
    ruleWhy: Object.fromEntries(data.rules.map((r) => [r.id, r.why])),
  };
}

export interface Choice {
  value: string;
  label: string;
  help?: string;
  reason: string;
  /** Shown only once this box is ticked (how far along a pregnancy is, under "pregnant"). */
  askIf?: string;
  /** Said on a self-care result when ticked: what to tell whoever gives hands-on care. */
  caution?: string;
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

export const stepWords: Record<StepId, Pick<Step, 'name' | 'legend' | 'hint'>> = {
  emergency: {
    name: 'Emergency signs',
    legend: 'Do you have any of these with your back pain?',
    hint: 'These can be signs of an emergency. Check all that apply.',
  },
  'about-you': {
    name: 'About you',
    legend: 'Do any of these describe you?',
    hint: 'These change what your back pain can mean. Check all that apply.',
  },
  urgent: {
    name: 'Signs to see a doctor today',
    legend: 'Do any of these apply to you?',
    hint: 'These mean a medical doctor should check you today. Check all that apply.',
  },
  doctor: {
    name: 'Signs to see a doctor within days',
    legend: 'Do any of these apply to you?',
    hint: `These mean a medical doctor should check you ${tierText.doctor.when}. Check all that apply.`,
  },
  pattern: {
    name: 'How your spasms behave',
    legend: 'Which of these sound like your spasms?',
    hint: 'Check all that apply.',
  },
};

/**
 * Five steps, in the contract's order: 911 signs, about you, see a doctor today, see a doctor
 * within days, then how the spasms behave. Situations arrive in canonical order; a follow-up
 * question (`askIf`) comes right after the box it depends on.
 */
export function buildSteps(situations: readonly QuizSituation[]): Step[] {
  const toChoice = (s: QuizSituation): Choice => ({
    value: s.id,
    label: s.words,
    help: s.example,
    reason: s.why,
    ...(s.askIf && { askIf: s.askIf }),
    ...(s.beforeHandsOnCare && { caution: s.beforeHandsOnCare }),
  });
  return stepIds.map((id) => {
    const inStep = situations.filter((s) => s.step === id);
    const followUps = (parent: string) => inStep.filter((s) => s.askIf === parent);
    return {
      id,
      ...stepWords[id],
      choices: inStep
        .filter((s) => !s.askIf)
        .flatMap((s) => [s, ...followUps(s.id)])
        .map(toChoice),
    };
  });
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
  /** How soon, in a few words. */
  when: string;
  /** Said on every result of this outcome, before the ticked reasons. */
  because?: string;
  /** Said when nothing was ticked that decides anything (only possible for chiropractic). */
  noReasons?: string;
  /** What to do now, in order, after the place's own action. */
  todo: readonly string[];
  links: readonly Link[];
  /** The two questions a visitor weighs, answered for this outcome (the clinic's table). */
  table: { doctor: string; chiropractor: string };
  /** True where the result offers hands-on care: facts that change it are said there. */
  handsOnCare?: boolean;
}

/** Said on the see-a-doctor-today and within-days results. */
const ifEmergencyStarts = `Call ${EMERGENCY_NUMBER} if an emergency sign starts, such as new trouble peeing or weak legs.`;

const doctorMeans =
  'A doctor here means a medical doctor, physician assistant or nurse practitioner, not a chiropractor.';

export const outcomeText: Record<Outcome, OutcomeText> = {
  emergency: {
    when: sentenceCase(tierText.emergency.when),
    todo: [
      'If you cannot call, ask someone to call for you.',
      'Do not wait to see if it gets worse.',
      'Tell them you have back pain and which of these signs you have.',
    ],
    links: [links.emergencySigns],
    table: { doctor: `Yes: call ${EMERGENCY_NUMBER} now`, chiropractor: 'No' },
  },
  urgent: {
    when: sentenceCase(tierText.urgent.when),
    todo: [
      'Tell them which boxes you checked.',
      'Do not wait for a routine visit.',
      ifEmergencyStarts,
      doctorMeans,
    ],
    links: [links.urgentSigns, links.emergencySigns],
    table: { doctor: 'Yes, today', chiropractor: 'No, not first' },
  },
  doctor: {
    when: sentenceCase(tierText.doctor.when),
    todo: [
      'Tell them which boxes you checked.',
      'If it gets worse, go today: urgent care or a same-day visit.',
      ifEmergencyStarts,
      'Once a doctor has checked you, chiropractic care may help your recovery.',
      doctorMeans,
    ],
    links: [links.whenToSeeADoctor, links.treatment],
    table: { doctor: `Yes, ${tierText.doctor.when}`, chiropractor: 'Not first; it may help later' },
  },
  'doctor-then-chiropractic': {
    when: 'Book a visit soon',
    because: 'You did not check any warning sign.',
    todo: [
      'See your primary care doctor to find out why your spasms are not getting better. Say how long they have lasted and what you have tried.',
      'Ask whether chiropractic care or physical therapy could be part of your plan: it can support your recovery.',
      'Keep moving gently, within what feels okay.',
      `If a warning sign starts, see a doctor sooner. Call ${EMERGENCY_NUMBER} for an emergency sign.`,
      doctorMeans,
    ],
    links: [links.whenToSeeADoctor, links.treatment, links.exercises],
    table: { doctor: 'Yes', chiropractor: 'Yes, in support' },
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
      `Watch for warning signs. If one starts, see a medical doctor. Call ${EMERGENCY_NUMBER} for an emergency sign.`,
    ],
    links: [links.selfCare, links.exercises, links.treatment, links.whenToSeeADoctor],
    table: { doctor: 'Not needed first', chiropractor: 'Yes, a reasonable first step' },
    handsOnCare: true,
  },
};

/** The result's heading for `doctor-then-chiropractic`, whose place is primary care. */
export const notImprovingHeading = 'See a doctor, with chiropractic care in support';

/** Buttons, headings and messages of the quiz itself. */
export const quizText = {
  next: 'Next',
  finish: 'See my answer',
  back: 'Back',
  startAgain: 'Start again',
  none: 'None of these',
  required: 'Check at least one box, or check "None of these".',
  stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
  resultLabel: 'Your answer',
  howSoon: 'How soon',
  where: 'Where',
  why: 'Why',
  youTicked: 'You checked',
  whatToDo: 'What to do now',
  beforeHandsOnCare: 'Before any hands-on care',
  readMore: 'Read more',
  notADiagnosis: 'This quiz does not diagnose you. It helps you choose where to start.',
  /** Shown in place of the quiz until it loads, and for good if JavaScript is off. */
  fallback:
    'If the quiz does not work on your device, use the lists below. They give the same advice.',
};

/** The serious condition each group of combination rules guards against, as a heading. */
export const conditionText: Record<Condition, string> = {
  aneurysm: 'A bulging or leaking main blood vessel (aneurysm), or a broken bone',
  infection: 'An infection in or near the spine',
  cancer: 'Cancer in the spine',
  'spine-procedure': 'Problems after a spine procedure',
  fracture: 'A broken bone in the spine',
  bleeding: 'Bleeding inside the body on a blood thinner',
  pregnancy: 'Problems in pregnancy',
  age: 'A new kind of back pain at 50 or older',
};

/** The labels of the clinic's two questions, answered for each group of signs. */
export const tableText = {
  howSoon: quizText.howSoon,
  where: quizText.where,
  doctor: 'See a medical doctor?',
  chiropractor: 'Chiropractic care first?',
};

/** The result's heading and first line: where to go, said for the place. */
export function resultWords(result: Pick<TriageResult, 'outcome' | 'place'>): {
  heading: string;
  action: string;
} {
  if (result.outcome === 'doctor-then-chiropractic') {
    return {
      heading: notImprovingHeading,
      action:
        'See your primary care doctor to find out why your spasms are not getting better; chiropractic care can support your recovery.',
    };
  }
  return placeText[result.place];
}
