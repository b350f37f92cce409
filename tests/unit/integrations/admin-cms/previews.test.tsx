// @vitest-environment happy-dom
/**
 * The editor's page previews, rendered with Preact's createElement (Sveltia passes React's,
 * which takes the same arguments): each collection's layout puts first what its page puts
 * first, and sources show years as written. A Spanish entry's pane says what the preview writes
 * itself with the Spanish word tables.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { h, render, render as preactRender } from 'preact';
import {
  previewLang,
  sourceLine,
  templateFor,
  withFacts,
  type H,
  type PreviewField,
  type PreviewProps,
} from '../../../../src/integrations/admin-cms/previews';
import { wordsFor } from '../../../../src/lib/words';
import { fill } from '../../../../src/lib/words/fill';

const es = wordsFor('es');

const fields = (...names: string[]): PreviewField[] => names.map((name) => ({ name }));
const props = (data: Record<string, unknown>): PreviewProps => ({
  entry: { get: () => ({ toJS: () => data }) },
  widgetFor: () => h('p', { 'data-body': '' }, 'Body text'),
  getAsset: (path) => ({ url: `blob:${path}` }),
});
/** A pane as Sveltia passes it: its own language's data, and the other languages' files. */
const pane = (
  data: Record<string, unknown>,
  others: Record<string, Record<string, unknown>>,
): PreviewProps => ({
  ...props(data),
  entry: {
    get: (key) =>
      key === 'data'
        ? { toJS: () => data }
        : key === 'i18n'
          ? {
              toJS: () =>
                Object.fromEntries(Object.entries(others).map(([l, d]) => [l, { data: d }])),
            }
          : undefined,
  },
});
/** The Spanish pane of an entry whose English file is `english`. */
const spanishPane = (data: Record<string, unknown>, english: Record<string, unknown>) =>
  pane(data, { en: english });

let root: HTMLElement;
function showPane(names: PreviewField[], shown: PreviewProps) {
  const template = templateFor(h as unknown as H, names)!;
  root = document.createElement('div');
  document.body.append(root);
  render(template(shown) as never, root);
  return root;
}
const show = (names: PreviewField[], data: Record<string, unknown>) => showPane(names, props(data));
afterEach(() => root?.remove());

const source = {
  title: 'Low back pain',
  publisher: 'NICE',
  year: 2016,
  url: 'https://nice.org.uk',
};

