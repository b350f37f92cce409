/**
 * The editor's preview pane, laid out like the published page: the question page's answer box
 * first, the exercise's drawing, dose, steps and "When to stop", a warning sign with its words,
 * example and urgency. The pane also loads the site's own stylesheet (/admin/preview.css), and
 * these templates use the site's class names (`callout`, `lead`, `prose`), so the colours, type
 * and boxes are the ones readers see.
 *
 * Sveltia CMS renders preview templates with React; `h` is its createElement (the bundle puts it
 * on `window.h`). Tests pass Preact's `h`, which takes the same arguments. A template is picked
 * by the fields a collection has, not by its name, so a new collection gets the right one.
 *
 * A pane speaks the language of the entry it shows: the labels and sentences a template writes
 * itself ("Short answer", how soon, where to go) come from that language's word tables, so a
 * translator sees the Spanish page as it will publish. The editor's own notes around the page
 * ("In one-line lists:", the urgency warning) are the editor's, in English like the rest of it.
 */

import { URGENCY_CHANGE_NOTE, urgencyChange } from '../../lib/urgency-changes.ts';
import { resultWords } from '../../lib/triage-content.ts';
import { wordsFor, type Words } from '../../lib/words/index.ts';
import { fill } from '../../lib/words/fill.ts';
import { signAdvice } from '../../lib/search-safety.ts';
import type { Outcome, Place, Tier } from '../../lib/triage.ts';
import type { Lang } from '../../lib/i18n.ts';
import { DEFAULT_LOCALE, LOCALES } from '../../lib/cms/translations.ts';

/** createElement, as React and Preact both spell it. */
export type H = (
  type: string | ((props: never) => unknown),
  props?: Record<string, unknown> | null,
  ...children: unknown[]
) => unknown;

/** The part of Sveltia's template props these templates read. */
export interface PreviewProps {
  /**
   * Immutable Map; `entry.get('data')` is the entry's fields in the language previewed,
   * `entry.get('i18n')` the other languages' (`{ en: { data } }`), `entry.get('slug')` its file name.
   */
  entry: { get(key: 'data' | 'slug' | 'i18n'): unknown };
  /** The body's rendered Markdown, as Sveltia's own preview shows it. */
  widgetFor(name: string): unknown;
  /** A file of the repository (an uploaded drawing), with a URL the preview can show. */
  getAsset(path: string): { url?: string } | undefined;
}

/** What a template needs from the generated configuration: field names and choice labels. */
export interface PreviewField {
  name: string;
  options?: readonly { label: string; value: string }[];
  /** In a two-language collection, false for a fact, which only the English file holds. */
  i18n?: boolean;
  fields?: readonly PreviewField[];
}

interface Source {
  title?: string;
  publisher?: string;
  year?: number | string;
  url?: string;
}

type Data = Record<string, unknown>;
const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

const plain = (value: unknown): Data => {
  const map = value as { toJS?(): unknown } | undefined;
  return (map?.toJS ? map.toJS() : (map ?? {})) as Data;
};

export const dataOf = (props: PreviewProps): Data => plain(props.entry.get('data'));

/** The facts (`i18n: false`) of `english` put into `data`, inside objects too (a drawing's file). */
function withFactsOf(data: Data, english: Data, fields: readonly PreviewField[]): Data {
  const out = { ...data };
  for (const field of fields) {
    const fact = english[field.name];
    if (fact === undefined) continue;
    if (field.i18n === false) out[field.name] = fact;
    else if (field.fields && typeof fact === 'object' && !Array.isArray(fact)) {
      out[field.name] = withFactsOf(plain(data[field.name]), fact as Data, field.fields);
    }
  }
  return out;
}

/**
 * The entry as its page shows it in the language previewed. A Spanish file holds only words:
 * its preview takes the facts (how urgent, where to go, the sources, the drawing) from the
 * English file, or a Spanish sign would read as one that lost its urgency. English, and a
 * collection in one language, pass through as they are.
 */
export function withFacts(props: PreviewProps, fields: readonly PreviewField[]): PreviewProps {
  const english = (plain(props.entry.get('i18n'))[DEFAULT_LOCALE] as { data?: Data } | undefined)
    ?.data;
  if (!english) return props;
  const data = withFactsOf(dataOf(props), english, fields);
  return {
    ...props,
    entry: { get: (key) => (key === 'data' ? data : props.entry.get(key)) },
  };
}

/**
 * The language of the entry a pane shows. Sveltia passes the pane's own language as `data` and
 * every other language that has a file under `i18n`, so it is the first language missing there:
 * English in the English pane and in a collection in one language (`i18n` empty), Spanish when
 * `i18n` holds the English file.
 */
