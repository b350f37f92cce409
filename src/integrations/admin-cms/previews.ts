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
 */

/** createElement, as React and Preact both spell it. */
export type H = (
  type: string | ((props: never) => unknown),
  props?: Record<string, unknown> | null,
  ...children: unknown[]
) => unknown;

/** The part of Sveltia's template props these templates read. */
export interface PreviewProps {
  /** Immutable Map; `entry.get('data')` is the entry's fields. */
  entry: { get(key: 'data'): { toJS?(): unknown } | undefined };
  /** The body's rendered Markdown, as Sveltia's own preview shows it. */
  widgetFor(name: string): unknown;
  /** A file of the repository (an uploaded drawing), with a URL the preview can show. */
  getAsset(path: string): { url?: string } | undefined;
}

/** What a template needs from the generated configuration: field names and choice labels. */
export interface PreviewField {
  name: string;
  options?: readonly { label: string; value: string }[];
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

function dataOf(props: PreviewProps): Data {
  const data = props.entry.get('data');
  return (data?.toJS ? data.toJS() : (data ?? {})) as Data;
}

/**
 * "Title. Publisher, 2006." with the year as written, never "2,006" (the editor's own preview
 * formats numbers with thousands separators).
 */
export function sourceLine(source: Source): string {
  const publisher = [text(source.publisher), text(source.year)].filter(Boolean).join(', ');
  return [text(source.title), publisher].filter(Boolean).join('. ') + '.';
}

function sources(h: H, references: unknown) {
  const items = list(references) as Source[];
  if (items.length === 0) return null;
  return h(
    'section',
    { className: 'preview-sources' },
    h('h2', null, 'Sources'),
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

function alsoLine(h: H, label: string, values: unknown, separator: string) {
  const words = list(values).map(text).filter(Boolean);
  return words.length > 0
    ? h('p', { className: 'muted' }, `${label}: ${words.join(separator)}.`)
    : null;
}

function article(h: H, props: PreviewProps, heading: unknown, before: unknown[]) {
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
    ),
    alsoLine(h, 'Also called', data.alsoCalled, ', '),
    sources(h, data.references),
  );
}

/** An article of any section: title, summary first, page text, sources. */
export const articlePreview = (h: H) => (props: PreviewProps) => {
  const data = dataOf(props);
  return article(h, props, h('h1', null, text(data.title)), [
    h('p', { className: 'lead' }, text(data.summary)),
  ]);
};

/** A question page: the question as heading, the short answer in its box first. */
export const questionPreview = (h: H) => (props: PreviewProps) => {
  const data = dataOf(props);
  return h(
    'main',
    { className: 'container preview-page' },
    h(
      'article',
      null,
      h('h1', null, text(data.question)),
      h(
        'div',
        { className: 'short-answer callout', 'data-preview': 'short-answer' },
        h('h2', { className: 'short-answer-label' }, 'Short answer'),
        h('p', { className: 'lead' }, text(data.answer)),
      ),
      h('p', null, text(data.summary)),
      h('div', { className: 'prose' }, props.widgetFor('body')),
      alsoLine(h, 'Other ways people ask this', data.askedAs, '; '),
      alsoLine(h, 'Also called', data.alsoCalled, ', '),
    ),
    sources(h, data.references),
  );
};

/** An exercise page: drawing, how much to do, steps, how it should feel, when to stop. */
export const exercisePreview = (h: H) => (props: PreviewProps) => {
  const data = dataOf(props);
  const illustration = (data.illustration ?? {}) as { src?: string; alt?: string };
  const drawing = illustration.src ? props.getAsset(illustration.src)?.url : undefined;
  const dose = [text(data.repetitions), text(data.hold)].filter(Boolean);
  return article(h, props, h('h1', null, text(data.title)), [
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
      h('h2', null, 'How much to do'),
      h('ul', null, ...dose.map((line) => h('li', null, line))),
    ),
    h('h2', null, 'Steps'),
    h(
      'ol',
      { 'data-preview': 'steps' },
      ...list(data.steps).map((step) => h('li', null, text(step))),
    ),
    h('h2', null, 'What it should feel like'),
    h('p', null, text(data.feel)),
    h(
      'section',
      { className: 'callout callout-alert', 'data-preview': 'cautions' },
      h('h2', null, 'When to stop'),
      h('ul', null, ...list(data.cautions).map((line) => h('li', null, text(line)))),
    ),
  ]);
};

/**
 * A warning sign as lists show it: its words and example, how urgent it is (the choice's label
 * from the configuration: "Emergency: call 911 now"), why it matters and its source.
 */
export const warningSignPreview =
  (h: H, fields: readonly PreviewField[]) => (props: PreviewProps) => {
    const data = dataOf(props);
    const tier = text(data.tier);
    const urgency =
      fields.find((f) => f.name === 'tier')?.options?.find((o) => o.value === tier)?.label ?? tier;
    return h(
      'main',
      { className: 'container preview-page' },
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
      sources(h, data.source ? [data.source] : []),
    );
  };

/** The template for a collection with these fields, or none (Sveltia's field list). */
export function templateFor(h: H, fields: readonly PreviewField[]) {
  const has = (name: string) => fields.some((f) => f.name === name);
  if (has('question') && has('answer')) return questionPreview(h);
  if (has('steps') && has('cautions')) return exercisePreview(h);
  if (has('tier') && has('words')) return warningSignPreview(h, fields);
  if (has('body') && has('title')) return articlePreview(h);
  return undefined;
}
