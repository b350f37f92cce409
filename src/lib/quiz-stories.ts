/**
 * The quiz's clinical contract (src/content/quiz-stories.yaml): each story's boxes checked
 * against the records, and what the engine gives for it. The contract page and the tests both
 * read it through here, so a story naming a situation that does not exist stops the build.
 */
import type { QuizStoryData } from './content-schemas';
import type { Situation } from './warning-signs';
import type { Triage, TriageResult } from './triage';

export const STORIES_FILE = 'src/content/quiz-stories.yaml';

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
