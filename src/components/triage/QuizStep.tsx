/** One step of the quiz: a fieldset of "tick all that apply" boxes plus an exclusive "None". */
import type { Ref } from 'preact';
import { type Step } from '../../lib/triage-content';
import type { QuizText } from '../../lib/words/types';
import { NONE } from './quiz-state';

interface Props {
  step: Step;
  quizText: QuizText;
  index: number;
  total: number;
  ticked: readonly string[];
  missing: boolean;
  legendRef: Ref<HTMLLegendElement>;
  /** True until the island hydrates: the server-rendered step shows but cannot be used yet. */
  disabled?: boolean;
  onToggle: (value: string, checked: boolean) => void;
  onSubmit: () => void;
  onBack: () => void;
}

export function QuizStep({
  step,
  quizText,
  index,
  total,
  ticked,
  missing,
  legendRef,
  disabled = false,
  ...on
}: Props) {
  const describedBy = missing ? 'triage-hint triage-error' : 'triage-hint';
  const choice = (value: string, label: string, help?: string, followUp = false) => {
    const id = `triage-${value}`;
    const kind = value === NONE ? ' triage-none' : followUp ? ' triage-followup' : '';
    return (
      <li class={`triage-choice${kind}`} key={value}>
        <input
          type="checkbox"
          id={id}
          name={step.id}
          value={value}
          checked={ticked.includes(value)}
          aria-describedby={help ? `${id}-help` : undefined}
          onChange={(e) => on.onToggle(value, e.currentTarget.checked)}
        />
        <label for={id}>{label}</label>
        {help && (
          <p id={`${id}-help`} class="triage-help">
            {help}
          </p>
        )}
      </li>
    );
  };

  return (
    <form
      class="triage-step"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        on.onSubmit();
      }}
    >
      <fieldset aria-describedby={describedBy} disabled={disabled}>
        <legend tabIndex={-1} ref={legendRef}>
          <span class="triage-count">
            {quizText.stepOf(index + 1, total)}: {step.name}
          </span>
          <span class="triage-question">{step.legend}</span>
        </legend>
        <p id="triage-hint" class="triage-hint">
          {step.hint}
        </p>
        {missing && (
          <p id="triage-error" class="triage-error">
            {quizText.required}
          </p>
        )}
        <ul class="triage-choices">
          {step.choices
            .filter((c) => !c.askIf || ticked.includes(c.askIf))
            .map((c) => choice(c.value, c.label, c.help, Boolean(c.askIf)))}
          {choice(NONE, quizText.none)}
        </ul>
      </fieldset>
      <div class="triage-actions">
        {index > 0 && (
          <button type="button" class="triage-secondary" onClick={on.onBack}>
            {quizText.back}
          </button>
        )}
        <button type="submit" class="triage-primary" disabled={disabled}>
          {index === total - 1 ? quizText.finish : quizText.next}
        </button>
      </div>
    </form>
  );
}