export function previewLang(props: Pick<PreviewProps, 'entry'>): Lang {
  const others = plain(props.entry.get('i18n'));
  return (
    LOCALES.find((locale) => !(others[locale] as { data?: unknown } | undefined)?.data) ??
    DEFAULT_LOCALE
  );
}

/** The pane's language and its words: everything a template writes besides the entry. */
interface Speech {
  lang: Lang;
  words: Words;
}

/**
 * What a template may know besides the entry: the entry as saved in the repository (`saved`:
 * undefined while it loads, null for a new entry), and the entry a search-words record points
 * to (`target`). entry.ts loads them with Sveltia's getCollection.
 */
export interface Extra {
  saved?: Data | null;
  target?: { collection: string; data: Data } | null;
}

/**
 * The warning above a quiz record whose urgency or place differs from the saved one: what
 * changed, in the words the pull request's check uses, what it changes, and who signs it.
 */
function urgencyNotice(h: H, data: Data, extra: Extra) {
  if (extra.saved === undefined) return null;
  const change = urgencyChange('', extra.saved ?? undefined, data);
  if (!change) return null;
  const lower = change.direction === 'lower';
  return h(
    'section',
    {
      className: `callout${lower ? ' callout-alert' : ''}`,
      role: 'alert',
      'data-preview': 'urgency-change',
    },
    h(
      'h2',
      null,
      lower ? 'You are lowering how urgent this is' : 'You are changing how urgent this is',
    ),
    h('p', null, h('strong', null, change.words)),
    h('p', null, URGENCY_CHANGE_NOTE),
  );
}

/**
 * "Title. Publisher, 2006." with the year as written, never "2,006" (the editor's own preview
 * formats numbers with thousands separators).
 */
export function sourceLine(source: Source): string {
  const publisher = [text(source.publisher), text(source.year)].filter(Boolean).join(', ');
  return [text(source.title), publisher].filter(Boolean).join('. ') + '.';
}

function sources(h: H, words: Words, references: unknown) {
  const items = list(references) as Source[];
  if (items.length === 0) return null;
  return h(
    'section',
    { className: 'preview-sources' },
    h('h2', null, words.siteText.sources),
    h(
      'ol',
      null,
      ...items.map((source) =>
        h(
          'li',
          null,
          source.url ? h('a', { href: source.url }, sourceLine(source)) : sourceLine(source),
        ),
      ),
    ),
  );
}

/**
 * A page's other names or phrasings in the page's own sentence ("Also called: {list}."), filled
 * as the page fills it: a list ending in a question ends the sentence, with no "?.".
 */
function alsoLine(h: H, sentence: string, values: unknown, separator: string) {
  const words = list(values).map(text).filter(Boolean);
  return words.length > 0
    ? h('p', { className: 'muted' }, fill(sentence, { list: words.join(separator) }))
    : null;
}

/**
 * A page's preview: heading, what comes before the page text (`before`), the text, other ways
 * people ask it (`askedAs`, questions only), other names, then the sources.
 */
function article(
  h: H,
  words: Words,
  props: PreviewProps,
  heading: unknown,
  before: unknown[],
  askedAs?: unknown,
) {
  const data = dataOf(props);
  return h(
    'main',
    { className: 'container preview-page' },
    h(
      'article',
      null,
      heading,
      ...before,
      h('div', { className: 'prose' }, props.widgetFor('body')),
      askedAs === undefined ? null : alsoLine(h, words.articleText.askedAs, askedAs, '; '),
      alsoLine(h, words.articleText.alsoCalled, data.alsoCalled, ', '),
    ),
    sources(h, words, data.references),
  );
}

/** An article of any section: title, summary first, page text, sources. */
const articlePreview =
  (h: H) =>
  (props: PreviewProps, _extra: Extra, { words }: Speech) => {
    const data = dataOf(props);
    return article(h, words, props, h('h1', null, text(data.title)), [
      h('p', { className: 'lead' }, text(data.summary)),
    ]);
  };

/** A question page: the question as heading, the short answer in its box first. */
const questionPreview =
  (h: H) =>
  (props: PreviewProps, _extra: Extra, { words }: Speech) => {
    const data = dataOf(props);
    return article(
      h,
      words,
      props,
      h('h1', null, text(data.question)),
      [
        h(
          'div',
          { className: 'short-answer callout', 'data-preview': 'short-answer' },
          h('h2', { className: 'short-answer-label' }, words.articleText.shortAnswer),
          h('p', { className: 'lead' }, text(data.answer)),
        ),
        h('p', null, text(data.summary)),
      ],
      data.askedAs ?? [],
    );
  };

