/**
 * The quiz's own words: its steps, buttons and messages. Plain words, grade 8 or lower;
 * "check", not "tick".
 */
import type { QuizText, StepTable } from '../types.ts';
import { fill, say } from '../fill.ts';

export const stepWords: StepTable = {
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
    hint: say(
      'These mean a medical doctor should check you within {from} to {to} days. Check all that apply.',
    ),
  },
  pattern: {
    name: 'How your spasms behave',
    legend: 'Which of these sound like your spasms?',
    hint: 'Check all that apply.',
  },
};

/** Buttons, headings and messages of the quiz itself. */
export const quizText: QuizText = {
  next: 'Next',
  finish: 'See my answer',
  back: 'Back',
  startAgain: 'Start again',
  none: 'None of these',
  required: 'Check at least one box, or check "None of these".',
  stepOf: (n: number, total: number) => fill('Step {n} of {total}', { n, total }),
  resultLabel: 'Your answer',
  howSoon: 'How soon',
  where: 'Where',
  why: 'Why',
  youChecked: 'You checked',
  whatToDo: 'What to do now',
  beforeHandsOnCare: 'Before any hands-on care',
  readMore: 'Read more',
  notADiagnosis: 'This quiz does not diagnose you. It helps you choose where to start.',
  /** Shown in place of the quiz until it loads, and for good if JavaScript is off. */
  callNow: say('Call {number}'),
  doNotDrive: 'Do not drive yourself.',
  fallback:
    'If the quiz does not work on your device, use the lists below. They give the same advice.',
};
