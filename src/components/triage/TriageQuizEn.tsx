/**
 * The quiz island in English: the quiz with its English words. One entry per language, so a
 * page ships only its own language's words (the quiz's code is shared between them).
 */
import TriageQuiz, { type QuizProps } from './TriageQuiz';
import { quizText, stepWords } from '../../lib/words/en/quiz';
import { notImprovingText, outcomeText } from '../../lib/words/en/what-to-do';
import { placeText } from '../../lib/words/en/where';

const words = { quizText, stepWords, outcomeText, placeText, notImprovingText };

export default function TriageQuizEn(props: QuizProps) {
  return <TriageQuiz {...props} words={words} />;
}