describe('page previews', () => {
  it('a question: the question as heading, then the answer box, then the summary and text', () => {
    const page = show(fields('question', 'answer', 'title', 'summary', 'body', 'references'), {
      question: 'Heat or ice?',
      answer: 'Either can help.',
      summary: 'A summary.',
      references: [source],
    });
    const order = [
      ...page.querySelectorAll('h1, [data-preview="short-answer"], p, [data-body]'),
    ].map((el) => el.textContent);
    expect(order.slice(0, 3)).toEqual([
      'Heat or ice?',
      'Short answerEither can help.',
      'Either can help.',
    ]);
    expect(order.indexOf('A summary.')).toBeLessThan(order.indexOf('Body text'));
    expect(page.querySelector('.short-answer.callout')).not.toBeNull();
    expect(page.textContent).toContain('Low back pain. NICE, 2016.');
  });

  it('a question’s other phrasings and names end as the page’s sentences do, never "?."', () => {
    const page = show(fields('question', 'answer', 'askedAs', 'alsoCalled', 'body'), {
      question: 'Can I work?',
      answer: 'Often, yes.',
      askedAs: ['should I stay home', 'can I drive?'],
      alsoCalled: ['sick leave', 'desk job'],
    });
    const lines = [...page.querySelectorAll('p.muted')].map((p) => p.textContent);
    expect(lines).toEqual([
      'Other ways people ask this: should I stay home; can I drive?',
      'Also called: sick leave, desk job.',
    ]);
  });

  it('an exercise: drawing, dose, steps and when to stop before the text', () => {
    const page = show(fields('title', 'steps', 'cautions', 'body'), {
      title: 'Cat-camel',
      illustration: { src: 'cat.svg', alt: 'A person on hands and knees' },
      repetitions: '5 slow rounds',
      steps: ['Kneel.', 'Round.', 'Arch.'],
      cautions: ['Stop if pain spreads.'],
    });
    const sections = [...page.querySelectorAll('img, [data-preview], [data-body]')].map(
      (el) => el.getAttribute('data-preview') ?? el.tagName.toLowerCase(),
    );
    expect(sections).toEqual(['img', 'dose', 'steps', 'cautions', 'p']);
    expect(page.querySelector('img')!.getAttribute('src')).toBe('blob:cat.svg');
    expect(page.querySelector('[data-preview="cautions"]')!.className).toContain('callout-alert');
  });

  it('a warning sign: its words and urgency, in the alert box when it is an emergency', () => {
    const tier = {
      name: 'tier',
      options: [{ value: 'emergency', label: 'Emergency: call 911 now' }],
    };
    const page = show([...fields('words', 'short', 'caudaEquina'), tier], {
      tier: 'emergency',
      words: 'Trouble starting to pee',
      example: 'For example, you push and nothing comes.',
      short: 'trouble peeing',
      source,
    });
    const box = page.querySelector('[data-preview="warning-sign"]')!;
    expect(box.className).toContain('callout-alert');
    expect(box.querySelector('h2')!.textContent).toBe('Emergency: call 911 now');
    expect(box.textContent).toContain('Trouble starting to pee.');
  });

  it('picks no template for a collection it has no layout for (the editor lists the fields)', () => {
    expect(templateFor(h as unknown as H, fields('name', 'value'))).toBeUndefined();
  });

  it('writes a source year as a plain number, never with a thousands separator', () => {
    expect(sourceLine({ ...source, year: 2006 })).toBe('Low back pain. NICE, 2006.');
    expect(sourceLine({ title: 'Back pain', publisher: 'NHS' })).toBe('Back pain. NHS.');
  });
});

