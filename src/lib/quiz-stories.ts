/**
 * The quiz's clinical contract (src/content/quiz-stories.yaml): each story's boxes checked
 * against the records, and what the engine gives for it. The contract page and the tests both
 * read it through here, so a story naming a situation that does not exist stops the build. The
 * Spanish page reads the same stories with their Spanish words (src/content/es/quiz-stories.yaml),
 * checked here too.
 */
import type { QuizStoryData, QuizStoryWords } from './content-schemas';
import type { Situation } from './warning-signs';
import type { Triage, TriageResult } from './triage';
import { missingNumbers } from './numbers.ts';

export const STORIES_FILE = 'src/content/quiz-stories.yaml';

/** The stories' Spanish words: who the visitor is and why, under the English story's id. */
export const SPANISH_STORIES_FILE = 'src/content/es/quiz-stories.yaml';

/** A story's words; the rest of it (boxes, outcome, place) is facts, written once in English. */
const STORY_WORDS = ['visitor', 'why'] as const;

/**
 * The stories with their Spanish words, every fact still the English story's. Throws, naming
 * the file, the story and the field, where a story has no Spanish words, a Spanish story has no
 * English twin (or comes twice), or a field leaves out a number the English says: an age, a week
 * of pregnancy, a guideline's number or year ("GIRFT pathway, 2023").
 */
export function spanishStories(
  stories: readonly QuizStoryData[],
  words: readonly QuizStoryWords[],
): QuizStoryData[] {
  const problems: string[] = [];
  const byId = new Map<string, QuizStoryWords>();
  for (const story of words) {
    if (byId.has(story.id)) {
      problems.push(`${SPANISH_STORIES_FILE}, story "${story.id}": id is used twice.`);
    }
    byId.set(story.id, story);
  }
  const english = new Set(stories.map((story) => story.id));
  for (const id of byId.keys()) {
    if (!english.has(id)) {
      problems.push(
        `${SPANISH_STORIES_FILE}, story "${id}": no English story "${id}" in ${STORIES_FILE} to translate.`,
      );
    }
  }
  const translated = stories.map((story) => {
    const at = `${SPANISH_STORIES_FILE}, story "${story.id}"`;
    const spanish = byId.get(story.id);
    if (!spanish) {
      problems.push(
        `${at}: missing. Every story in ${STORIES_FILE} needs its Spanish visitor and why.`,
      );
      return story;
    }
    for (const field of STORY_WORDS) {
      const lost = missingNumbers(story[field], spanish[field]);
      if (lost.length > 0) {
        problems.push(`${at}: ${field} leaves out ${lost.join(', ')}, which the English says.`);
      }
    }
    return { ...story, visitor: spanish.visitor, why: spanish.why };
  });
  if (problems.length > 0) throw new Error(`Spanish quiz stories:\n${problems.join('\n')}`);
  return translated;
}

/** The problems with the stories' boxes, each naming the story and the field. */
function storyProblems(
  stories: readonly QuizStoryData[],
  situations: readonly Pick<Situation, 'id' | 'askIf'>[],
): string[] {
  const byId = new Map(situations.map((s) => [s.id, s]));
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const story of stories) {
    const at = `${STORIES_FILE}, story "${story.id}"`;
    if (seen.has(story.id)) problems.push(`${at}: id is used twice.`);
    seen.add(story.id);
    for (const id of story.boxes) {
      const situation = byId.get(id);
      if (!situation) {
        problems.push(`${at}: boxes names "${id}", which is not a situation.`);
      } else if (situation.askIf && !story.boxes.includes(situation.askIf)) {
        problems.push(
          `${at}: boxes has "${id}", which the quiz asks only after "${situation.askIf}" is ticked.`,
        );
      }
    }
  }
  return problems;
}

export interface StoryCheck {
  story: QuizStoryData;
  result: TriageResult;
  /** True when the engine gives the outcome and the place the story expects. */
  agrees: boolean;
}

/** Runs every story through the engine; throws, naming each story, if a tick is unknown. */
export function checkStories(
  stories: readonly QuizStoryData[],
  situations: readonly Pick<Situation, 'id' | 'askIf'>[],
  triage: Triage,
): StoryCheck[] {
  const problems = storyProblems(stories, situations);
  if (problems.length > 0) throw new Error(`Quiz stories:\n${problems.join('\n')}`);
  return stories.map((story) => {
    const result = triage(story.boxes);
    return {
      story,
      result,
      agrees: result.outcome === story.outcome && result.place === story.place,
    };
  });
}
