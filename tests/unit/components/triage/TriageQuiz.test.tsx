// @vitest-environment happy-dom
import { wordsFor } from '../../../../src/lib/words';
const en = wordsFor('en');
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import TriageQuiz from '../../../../src/components/triage/TriageQuizEn';
import { resultWords } from '../../../../src/lib/triage-content';
import { outcomeText } from '../../../../src/lib/words/en/what-to-do';
import { quizText } from '../../../../src/lib/words/en/quiz';
import { loadStories, quizData, quizSteps } from '../../../fixtures/warning-signs';

const data = quizData();
const steps = quizSteps();
const stories = loadStories();
/** Every box's label by value, from the same data the page passes in. */
const label = (value: string) =>
  steps.flatMap((s) => s.choices).find((c) => c.value === value)!.label;
const reason = (value: string) =>
  steps.flatMap((s) => s.choices).find((c) => c.value === value)!.reason;

afterEach(cleanup);
// waitFor and findBy* give up after 1 s by default, which a busy 2-core machine can exceed.
// They still return as soon as the state holds; this only raises the ceiling.
configure({ asyncUtilTimeout: 10_000 });

const legend = () => document.querySelector('legend')!;
const box = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const next = () => fireEvent.click(screen.getByRole('button', { name: /Next|See my answer/ }));
const none = () => fireEvent.click(box(quizText.none));
const result = () => document.querySelector<HTMLElement>('[data-outcome]');
const live = () => document.querySelector('[aria-live]')!.textContent;

/** What the page passes in once the clinic has supplied contact details (ClinicContact). */
const contact = <p data-clinic-contact>Call the clinic</p>;

async function start() {
  render(<TriageQuiz data={data}>{contact}</TriageQuiz>);
  await screen.findByRole('group');
}