describe('the pane’s language', () => {
  it('is the language missing from the other files: English, or Spanish beside the English file', () => {
    expect(previewLang(pane({ title: 'Injury' }, { es: { title: 'Lesión' } }))).toBe('en');
    expect(previewLang(spanishPane({ title: 'Lesión' }, { title: 'Injury' }))).toBe('es');
    // A collection in one language has no other files.
    expect(previewLang(pane({ title: 'Injury' }, {}))).toBe('en');
    expect(previewLang(props({ title: 'Injury' }))).toBe('en');
    // A Spanish file not written yet leaves the English pane English.
    expect(previewLang(pane({ title: 'Injury' }, { es: undefined as never }))).toBe('en');
  });

  it('a Spanish question says its labels and its other names and phrasings with the Spanish words', () => {
    const askedAs = ['¿puedo trabajar?'];
    const alsoCalled = ['incapacidad', 'trabajo de oficina'];
    const questionFields = [
      ...fields('question', 'answer', 'askedAs', 'alsoCalled', 'body'),
      { name: 'references', i18n: false },
    ];
    const page = showPane(
      questionFields,
      withFacts(
        spanishPane(
          { question: '¿Puedo trabajar?', answer: 'A menudo, sí.', askedAs, alsoCalled },
          { question: 'Can I work?', answer: 'Often, yes.', references: [source] },
        ),
        questionFields,
      ),
    );
    expect(page.querySelector('.short-answer-label')!.textContent).toBe(es.articleText.shortAnswer);
    expect([...page.querySelectorAll('p.muted')].map((p) => p.textContent)).toEqual([
      fill(es.articleText.askedAs, { list: askedAs.join('; ') }),
      fill(es.articleText.alsoCalled, { list: alsoCalled.join(', ') }),
    ]);
    expect(page.querySelector('.preview-sources h2')!.textContent).toBe(es.siteText.sources);
  });

  it('a Spanish exercise has the Spanish page’s headings', () => {
    const page = showPane(
      fields('title', 'steps', 'cautions', 'body'),
      spanishPane({ title: 'Gato-camello', steps: ['Arrodíllese.'] }, { title: 'Cat-camel' }),
    );
    const { doseHeading, stepsHeading, feelHeading, stopHeading } = es.articleText;
    expect([...page.querySelectorAll('h2')].map((h2) => h2.textContent)).toEqual([
      doseHeading,
      stepsHeading,
      feelHeading,
      stopHeading,
    ]);
  });

  it('a Spanish warning sign says how soon with its tier’s Spanish heading; English keeps the label', () => {
    const twoLanguages: PreviewField[] = [
      {
        name: 'tier',
        i18n: false,
        options: [{ value: 'urgent', label: 'Urgent: medical care today' }],
      },
      ...['place', 'caudaEquina'].map((name) => ({ name, i18n: false })),
      ...['words', 'short', 'example'].map((name) => ({ name, i18n: true })),
    ];
    const english = { tier: 'urgent', place: 'same-day', caudaEquina: false, words: 'A fever' };
    const spanish = { words: 'Fiebre', short: 'fiebre' };
    const heading = (shown: PreviewProps) =>
      showPane(twoLanguages, withFacts(shown, twoLanguages)).querySelector(
        '[data-preview="warning-sign"] h2',
      )!.textContent;
    expect(heading(spanishPane(spanish, english))).toBe(es.tierText.urgent.heading);
    expect(es.tierText.urgent.heading).toContain(es.tierText.urgent.when);
    root.remove();
    expect(heading(pane(english, { es: spanish }))).toBe('Urgent: medical care today');
  });
});

