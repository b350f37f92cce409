/**
 * Reads the questions collection once per build and checks each `related` path against the
 * articles that exist, so a mistyped path stops the build naming the file and the field.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { articleSectionIds } from '../lib/sections';
import { byQuestionOrder, relatedProblems } from '../lib/questions';

export type QuestionEntry = CollectionEntry<'questions'>;

let cached: Promise<QuestionEntry[]> | undefined;

async function load(): Promise<QuestionEntry[]> {
  const [questions, ...sections] = await Promise.all([
    getCollection('questions'),
    ...articleSectionIds.map(async (id) => (await getCollection(id)).map((e) => `${id}/${e.id}`)),
  ]);
  const problems = relatedProblems(questions, new Set(sections.flat()));
  if (problems.length > 0) throw new Error(`Question pages:\n${problems.join('\n')}`);
  return questions.sort(byQuestionOrder);
}

/** Every question, most-asked first, with `related` checked. */
export function getQuestions(): Promise<QuestionEntry[]> {
  cached ??= load();
  return cached;
}