/** An exercise page: drawing, how much to do, steps, how it should feel, when to stop. */
const exercisePreview =
  (h: H) =>
  (props: PreviewProps, _extra: Extra, { words }: Speech) => {
    const data = dataOf(props);
    const illustration = (data.illustration ?? {}) as { src?: string; alt?: string };
    const drawing = illustration.src ? props.getAsset(illustration.src)?.url : undefined;
    const dose = [text(data.repetitions), text(data.hold)].filter(Boolean);
    const { doseHeading, stepsHeading, feelHeading, stopHeading } = words.articleText;
    return article(h, words, props, h('h1', null, text(data.title)), [
      h('p', { className: 'lead' }, text(data.summary)),
      drawing
        ? h(
            'figure',
            { className: 'preview-drawing' },
            h('img', { src: drawing, alt: text(illustration.alt) }),
          )
        : null,
      h(
        'section',
        { className: 'callout', 'data-preview': 'dose' },
        h('h2', null, doseHeading),
        h('ul', null, ...dose.map((line) => h('li', null, line))),
      ),
      h('h2', null, stepsHeading),
      h(
        'ol',
        { 'data-preview': 'steps' },
        ...list(data.steps).map((step) => h('li', null, text(step))),
      ),
      h('h2', null, feelHeading),
      h('p', null, text(data.feel)),
      h(
        'section',
        { className: 'callout callout-alert', 'data-preview': 'cautions' },
        h('h2', null, stopHeading),
        h('ul', null, ...list(data.cautions).map((line) => h('li', null, text(line)))),
      ),
    ]);
  };

/** A choice's label in the configuration ("Emergency: call 911 now"), or its value. */
const optionLabel = (fields: readonly PreviewField[], name: string, value: string) =>
  fields.find((f) => f.name === name)?.options?.find((o) => o.value === value)?.label ?? value;

/**
 * A warning sign as lists show it: its words and example, how urgent it is, why it matters and
 * its source. In English, how urgent is the choice's label from the configuration ("Emergency:
 * call 911 now"); the configuration is in English only, so another language's pane says it as
 * that language's page does, with the heading of the tier's list.
 */
const warningSignPreview =
  (h: H, fields: readonly PreviewField[]) =>
  (props: PreviewProps, extra: Extra, { lang, words }: Speech) => {
    const data = dataOf(props);
    const tier = text(data.tier);
    const urgency =
      lang === DEFAULT_LOCALE
        ? optionLabel(fields, 'tier', tier)
        : (words.tierText[tier as Tier]?.heading ?? tier);
    return h(
      'main',
      { className: 'container preview-page' },
      urgencyNotice(h, data, extra),
      h(
        'section',
        {
          className: `callout${tier === 'emergency' ? ' callout-alert' : ''}`,
          'data-preview': 'warning-sign',
        },
        h('h2', null, urgency),
        h(
          'ul',
          null,
          h('li', null, h('strong', null, `${text(data.words)}.`), ' ', text(data.example)),
        ),
        h('p', { className: 'muted' }, text(data.why)),
      ),
      h('p', null, `In one-line lists: ${text(data.short)}`),
      sources(h, words, data.source ? [data.source] : []),
    );
  };

/**
 * A fact about the person, a pain pattern or a combination, as the quiz shows it: the checkbox
 * with its example, and (when it leads somewhere) the answer a visitor then gets: the heading,
 * how soon, where, and why. A combination lists the boxes that must all be ticked.
 */
const quizRecordPreview =
  (h: H, fields: readonly PreviewField[]) =>
  (props: PreviewProps, extra: Extra, { words }: Speech) => {
    const { quizText, outcomeText, placeNames } = words;
    const data = dataOf(props);
    const outcome = text(data.tier ?? data.outcome) as Outcome | '';
    const place = text(data.place) as Place | '';
    const when = list(data.when).map(text);
    const result =
      outcome && place
        ? h(
            'section',
            {
              className: `callout${outcome === 'emergency' ? ' callout-alert' : ''}`,
              'data-preview': 'quiz-result',
            },
            h('p', { className: 'muted' }, 'The quiz’s answer when this is ticked:'),
            h('h2', null, resultWords({ outcome, place }, words).heading),
            h(
              'dl',
              null,
              h('dt', null, quizText.howSoon),
              h('dd', null, outcomeText[outcome].when),
              h('dt', null, quizText.where),
              h('dd', null, placeNames[place]),
              h('dt', null, quizText.why),
              h('dd', null, text(data.why)),
            ),
          )
        : h(
            'p',
            { className: 'muted', 'data-preview': 'quiz-result' },
            'Alone, this changes nothing: it counts only in a combination rule.',
          );
    return h(
      'main',
      { className: 'container preview-page' },
      urgencyNotice(h, data, extra),
      when.length > 0
        ? h(
            'p',
            { 'data-preview': 'rule-when' },
            `Applies when all of these are ticked: ${when.join(', ')}.`,
          )
        : null,
      h(
        'fieldset',
        { className: 'quiz-step', 'data-preview': 'quiz-choice' },
        h('legend', null, 'In the quiz'),
        h(
          'label',
          null,
          h('input', { type: 'checkbox', disabled: true }),
          ' ',
          h('strong', null, text(data.words)),
        ),
        h('p', { className: 'muted' }, text(data.example)),
      ),
      result,
      outcome && fields.some((f) => f.name === 'place')
        ? h(
            'p',
            { className: 'muted' },
            `Set as: ${optionLabel(fields, data.tier ? 'tier' : 'outcome', outcome)}.`,
          )
        : null,
      h('p', null, `In one-line lists: ${text(data.short)}`),
      sources(h, words, data.source ? [data.source] : []),
    );
  };