describe('quiz records and search words', () => {
  const render = (node: unknown) => {
    root = document.createElement('div');
    document.body.append(root);
    preactRender(node as never, root);
    return root;
  };
  const rule = {
    when: ['pregnant', 'fever'],
    outcome: 'emergency',
    place: 'labor-and-delivery',
    words: 'You are pregnant, and you have a fever or chills',
    short: 'pregnant with a fever',
    example: 'For example, 100.4°F.',
    why: 'A fever in pregnancy can be an infection.',
  };
  const quiz = templateFor(h as unknown as H, fields('when', 'outcome', 'place', 'words', 'why'))!;

  it('a combination shows its boxes, the quiz’s answer and no warning while unchanged', () => {
    const page = render(quiz(props(rule), { saved: rule }));
    expect(page.querySelector('[data-preview="rule-when"]')!.textContent).toMatch(
      /pregnant, fever/,
    );
    expect(page.querySelector('[data-preview="quiz-result"] h2')!.textContent).toBe(
      'Go to labor and delivery now',
    );
    expect(page.querySelector('[data-preview="urgency-change"]')).toBeNull();
  });

  it('an edit that lowers it warns, in the words of the pull request’s check', () => {
    const page = render(
      quiz(props({ ...rule, outcome: 'urgent', place: 'same-day' }), { saved: rule }),
    );
    const notice = page.querySelector('[data-preview="urgency-change"]')!;
    expect(notice.className).toContain('callout-alert');
    expect(notice.textContent).toMatch(
      /Pregnant with a fever: now, labor and delivery .* → today, urgent care or a same-day doctor visit \(LOWER\)/,
    );
    expect(notice.textContent).toMatch(/clinician must sign the change off/);
  });

  it('in Spanish, the Spanish words with the English file’s facts: no false warning', () => {
    const spanishWords = {
      words: 'Está embarazada y tiene fiebre o escalofríos',
      short: 'embarazada con fiebre',
      example: 'Por ejemplo, 100.4 °F.',
      why: 'La fiebre en el embarazo puede ser una infección.',
    };
    const twoLanguages = [
      ...['when', 'outcome', 'place'].map((name) => ({ name, i18n: false })),
      ...['words', 'short', 'example', 'why'].map((name) => ({ name, i18n: true })),
    ];
    // The Spanish pane's entry: its own words, and the English file's under i18n.en.
    const spanish: PreviewProps = {
      ...props(spanishWords),
      entry: {
        get: (key) =>
          key === 'data'
            ? { toJS: () => spanishWords }
            : key === 'i18n'
              ? { toJS: () => ({ en: { data: rule } }) }
              : undefined,
      },
    };
    const page = render(quiz(withFacts(spanish, twoLanguages), { saved: rule }));
    expect(page.querySelector('[data-preview="urgency-change"]')).toBeNull();
    // The answer in the Spanish quiz's words: where, how soon, and their labels.
    expect(page.querySelector('[data-preview="quiz-result"] h2')!.textContent).toBe(
      es.placeText['labor-and-delivery'].heading,
    );
    expect(
      [...page.querySelectorAll('[data-preview="quiz-result"] dl > *')].map((el) => el.textContent),
    ).toEqual([
      es.quizText.howSoon,
      es.outcomeText.emergency.when,
      es.quizText.where,
      es.placeNames['labor-and-delivery'],
      es.quizText.why,
      spanishWords.why,
    ]);
    expect(page.textContent).toContain('Está embarazada y tiene fiebre o escalofríos');
    expect(page.textContent).not.toContain(rule.words);
  });

  it('takes a fact inside an object from English (a drawing’s file), the words from Spanish', () => {
    const fieldsOf = [
      {
        name: 'illustration',
        i18n: true,
        fields: [
          { name: 'src', i18n: false },
          { name: 'alt', i18n: true },
        ],
      },
    ];
    const english = { illustration: { src: 'cat-cow.svg', alt: 'A person on hands and knees' } };
    const entry = {
      get: (key: string) =>
        key === 'data'
          ? { illustration: { alt: 'Una persona en cuatro patas' } }
          : key === 'i18n'
            ? { es: undefined, en: { data: english } }
            : undefined,
    };
    const data = withFacts({ ...props({}), entry }, fieldsOf).entry.get('data');
    expect(data).toEqual({
      illustration: { src: 'cat-cow.svg', alt: 'Una persona en cuatro patas' },
    });
    // English itself passes through untouched.
    const englishProps = props(english);
    expect(withFacts(englishProps, fieldsOf)).toBe(englishProps);
  });

  it('search words for a sign show the box the search page shows first', () => {
    const terms = templateFor(h as unknown as H, fields('terms', 'page', 'sign'))!;
    const page = render(
      terms(props({ terms: ['fever', 'chills'], sign: 'fever' }), {
        target: {
          collection: 'warning-signs',
          data: { tier: 'urgent', place: 'same-day', words: 'A fever or chills' },
        },
      }),
    );
    expect(page.querySelector('[data-preview="search-sign"] h2')!.textContent).toBe(
      'A fever or chills',
    );
    expect(page.querySelector('[data-preview="search-sign"]')!.textContent).toMatch(
      /See a medical doctor today/,
    );
  });

  it('Spanish search words for a sign show the Spanish search page’s box', () => {
    const terms = templateFor(h as unknown as H, fields('terms', 'page', 'sign'))!;
    const page = render(
      terms(spanishPane({ terms: ['fiebre'] }, { terms: ['fever'], sign: 'fever' }), {
        target: {
          collection: 'warning-signs',
          data: { tier: 'urgent', place: 'same-day', words: 'A fever or chills' },
        },
      }),
    );
    const box = page.querySelector('[data-preview="search-sign"]')!;
    expect(box.querySelector('strong')!.textContent).toBe(es.placeText['same-day'].action);
    expect(box.querySelector('a')!.textContent).toBe(es.tierText.urgent.linkLabel);
  });
});
