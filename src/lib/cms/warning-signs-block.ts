/**
 * The `<WarningSigns>` list as an editor component: staff insert a list of warning signs from
 * the editor's Insert menu and pick its options, instead of typing signs by hand. The component
 * only writes the tag; the signs themselves always come from src/content/warning-signs/ when the
 * site is built (src/components/warning-signs/WarningSigns.astro documents the tag).
 *
 * Pure, importing only the tiers' words: the editor's browser bundle
 * (src/integrations/admin-cms/entry.ts) and the generated configuration (./config.ts, which
 * enables the component on every page-text field) both import it.
 */
import { tierText } from '../warning-signs.ts';
import { EMERGENCY_NUMBER } from '../site.ts';

/** The component's id, as listed in a page-text field's `editor_components`. */
export const WARNING_SIGNS_COMPONENT = 'warning-signs';

/**
 * Tiers as WarningSigns.astro's `tier` prop takes them; `all` leaves the prop out. The editor's
 * tier field on warning signs uses the same labels (src/lib/cms/config.ts). How soon each tier
 * is comes from the tiers' own words (`tierText`), so a change there shows here too.
 */
export const TIER_CHOICES = [
  { value: 'all', label: 'All three: emergency, urgent and doctor' },
  { value: 'emergency', label: `Emergency: call ${EMERGENCY_NUMBER} ${tierText.emergency.when}` },
  { value: 'urgent', label: `Urgent: medical care ${tierText.urgent.when}` },
  { value: 'doctor', label: `Doctor: a medical doctor ${tierText.doctor.when}` },
] as const;

/**
 * How the list shows: WarningSigns.astro's `compact`, `link` or `legs` props, or none (`legs`
 * is one sentence about the leg signs, so it takes no tier).
 */
export const FORM_CHOICES = [
  { value: 'full', label: 'Full list: each sign with an example, and what to do' },
  { value: 'compact', label: 'Short list: each sign in a few words, and what to do' },
  { value: 'link', label: 'Only a link to the full list' },
  { value: 'legs', label: 'Only leg numbness and weakness: how soon each needs a doctor' },
] as const;

export interface WarningSignsBlock {
  tier: (typeof TIER_CHOICES)[number]['value'];
  form: (typeof FORM_CHOICES)[number]['value'];
  /** Full lists only: each sign's "why it matters" line. */
  why: boolean;
}

/** One tag on a line of its own, with only the attributes this component writes. */
export const WARNING_SIGNS_PATTERN =
  /^<WarningSigns((?:\s+(?:tier="(?:emergency|urgent|doctor)"|compact|link|legs|why))*)\s*\/>$/m;

/** The tag's options, from a match of WARNING_SIGNS_PATTERN. */
export function fromBlock(match: RegExpMatchArray): WarningSignsBlock {
  const attrs = match[1] ?? '';
  const tier = /tier="([a-z]+)"/.exec(attrs)?.[1] as WarningSignsBlock['tier'] | undefined;
  const has = (name: string) => new RegExp(`(^|\\s)${name}(\\s|$)`).test(attrs);
  return {
    tier: tier ?? 'all',
    form: has('legs') ? 'legs' : has('link') ? 'link' : has('compact') ? 'compact' : 'full',
    why: has('why'),
  };
}

/** The tag for these options, attributes always in the same order. */
export function toBlock(options: Partial<WarningSignsBlock>): string {
  if (options.form === 'legs') return '<WarningSigns legs />';
  const tier = options.tier && options.tier !== 'all' ? ` tier="${options.tier}"` : '';
  const form = options.form === 'compact' || options.form === 'link' ? ` ${options.form}` : '';
  // "why" adds to full lists only; the short list and the link have no room for it.
  const why = options.why && (options.form ?? 'full') === 'full' ? ' why' : '';
  return `<WarningSigns${tier}${form}${why} />`;
}

/** What the editor shows in place of the tag: which signs, in which form. */
export function describeBlock(options: Partial<WarningSignsBlock>): string {
  if (options.form === 'legs') {
    return `Warning signs. ${FORM_CHOICES.find((c) => c.value === 'legs')!.label}. The signs come from the Warning signs section.`;
  }
  const tier = TIER_CHOICES.find((c) => c.value === (options.tier ?? 'all'))!.label;
  const form = FORM_CHOICES.find((c) => c.value === (options.form ?? 'full'))!.label;
  const why =
    options.why && (options.form ?? 'full') === 'full' ? ' With why each sign matters.' : '';
  return `Warning signs. ${tier}. ${form}.${why} The signs come from the Warning signs section.`;
}

/** The component's fields in Sveltia CMS's configuration shape. */
export const WARNING_SIGNS_FIELDS = [
  {
    name: 'tier',
    label: 'Which signs',
    widget: 'select',
    default: 'emergency',
    options: TIER_CHOICES.map((c) => ({ ...c })),
  },
  {
    name: 'form',
    label: 'How they show',
    widget: 'select',
    default: 'compact',
    options: FORM_CHOICES.map((c) => ({ ...c })),
  },
  {
    name: 'why',
    label: 'Add why each sign matters (full list only)',
    widget: 'boolean',
    default: false,
    required: false,
  },
];
