/**
 * Browser entry of the editor at /admin/. Bundled once by ./index.ts (and cached between
 * builds), never by the site's own build, so no other page can pull it in. It imports
 * @sveltia/cms, this folder and pure modules of src/lib (no Node built-ins): the bundle's cache
 * key covers every project file it reaches.
 *
 * Sveltia CMS reads its configuration from the page's <link rel="cms-config-url">, which points
 * at /admin/config.json, generated from the content schemas. Before starting the editor this
 * file registers what the configuration cannot say: the site's stylesheet for the preview pane,
 * a page-like preview per collection (./previews.ts), and the warning-signs block.
 */
import CMS from '@sveltia/cms';
import {
  dataOf,
  extraFor,
  templateFor,
  withFacts,
  type Extra,
  type H,
  type PreviewField,
} from './previews.ts';
import {
  describeBlock,
  fromBlock,
  toBlock,
  WARNING_SIGNS_COMPONENT,
  WARNING_SIGNS_FIELDS,
  WARNING_SIGNS_PATTERN,
  type WarningSignsBlock,
} from '../../lib/cms/warning-signs-block.ts';
import { DEFAULT_LOCALE, LOCALES, withoutFacts } from '../../lib/cms/translations.ts';

/** The site's stylesheet plus the few page-layout rules the preview needs (src/pages/admin/). */
export const PREVIEW_STYLESHEET = '/admin/preview.css';

interface ConfigField extends PreviewField {
  widget?: string;
  type?: string;
  max?: string;
  fields?: ConfigField[];
}
interface ConfigCollection {
  name: string;
  /** True when its entries are in English and Spanish. */
  i18n?: boolean;
  fields: ConfigField[];
}
interface Config {
  collections: ConfigCollection[];
}

/** An Immutable Map as Sveltia passes entries, as far as these callbacks read it. */
interface EntryMap {
  get(key: string): unknown;
}
type Props = Parameters<ReturnType<typeof templateFor> & {}>[0] & {
  getCollection(name: string, slug?: string): Promise<EntryMap | EntryMap[] | undefined>;
};

/** Today in the writer's own calendar, as the date fields store it. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * No date on this site is in the future (the words changed, a review happened): the date
 * fields refuse a day after today, which the configuration, built days earlier, cannot say.
 */
function noFutureDates(fields: ConfigField[]): void {
  for (const field of fields) {
    if (field.widget === 'datetime' && field.type === 'date') field.max = today();
    if (field.fields) noFutureDates(field.fields);
  }
}

const plain = (entry: unknown): Record<string, unknown> | null => {
  const data = (entry as EntryMap | undefined)?.get?.('data') as { toJS?(): unknown } | undefined;
  return data?.toJS ? (data.toJS() as Record<string, unknown>) : null;
};

/**
 * A template that also gets what it needs loaded (the saved entry, or the page search words
 * point to) through Sveltia's getCollection; a class, since the bundle exposes React's
 * createClass (window.createClass) and no hooks.
 */
function withExtra(h: H, collection: ConfigCollection) {
  const template = templateFor(h, collection.fields)!;
  // In Spanish, the page with the English file's facts (how urgent, where to go).
  const render: typeof template = (props, extra) =>
    template(withFacts(props, collection.fields), extra);
  const createClass = (window as unknown as { createClass?: (spec: object) => unknown })
    .createClass;
  if (!createClass) return render;
  return createClass({
    getInitialState: () => ({ extra: {} as Extra, key: '' }),
    componentDidMount(this: Loader) {
      this.load();
    },
    componentDidUpdate(this: Loader) {
      this.load();
    },
    load(this: Loader) {
      const props = this.props as Props;
      const slug = String(props.entry.get('slug') ?? '');
      const data = dataOf(withFacts(props, collection.fields));
      const wants = extraFor(collection.fields, data);
      const key = JSON.stringify([slug, wants]);
      if (key === this.state.key) return;
      this.setState({ key });
      const get = (name: string, id: string) =>
        id
          ? props.getCollection(name, id).then(plain, () => null)
          : Promise.resolve<Record<string, unknown> | null>(null);
      void Promise.all([
        wants.saved ? get(collection.name, slug) : undefined,
        wants.target ? get(wants.target.collection, wants.target.slug) : undefined,
      ]).then(([saved, target]) => {
        if (this.state.key !== key) return;
        this.setState({
          extra: {
            ...(wants.saved && { saved }),
            ...(wants.target && {
              target: target ? { collection: wants.target.collection, data: target } : null,
            }),
          },
        });
      });
    },
    render(this: Loader) {
      return render(this.props as Props, this.state.extra);
    },
  });
}
interface Loader {
  props: unknown;
  state: { extra: Extra; key: string };
  setState(state: Partial<Loader['state']>): void;
  load(): void;
}

