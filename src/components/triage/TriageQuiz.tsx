/**
 * "Where should I start?": the triage quiz island. Answers live only in this component's state:
 * no request, no cookie, no storage.
 *
 * The server renders step 1 in place, so hydration never moves the page (no layout shift), but
 * with its controls disabled until the island is live: nothing can be ticked or submitted
 * before the answers can stay in the browser. Without JavaScript, triage.css (imported by the
 * page, so it loads in <head>) hides the quiz (`@media (scripting: none)`) and the page's lists
 * of signs and rules stand alone.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { createTriage } from '../../lib/triage';
import { buildSteps, resultWords, type QuizData } from '../../lib/triage-content';
import type { QuizWords } from '../../lib/words/types';
import { initialState, reducer, tickedIds } from './quiz-state';
import { QuizStep } from './QuizStep';
import { QuizResult } from './QuizResult';

export interface QuizProps {
  /** The situations and rules, from src/content/ via the page, in canonical order. */
  data: QuizData;
  /**
   * The clinic's contact details as the page renders them (ClinicContact), shown with the
   * chiropractic result; none while the clinic has supplied none.
   */
  children?: ComponentChildren;
}

interface Props extends QuizProps {
  /** Everything the quiz says, in the page's language (TriageQuizEn, TriageQuizEs). */
  words: QuizWords;
}

export default function TriageQuiz({ data, words, children }: Props) {
  const { quizText } = words;
  const [ready, setReady] = useState(false);
  const [state, dispatch] = useReducer(reducer, data, (d) =>
    initialState(buildSteps(d.situations, words.stepWords), createTriage(d.records)),
  );
  const { steps } = state;
  const choices = useMemo(
    () => new Map(steps.flatMap((s) => s.choices.map((c) => [c.value, c] as const))),
    [steps],
  );
  const legendRef = useRef<HTMLLegendElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => setReady(true), []);

  // Move focus to the new step's legend or the result heading, never on first load. A layout
  // effect runs right after the DOM changes, before the old button's loss of focus can drop
  // the visitor onto <body>.
  useLayoutEffect(() => {
    if (state.moves === 0) return;
    (state.result ? headingRef.current : legendRef.current)?.focus();
  }, [state.moves]);

  // After "go on" with nothing ticked, put the visitor on the first box.
  useLayoutEffect(() => {
    if (state.missing) rootRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [state.missing]);

  const step = steps[state.step];
  const announcement = state.missing
    ? quizText.required
    : state.moves === 0
      ? ''
      : state.result
        ? `${quizText.resultLabel}: ${resultWords(state.result, words).heading}`
        : `${quizText.stepOf(state.step + 1, steps.length)}: ${step.name}`;

  return (
    <div class="triage-quiz" ref={rootRef} data-warning-signs>
      <div class="visually-hidden" aria-live="polite">
        {announcement}
      </div>
      {state.result ? (
        <QuizResult
          result={state.result}
          words={words}
          choices={choices}
          ruleWhy={data.ruleWhy}
          ticked={tickedIds(state.answers, state.step)}
          clinicContact={children}
          headingRef={headingRef}
          onBack={() => dispatch({ type: 'back' })}
          onRestart={() => dispatch({ type: 'restart' })}
        />
      ) : (
        <QuizStep
          key={step.id}
          step={step}
          quizText={quizText}
          index={state.step}
          total={steps.length}
          ticked={state.answers[state.step]}
          missing={state.missing}
          legendRef={legendRef}
          disabled={!ready}
          onToggle={(value, checked) => dispatch({ type: 'toggle', value, checked })}
          onSubmit={() => dispatch({ type: 'submit' })}
          onBack={() => dispatch({ type: 'back' })}
        />
      )}
    </div>
  );
}
