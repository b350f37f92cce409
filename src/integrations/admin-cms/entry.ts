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
import { templateFor, type H, type PreviewField } from './previews.ts';
import {
  describeBlock,
  fromBlock,
  toBlock,
  WARNING_SIGNS_COMPONENT,
  WARNING_SIGNS_FIELDS,
  WARNING_SIGNS_PATTERN,
  type WarningSignsBlock,
} from '../../lib/cms/warning-signs-block.ts';

/** The site's stylesheet plus the few page-layout rules the preview needs (src/pages/admin/). */
export const PREVIEW_STYLESHEET = '/admin/preview.css';

interface ConfigCollection {
  name: string;
  fields: PreviewField[];
}

async function registerPreviews() {
  CMS.registerPreviewStyle(PREVIEW_STYLESHEET);
  const url = document.querySelector<HTMLLinkElement>('link[rel="cms-config-url"]')?.href;
  if (!url) return;
  const { collections } = (await (await fetch(url)).json()) as { collections: ConfigCollection[] };
  // React's createElement, which the bundle exposes for preview templates.
  const h = (window as unknown as { h: H }).h;
  for (const collection of collections) {
    const template = templateFor(h, collection.fields);
    if (template) CMS.registerPreviewTemplate(collection.name, template as never);
  }
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
    const box = document.createElement('p');
    box.className = 'callout';
    box.textContent = describeBlock(props as Partial<WarningSignsBlock>);
    return box;
  },
});

registerPreviews()
  .catch((error: unknown) => console.warn('Page previews are off:', error))
  .finally(() => CMS.init());