/** Real lists of signs, as the site builds them, for the warning-signs block's preview. */
const WARNING_LISTS = '/admin/warning-lists/';
let warningLists: Document | undefined;

async function loadWarningLists() {
  const html = await (await fetch(WARNING_LISTS)).text();
  warningLists = new DOMParser().parseFromString(html, 'text/html');
}

async function loadConfig(): Promise<Config | undefined> {
  const url = document.querySelector<HTMLLinkElement>('link[rel="cms-config-url"]')?.href;
  if (!url) return undefined;
  return (await (await fetch(url)).json()) as Config;
}

function registerPreviews(config: Config) {
  CMS.registerPreviewStyle(PREVIEW_STYLESHEET);
  // React's createElement, which the bundle exposes for preview templates.
  const h = (window as unknown as { h: H }).h;
  for (const collection of config.collections) {
    if (templateFor(h, collection.fields)) {
      CMS.registerPreviewTemplate(collection.name, withExtra(h, collection) as never);
    }
  }
}

/** An Immutable Map as the preSave event passes the entry, as far as it is read here. */
interface SavingEntry {
  get(key: 'collection'): unknown;
  getIn(path: string[]): { toJS(): Record<string, unknown> } | undefined;
  setIn(path: string[], value: unknown): SavingEntry;
}

/**
 * Before an entry is saved, its Spanish data loses any fact: a fact lives in the English file
 * only. The Spanish pane never shows one, but "Copy from English" copies every text of the
 * entry (a source's title too), which would otherwise be written to the Spanish file.
 */
function keepFactsInEnglish(config: Config) {
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const saving = entry as unknown as SavingEntry;
      const collection = config.collections.find((c) => c.name === saving.get('collection'));
      if (!collection?.i18n) return undefined;
      let out = saving;
      for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
        const data = saving.getIn(['i18n', locale, 'data']);
        if (data)
          out = out.setIn(['i18n', locale, 'data'], withoutFacts(data.toJS(), collection.fields));
      }
      return out as never;
    },
  });
}

CMS.registerEditorComponent({
  id: WARNING_SIGNS_COMPONENT,
  label: 'Warning signs',
  icon: 'emergency',
  mode: 'dialog',
  summary: 'Warning signs: {{tier}}, {{variant}}',
  fields: WARNING_SIGNS_FIELDS as never,
  pattern: WARNING_SIGNS_PATTERN,
  fromBlock,
  toBlock: (props) => toBlock(props as Partial<WarningSignsBlock>),
  toPreview: (props) => {
    const tag = toBlock(props as Partial<WarningSignsBlock>);
    const list = warningLists?.querySelector(`template[data-tag='${tag}']`) as
      HTMLTemplateElement | null | undefined;
    const box = document.createElement('div');
    box.dataset.preview = 'warning-signs-block';
    if (list) box.append(list.content.cloneNode(true));
    else {
      box.className = 'callout';
      box.textContent = describeBlock(props as Partial<WarningSignsBlock>);
    }
    return box;
  },
});

async function start() {
  const [config] = await Promise.all([
    loadConfig(),
    loadWarningLists().catch((error: unknown) =>
      console.warn('Warning-sign lists show as words:', error),
    ),
  ]);
  if (!config) return CMS.init();
  noFutureDates(config.collections.flatMap((c) => c.fields));
  registerPreviews(config);
  keepFactsInEnglish(config);
  return CMS.init({ config: { ...config, load_config_file: false } as never });
}

start().catch((error: unknown) => {
  console.warn('Page previews are off:', error);
  return CMS.init();
});