describe('TriageQuiz', () => {
  it('renders step 1 as a fieldset with a legend, id-valued boxes and an exclusive None', async () => {
    await start();
    expect(legend().textContent).toContain(steps[0].legend);
    expect(legend().getAttribute('tabindex')).toBe('-1');
    const values = [...document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].map(
      (i) => i.value,
    );
    expect(values).toEqual([...steps[0].choices.map((c) => c.value), 'none']);
    expect(document.querySelector('button[type=submit]')).not.toBeNull();
    // No Back on the first step, and focus is not stolen on load.
    expect(screen.queryByRole('button', { name: quizText.back })).toBeNull();
    expect(document.activeElement).not.toBe(legend());
    expect(live()).toBe('');
  });

  it('"None of these" unticks the others and the reverse', async () => {
    await start();
    const chest = box(label('chest-pain'));
    fireEvent.click(chest);
    expect(chest.checked).toBe(true);
    none();
    expect(chest.checked).toBe(false);
    expect(box(quizText.none).checked).toBe(true);
    fireEvent.click(chest);
    expect(box(quizText.none).checked).toBe(false);
  });

  it('asks for an answer instead of going on with nothing ticked', async () => {
    await start();
    next();
    expect(document.getElementById('triage-error')!.textContent).toBe(quizText.required);
    expect(live()).toBe(quizText.required);
    expect(legend().textContent).toContain(steps[0].legend);
    await waitFor(() => expect(document.activeElement).toBe(document.querySelector('input')));
    expect(document.querySelector('fieldset')!.getAttribute('aria-describedby')).toContain(
      'triage-error',
    );
  });

  it('an emergency sign goes straight to the 911 result and focuses its heading', async () => {
    await start();
    fireEvent.click(box(label('saddle-numbness')));
    next();
    await waitFor(() => expect(result()?.dataset.outcome).toBe('emergency'));
    const heading = screen.getByRole('heading', {
      level: 2,
      name: resultWords({ outcome: 'emergency', place: '911' }, en).heading,
    });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(result()!.textContent).toContain('Do not drive yourself');
    expect(result()!.textContent).toContain(reason('saddle-numbness'));
    expect(screen.getByRole('link', { name: 'Call 911' }).getAttribute('href')).toBe('tel:911');
    expect(live()).toContain(resultWords({ outcome: 'emergency', place: '911' }, en).heading);
  });

  it('moves focus to the next legend, and Back returns with ticks kept', async () => {
    await start();
    none();
    next();
    await waitFor(() => expect(legend().textContent).toContain(steps[1].legend));
    await waitFor(() => expect(document.activeElement).toBe(legend()));
    expect(live()).toContain(quizText.stepOf(2, 5));

    fireEvent.click(screen.getByRole('button', { name: quizText.back }));
    await waitFor(() => expect(legend().textContent).toContain(steps[0].legend));
    await waitFor(() => expect(document.activeElement).toBe(legend()));
    expect(box(quizText.none).checked).toBe(true);
  });

  // Every story of the clinical contract, ticked box by box as its visitor would: on each step
  // the story's boxes that the step shows (a follow-up once its box is ticked), else None.
  it.each(stories.map((c) => [c.story.id, c.story] as const))(
    'walks story %s to the outcome and place it expects',
    async (_, story) => {
      await start();
      while (!result()) {
        const before = legend().textContent!;
        const shown = steps.find((s) => before.includes(`: ${s.name}`))!;
        const mine = shown.choices.filter((c) => story.boxes.includes(c.value));
        if (mine.length === 0) fireEvent.click(box(quizText.none));
        for (const choice of mine) fireEvent.click(box(choice.label));
        next();
        await waitFor(() =>
          expect(result() !== null || legend().textContent !== before).toBe(true),
        );
      }
      expect(result()!.dataset.outcome).toBe(story.outcome);
      expect(result()!.dataset.place).toBe(story.place);
      const words = resultWords(story, en);
      expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(words.heading);
      expect(result()!.textContent).toContain(words.action);
      for (const link of outcomeText[story.outcome].links) {
        expect(screen.getByRole('link', { name: link.label }).getAttribute('href')).toBe(link.href);
      }
      // How to reach the clinic, with the chiropractic advice only.
      expect(result()!.querySelector('[data-clinic-contact]') !== null).toBe(
        story.outcome === 'chiropractic',
      );
      // Facts that change hands-on care are said wherever hands-on care is offered.
      const cautions = [...result()!.querySelectorAll('[data-cautions] li')].map(
        (li) => li.textContent,
      );
      const expected = outcomeText[story.outcome].handsOnCare
        ? story.boxes.flatMap(
            (id) => steps.flatMap((s) => s.choices).find((c) => c.value === id)?.caution ?? [],
          )
        : [];
      expect(cautions).toEqual(expected);
    },
  );

  it('explains a result with no ticks honestly', async () => {
    await start();
    for (let i = 0; i < steps.length; i++) {
      none();
      next();
      if (i < steps.length - 1)
        await waitFor(() => expect(legend().textContent).toContain(steps[i + 1].legend));
    }
    await waitFor(() => expect(result()?.dataset.outcome).toBe('chiropractic'));
    expect(result()!.textContent).toContain(outcomeText.chiropractic.because!);
    expect(result()!.textContent).toContain(outcomeText.chiropractic.noReasons!);
    expect(result()!.textContent).not.toContain(`${quizText.youChecked}:`);
  });

  it('Start again clears the answers and focuses step 1', async () => {
    await start();
    fireEvent.click(box(label('chest-pain')));
    next();
    await waitFor(() => expect(result()).not.toBeNull());
    fireEvent.click(screen.getByRole('button', { name: quizText.startAgain }));
    await waitFor(() => expect(legend().textContent).toContain(steps[0].legend));
    await waitFor(() => expect(document.activeElement).toBe(legend()));
    expect(box(label('chest-pain')).checked).toBe(false);
    expect(result()).toBeNull();
  });

  it('Back from a result shows the deciding step again', async () => {
    await start();
    fireEvent.click(box(label('bladder-bowel')));
    next();
    await waitFor(() => expect(result()).not.toBeNull());
    fireEvent.click(screen.getByRole('button', { name: quizText.back }));
    await waitFor(() => expect(document.activeElement).toBe(legend()));
    expect(box(label('bladder-bowel')).checked).toBe(true);
  });
});
