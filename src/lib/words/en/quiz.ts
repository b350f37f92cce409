/**
 * The quiz's own words: its steps, buttons and messages. Plain words, grade 8 or lower;
 * "check", not "tick".
 */
import type { QuizText, StepTable } from '../types.ts';
import { fill, say } from '../fill.ts';

export const stepWords: StepTable = {
  emergency: {
    name: say('Emergency signs'),
    legend: say('Do you have any of these with your back pain?'),
    hint: say('These can be signs of an emergency. Check all that apply.'),
  },
  'about-you': {
    name: say('About you'),
    legend: say('Do any of these describe you?'),
    hint: say('These change what your back pain can mean. Check all that apply.'),
  },
  urgent: {
    name: say('Signs to see a doctor today'),
    legend: say('Do any of these apply to you?'),
    hint: say('These mean a medical doctor should check you today. Check all that apply.'),
  },
  doctor: {
    name: say('Signs to see a doctor within days'),
    legend: say('Do any of these apply to you?'),
    hint: say(
      'These mean a medical doctor should check you within {from} to {to} days. Check all that apply.',
    ),
  },
  pattern: {
    name: say('How your spasms behave'),
    legend: say('Which of these sound like your spasms?'),
    hint: say('Check all that apply.'),
  },
};

/** Buttons, headings and messages of the quiz itself. */
export const quizText: QuizText = {
  next: say('Next'),
  finish: say('See my answer'),
  back: say('Back'),
  startAgain: say('Start again'),
  none: say('None of these'),
  required: say('Check at least one box, or check "None of these".'),
  stepOf: (n: number, total: number) => fill('Step {n} of {total}', { n, total }),
  resultLabel: say('Your answer'),
  howSoon: say('How soon'),
  where: say('Where'),
  why: say('Why'),
  youChecked: say('You checked'),
  whatToDo: say('What to do now'),
  beforeHandsOnCare: say('Before any hands-on care'),
  readMore: say('Read more'),
  notADiagnosis: say('This quiz does not diagnose you. It helps you choose where to start.'),
  /** Shown in place of the quiz until it loads, and for good if JavaScript is off. */
  fallback: say(
    'If the quiz does not work on your device, use the lists below. They give the same advice.',
  ),
};
