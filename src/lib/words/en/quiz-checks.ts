/**
 * The words of the page that publishes the quiz's test stories (/when-to-see-a-doctor/quiz-checks/).
 * The stories' own words are in src/content/quiz-stories.yaml.
 */
import type { QuizChecksText } from '../types.ts';

export const quizChecksText: QuizChecksText = {
  description:
    'Every test story the quiz is checked against: what a visitor checks, the advice a physician expects, what the quiz gives, and why.',
  lead: 'We test the quiz with {count} stories of people with back pain. Each story says what the person checks, the advice a doctor would want them to get, and why. Today the quiz gives that advice in {agreeing} of {count} stories.',
  howWeCheck:
    'The tests run every story through the real quiz before the site is published. A story where the quiz and the expected advice differ stops the site from going live. A clinician signs this table. If you are a visitor, the {quiz} and the {signs} are the places to start.',
  quizLink: 'quiz itself',
  signsLink: 'list of warning signs',
  caption: 'The test stories, most urgent first',
  person: 'The person',
  expected: 'Advice a doctor expects',
  given: 'What the quiz gives',
  why: 'Why',
  differs: '(differs)',
};
