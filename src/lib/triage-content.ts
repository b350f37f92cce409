/**
 * Every word the triage quiz and the decision table show, in one place for the clinic to edit.
 * The rules live in triage.ts; this file only says things. Typed as Record<SituationId, …> and
 * Record<Outcome, …> so a new id or outcome without wording fails type-checking.
 *
 * Writing rules (design.md, "Words"): grade 6 for anything about emergencies, grade 8 or lower
 * elsewhere, short sentences, no promise of a result. Sources: seed-facts.md §5 and the NHS and
 * Mayo Clinic pages in references.md.
 */
import type { Outcome, SituationId } from './triage';
import type { Reference } from './content-schemas';

export interface SituationText {
  /** Checkbox label in the quiz and row header in the decision table. */
  label: string;
  /** Extra words under the checkbox: an example, or where the line falls. */
  help?: string;
  /** Why this answer matters, shown on the result when it decided the outcome. */
  reason: string;
}

export const situationText: Record<SituationId, SituationText> = {
  'bladder-bowel': {
    label: 'Trouble peeing, or you cannot control your bladder or bowels',
    help: 'For example, you leak pee or poo, or you cannot tell when your bladder is full.',
    reason:
      'This can mean the nerves at the bottom of your spine are being squeezed. You need help fast.',
  },
  'saddle-numbness': {
    label: 'Numbness or tingling around your genitals, buttocks or inner thighs',
    help: 'For example, wiping after using the toilet feels different.',
    reason:
      'This can mean the nerves at the bottom of your spine are being squeezed. You need help fast.',
  },
  'both-legs': {
    label: 'Pain, weakness or numbness in both legs',
    help: 'Both legs, not just one.',
    reason: 'Problems in both legs can mean nerves in your spine are being squeezed.',
  },
  'chest-pain': {
    label: 'Chest pain',
    help: 'Any pain, pressure or tightness in your chest.',
    reason: 'Chest pain can be a sign of a heart problem. Do not wait.',
  },
  'serious-accident': {
    label: 'Back pain after a serious accident',
    help: 'For example, a car crash or a bad fall from a height.',
    reason: 'A serious accident can break a bone or hurt your spine.',
  },
  trauma: {
    label: 'Spasms that started suddenly after a fall, an accident or a blow to your back',
    help: 'For example, slipping on ice or a hit during sport. If the accident was serious, call 911.',
    reason:
      'After an injury, a doctor should first check for a broken bone, a disc injury or other damage.',
  },
  neuro: {
    label: 'Numbness, weakness or loss of feeling with your spasms',
    help: 'For example, in one leg or foot. If both legs are affected, call 911.',
    reason: 'Numbness or weakness can mean a nerve is being pressed. A doctor should check it.',
  },
  systemic: {
    label: 'Fever, weight loss you cannot explain, or feeling unwell all over',
    help: 'For example, a high temperature, or losing weight without trying.',
    reason: 'Signs in your whole body can point to a problem that is not in your muscles.',
  },
  unrelenting: {
    label: 'Severe pain that does not change when you move or rest',
    help: 'Or pain that keeps getting worse while you rest or at night.',
    reason:
      'Muscle pain usually changes as you move or rest. Pain that does not change needs a doctor to check it.',
  },
  'other-signs': {
    label:
      'Pain between your shoulder blades, pain that gets worse when you cough or sneeze, or a lump on your back',
    help: 'Or a change in the shape of your back.',
    reason: 'The NHS lists these as signs to have a doctor check soon.',
  },
  'not-improving': {
    label: 'Spasms that keep going and are not getting better with care so far',
    help: 'For example, after a few weeks of rest, heat, gentle exercise or treatment.',
    reason:
      'Spasms that do not settle need a doctor to look for the reason. Chiropractic care can support your recovery.',
  },
  posture: {
    label: 'Spasms linked to your posture, long sitting or awkward movement',
    help: 'For example, after a long day at a desk or in the car.',
    reason:
      'This points to how your back moves and carries weight. A chiropractor checks exactly that.',
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

export type StepId = 'emergency' | 'doctor' | 'pattern';

export interface Step {
  id: StepId;
  /** Short name, e.g. for the step counter. */
  name: string;
  /** The question, used as the fieldset's legend. */
  legend: string;
  hint: string;
  situations: readonly SituationId[];
}

/** Warning signs first: emergency, then doctor signs, then how the spasms behave. */
export const steps: readonly Step[] = [
  {
    id: 'emergency',
    name: 'Emergency signs',
    legend: 'Do you have any of these with your back pain?',
    hint: 'These can be signs of an emergency. Tick all that apply.',
    situations: ['bladder-bowel', 'saddle-numbness', 'both-legs', 'chest-pain', 'serious-accident'],
  },
  {
    id: 'doctor',
    name: 'Signs to see a doctor',
    legend: 'Do any of these apply to you?',
    hint: 'These mean a doctor should check you first. Tick all that apply.',
    situations: ['trauma', 'neuro', 'systemic', 'unrelenting', 'other-signs'],
  },
  {
    id: 'pattern',
    name: 'How your spasms behave',
    legend: 'Which of these sound like your spasms?',
    hint: 'Tick all that apply.',
    situations: [
      'posture',
      'movement-pattern',
      'recurrent',
      'stiffness',
      'strain',
      'not-improving',
    ],
  },
];

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

export const outcomeText: Record<Outcome, OutcomeText> = {
  emergency: {
    title: 'Call 911 now',
    advice: 'Call 911 now, or go to the nearest emergency department.',
    todo: [
      'Call 911 now. If you cannot, ask someone to call for you.',
      'Do not drive yourself. Wait for the ambulance, or have someone else drive you.',
      'Do not wait to see if it gets better.',
      'Tell them you have back pain and which of these signs you have.',
    ],
    links: [links.emergencySigns],
    table: { chiropractor: 'No', doctor: 'Emergency: call 911 now' },
  },
  doctor: {
    title: 'See a doctor first',
    advice: 'A doctor should check you before you start chiropractic care.',
    todo: [
      'Call your doctor today and tell them what you ticked.',
      'If you cannot be seen soon, go to an urgent care center.',
      'Call 911 if an emergency sign starts, such as losing control of your bladder or bowels.',
      'Once a doctor has checked you, chiropractic care may help your recovery.',
    ],
    links: [links.whenToSeeADoctor, links.treatment],
    table: { chiropractor: 'Not first; may help later', doctor: 'Yes, first' },
  },
  'doctor-then-chiropractic': {
    title: 'See a doctor, with chiropractic care in support',
    advice:
      'See a doctor to find out why your spasms are not getting better; chiropractic care can support your recovery.',
    because: 'You did not tick any emergency sign or any sign that needs a doctor first.',
    todo: [
      'Book a visit with your doctor. Say how long the spasms have lasted and what you have tried.',
      'Ask whether chiropractic care could be part of your plan.',
      'Keep moving gently, within what feels okay.',
      'If a warning sign starts, see a doctor sooner. Call 911 for an emergency sign.',
    ],
    links: [links.whenToSeeADoctor, links.treatment, links.exercises],
    table: { chiropractor: 'Yes, in support', doctor: 'Yes' },
  },
  chiropractic: {
    title: 'Chiropractic care is a reasonable first step',
    advice: 'With no warning signs, a chiropractic evaluation is an appropriate place to start.',
    because: 'You did not tick any emergency sign or any sign that needs a doctor first.',
    noReasons:
      'Your spasms did not match a common pattern either, so a careful check of your back matters.',
    todo: [
      'Book a chiropractic evaluation. It starts with your health history and an exam of your spine.',
      'Keep moving gently. Short walks and gentle exercises can help.',
      'Try gentle heat. Stop anything that makes the pain worse.',
      'Watch for warning signs. If one starts, see a doctor. Call 911 for an emergency sign.',
    ],
    links: [links.treatment, links.exercises, links.whenToSeeADoctor],
    table: { chiropractor: 'Yes, a good first step', doctor: 'Not needed first' },
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
  whatToDo: 'What to do now',
  readMore: 'Read more',
  notADiagnosis: 'This quiz does not diagnose you. It helps you choose where to start.',
  /** Shown in place of the quiz until it loads, and for good if JavaScript is off. */
  fallback:
    'If the quiz does not work on your device, use the emergency signs and the table below. They give the same advice.',
};

/** The decision table's caption and column headers. */
export const tableText = {
  caption:
    'Where to start for each situation. If more than one row fits you, follow the most urgent one: rows go from most to least urgent.',
  situation: 'Your situation',
  chiropractor: 'Chiropractic care first?',
  doctor: 'See a doctor?',
};

/** The 911 list heading and its do-nots, shared by /triage/ and /when-to-see-a-doctor/. */
export const emergencyText = {
  heading: 'Call 911 now if you have back pain with any of these',
  after: [
    'Call 911, or go to the nearest emergency department.',
    'Do not drive yourself.',
    'Do not wait to see if it gets better.',
  ],
};

/** Sources for the warning signs and the decision table (references.md). */
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
  mayoBackPain: {
    title: 'Back pain: symptoms and causes',
    publisher: 'Mayo Clinic',
    url: 'https://www.mayoclinic.org/diseases-conditions/back-pain/symptoms-causes/syc-20369906',
  },
} as const satisfies Record<string, Reference>;
