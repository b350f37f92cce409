/**
 * The quiz's shape for the island: what the page hands it (the boxes and the engine's records),
 * its five steps built from the records, and the result's heading and first line. The words it
 * says are in ./words/; every situation's words, urgency, place and source come from
 * src/content/ (the page passes them to the island).
 */
import type { TriageRecords, TriageResult } from './triage.ts';
import type { QuizWords } from './words/types.ts';
import {
  stepIds,
  toRecords,
  type Situation,
  type StepId,
  type TriageData,
} from './warning-signs.ts';

/** What the island needs of a situation (the page passes these as props). */
export type QuizSituation = Pick<
  Situation,
  'id' | 'step' | 'words' | 'example' | 'why' | 'askIf' | 'beforeHandsOnCare'
>;

/** Everything the island receives: the boxes' words and the engine's records. */
export interface QuizData {
  situations: readonly QuizSituation[];
  records: TriageRecords;
  /** Each rule's reason in plain words, by rule id. */
  ruleWhy: Readonly<Record<string, string>>;
}

/** What the page hands the quiz island: only what it shows and evaluates. */
export function toQuizData(data: Pick<TriageData, 'situations' | 'rules'>): QuizData {
  return {
    situations: data.situations.map(
      ({ id, step, words, example, why, askIf, beforeHandsOnCare }) => ({
        id,
        step,
        words,
        example,
        why,
        ...(askIf && { askIf }),
        ...(beforeHandsOnCare && { beforeHandsOnCare }),
      }),
    ),
    records: toRecords(data),
    ruleWhy: Object.fromEntries(data.rules.map((r) => [r.id, r.why])),
  };
}

export interface Choice {
  value: string;
  label: string;
  help?: string;
  reason: string;
  /** Shown only once this box is ticked (how far along a pregnancy is, under "pregnant"). */
  askIf?: string;
  /** Said on a self-care result when ticked: what to tell whoever gives hands-on care. */
  caution?: string;
}

export interface Step {
  id: StepId;
  /** Short name, e.g. for the step counter. */
  name: string;
  /** The question, used as the fieldset's legend. */
  legend: string;
  hint: string;
  choices: readonly Choice[];
}

/**
 * Five steps, in the contract's order: 911 signs, about you, see a doctor today, see a doctor
 * within days, then how the spasms behave. Situations arrive in canonical order; a follow-up
 * question (`askIf`) comes right after the box it depends on.
 */
export function buildSteps(
  situations: readonly QuizSituation[],
  stepWords: QuizWords['stepWords'],
): Step[] {
  const toChoice = (s: QuizSituation): Choice => ({
    value: s.id,
    label: s.words,
    help: s.example,
    reason: s.why,
    ...(s.askIf && { askIf: s.askIf }),
    ...(s.beforeHandsOnCare && { caution: s.beforeHandsOnCare }),
  });
  return stepIds.map((id) => {
    const inStep = situations.filter((s) => s.step === id);
    const followUps = (parent: string) => inStep.filter((s) => s.askIf === parent);
    return {
      id,
      ...stepWords[id],
      choices: inStep
        .filter((s) => !s.askIf)
        .flatMap((s) => [s, ...followUps(s.id)])
        .map(toChoice),
    };
  });
}

/** The result's heading and first line: where to go, said for the place. */
export function resultWords(
  result: Pick<TriageResult, 'outcome' | 'place'>,
  { placeText, notImprovingText }: Pick<QuizWords, 'placeText' | 'notImprovingText'>,
): {
  heading: string;
  action: string;
} {
  return result.outcome === 'doctor-then-chiropractic' ? notImprovingText : placeText[result.place];
}