/**
 * Search words as the result they bring up: the words, then the page they find (its title and
 * description, as a search result shows them) or, for a warning sign, the box the search page
 * shows first.
 */
const searchTermsPreview =
  (h: H) =>
  (props: PreviewProps, extra: Extra, { lang }: Speech) => {
    const data = dataOf(props);
    const target = extra.target;
    const sign =
      target?.collection === 'warning-signs' && target.data.tier && target.data.place
        ? signAdvice({ tier: target.data.tier as Tier, place: target.data.place as Place }, lang)
        : undefined;
    return h(
      'main',
      { className: 'container preview-page' },
      h('p', null, 'A search for any of these:'),
      h('ul', { 'data-preview': 'terms' }, ...list(data.terms).map((t) => h('li', null, text(t)))),
      h('p', null, 'brings up:'),
      sign
        ? h(
            'div',
            {
              className: `callout${sign.tier === 'emergency' ? ' callout-alert' : ''}`,
              'data-preview': 'search-sign',
            },
            h('h2', null, text(target!.data.words)),
            h('p', null, h('strong', null, sign.action)),
            h('p', null, h('a', { href: sign.href }, sign.linkLabel)),
          )
        : null,
      target && target.collection !== 'warning-signs'
        ? h(
            'article',
            { className: 'callout', 'data-preview': 'search-result' },
            h(
              'h2',
              null,
              h('a', { href: text(data.page) }, text(target.data.title ?? target.data.question)),
            ),
            h('p', null, text(target.data.description)),
          )
        : null,
      target === null
        ? h('p', { className: 'muted' }, 'No page or sign with that address yet: check the fields.')
        : null,
    );
  };

type Template = (props: PreviewProps, extra: Extra, speech: Speech) => unknown;

function layoutFor(h: H, fields: readonly PreviewField[]): Template | undefined {
  const has = (name: string) => fields.some((f) => f.name === name);
  if (has('question') && has('answer')) return questionPreview(h);
  if (has('steps') && has('cautions')) return exercisePreview(h);
  if (has('caudaEquina') && has('words')) return warningSignPreview(h, fields);
  if (has('words') && has('why')) return quizRecordPreview(h, fields);
  if (has('terms')) return searchTermsPreview(h);
  if (has('body') && has('title')) return articlePreview(h);
  return undefined;
}

/**
 * The template for a collection with these fields, or none (Sveltia's field list). It finds
 * the pane's language once per render and hands the layout that language's words.
 */
export function templateFor(h: H, fields: readonly PreviewField[]) {
  const layout = layoutFor(h, fields);
  if (!layout) return undefined;
  return (props: PreviewProps, extra: Extra = {}) => {
    const lang = previewLang(props);
    return layout(props, extra, { lang, words: wordsFor(lang) });
  };
}

/**
 * What a template needs loaded for an entry: its saved version (quiz records, to say what an
 * edit changes), or the page or sign its search words point to.
 */
export function extraFor(
  fields: readonly PreviewField[],
  data: Data,
): { saved: boolean; target?: { collection: string; slug: string } } {
  const has = (name: string) => fields.some((f) => f.name === name);
  if (has('terms')) {
    const sign = text(data.sign);
    if (sign) return { saved: false, target: { collection: 'warning-signs', slug: sign } };
    const page = /^\/([a-z0-9-]+)\/([a-z0-9-]+)\/$/.exec(text(data.page));
    return page
      ? { saved: false, target: { collection: page[1]!, slug: page[2]! } }
      : { saved: false };
  }
  return { saved: has('words') && (has('tier') || has('outcome') || has('place')) };
}
