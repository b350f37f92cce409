/**
 * The quiz's test stories (src/content/quiz-stories.yaml) with their words in `lang`. In Spanish
 * they are the same stories, facts and all, with the words of src/content/es/quiz-stories.yaml,
 * checked (src/lib/quiz-stories.ts) so the build stops on a story without its Spanish words.
 */
import { getCollection } from 'astro:content';
import type { Lang } from '../lib/i18n';
import type { QuizStoryData } from '../lib/content-schemas';
import { spanishStories } from '../lib/quiz-stories';

export async function getQuizStories(lang: Lang = 'en'): Promise<QuizStoryData[]> {
  const stories = (await getCollection('quiz-stories')).map((entry) => entry.data);
  if (lang === 'en') return stories;
  const words = (await getCollection('es-quiz-stories')).map((entry) => entry.data);
  return spanishStories(stories, words);
}
