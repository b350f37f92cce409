/**
 * The quiz island in Spanish: the same quiz, the same records and engine, with its Spanish
 * words. One entry per language, so a page ships only its own language's words.
 */
import TriageQuiz, { type QuizProps } from './TriageQuiz';
import { quizText, stepWords } from '../../lib/words/es/quiz';
import { notImprovingText, outcomeText } from '../../lib/words/es/what-to-do';
import { placeText } from '../../lib/words/es/where';

const words = { quizText, stepWords, outcomeText, placeText, notImprovingText };

export default function TriageQuizEs(props: QuizProps) {
  return <TriageQuiz {...props} words={words} />;
}
