/**
 * What the search page says about the quiz ("Where should I start?"). The number of questions
 * comes from the quiz's own steps, so the promise stays true when steps are added.
 */
import { buildSteps, type QuizSituation } from './triage-content';
import { stepWords } from './words/en/quiz.ts';

/** The most questions the quiz can ask: one per step (it stops early at an emergency). */
export function quizQuestionCount(situations: readonly QuizSituation[]): number {
  return buildSteps(situations, stepWords).length;
}
