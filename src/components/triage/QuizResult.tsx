/** The advice: where to go and how soon, why (the deciding answers in plain words), what to do. */
import type { ComponentChildren, Ref } from 'preact';
import type { TriageResult } from '../../lib/triage';
import { resultWords, type Choice } from '../../lib/triage-content';
import type { QuizWords } from '../../lib/words/types';
import { EMERGENCY_NUMBER } from '../../lib/emergency';

interface Props {
  result: TriageResult;
  /** Everything the quiz says, in the page's language. */
  words: QuizWords;
  /** Every box's words, by value, so reasons can be said in plain words. */
  choices: ReadonlyMap<string, Choice>;
  /** Each rule's reason in plain words, by rule id. */
  ruleWhy: Readonly<Record<string, string>>;
  /** Every id the visitor ticked: facts that change hands-on care are said on a self-care result. */
  ticked: readonly string[];
  /** How to reach the clinic, shown when the advice is chiropractic care (see TriageQuiz). */
  clinicContact?: ComponentChildren;
  headingRef: Ref<HTMLHeadingElement>;
  onBack: () => void;
  onRestart: () => void;
}

export function QuizResult({
  result,
  words: quizWords,
  choices,
  ruleWhy,
  ticked,
  clinicContact,
  headingRef,
  onBack,
  onRestart,
}: Props) {
  const { outcomeText, quizText } = quizWords;
  const text = outcomeText[result.outcome];
  const words = resultWords(result, quizWords);
  const emergency = result.outcome === 'emergency';
  const cautions = text.handsOnCare ? ticked.flatMap((id) => choices.get(id)?.caution ?? []) : [];
  return (
    <section
      class={`triage-result triage-result-${result.outcome}`}
      data-outcome={result.outcome}
      data-place={result.place}
      aria-labelledby="triage-result-heading"
    >
      <p class="triage-count">{quizText.resultLabel}</p>
      <h2 id="triage-result-heading" tabIndex={-1} ref={headingRef}>
        {words.heading}
      </h2>
      <p class="triage-advice">{words.action}</p>
      {emergency && (
        <p class="triage-call">
          <a href={`tel:${EMERGENCY_NUMBER}`}>{quizText.callNow}</a>
          <strong>{quizText.doNotDrive}</strong>
        </p>
      )}
      <dl class="triage-when">
        <dt>{quizText.howSoon}</dt>
        <dd>{text.when}</dd>
      </dl>

      <h3>{quizText.why}</h3>
      <ul>
        {text.because && <li>{text.because}</li>}
        {result.reasons.map((id) => (
          <li key={id}>
            <strong>
              {quizText.youChecked}: {choices.get(id)?.label}.
            </strong>{' '}
            {choices.get(id)?.reason}
          </li>
        ))}
        {result.rules.map((id) => (
          <li key={id} data-rule={id}>
            {ruleWhy[id]}
          </li>
        ))}
        {result.reasons.length === 0 && text.noReasons && <li>{text.noReasons}</li>}
      </ul>

      <h3>{quizText.whatToDo}</h3>
      <ol>
        {text.todo.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>

      {cautions.length > 0 && (
        <>
          <h3>{quizText.beforeHandsOnCare}</h3>
          <ul data-cautions>
            {cautions.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}

      {result.outcome === 'chiropractic' && clinicContact && (
        <div class="triage-contact">{clinicContact}</div>
      )}

      <h3>{quizText.readMore}</h3>
      <ul>
        {text.links.map((link) => (
          <li key={link.href}>
            <a href={link.href}>{link.label}</a>
          </li>
        ))}
      </ul>

      <p class="triage-hint">{quizText.notADiagnosis}</p>
      <div class="triage-actions">
        <button type="button" class="triage-secondary" onClick={onBack}>
          {quizText.back}
        </button>
        <button type="button" class="triage-primary" onClick={onRestart}>
          {quizText.startAgain}
        </button>
      </div>
    </section>
  );
}
