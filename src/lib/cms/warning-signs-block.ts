/**
 * The `<WarningSigns>` list as an editor component: staff insert a list of warning signs from
 * the editor's Insert menu and pick which signs and which form (`variant`), instead of typing
 * signs by hand. The component only writes the tag; the signs themselves always come from
 * src/content/warning-signs/ when the site is built. The forms and their words are
 * src/lib/warning-list-variants.ts, which WarningSigns.astro reads too.
 *
 * Pure, importing only the tiers' words: the editor's browser bundle
 * (src/integrations/admin-cms/entry.ts) and the generated configuration (./config.ts, which
 * enables the component on every page-text field) both import it.
 */
import { tierText } from '../words/en/how-soon.ts';
import { EMERGENCY_NUMBER } from '../emergency.ts';
import {
  DEFAULT_VARIANT,
  warningListVariants,
  type WarningListVariantId,
} from '../warning-list-variants.ts';

/** The component's id, as listed in a page-text field's `editor_components`. */
export const WARNING_SIGNS_COMPONENT = 'warning-signs';

/**
 * Tiers as WarningSigns.astro's `tier` prop takes them; `all` leaves the prop out. The editor's
 * tier field on warning signs uses the same labels (./config.ts). How soon each tier is comes
 * from the tiers' own words (`tierText`), so a change there shows here too.
 */
export const TIER_CHOICES = [
  { value: 'all', label: 'All three: emergency, urgent and doctor' },
  { value: 'emergency', label: `Emergency: call ${EMERGENCY_NUMBER} ${tierText.emergency.when}` },
  { value: 'urgent', label: `Urgent: medical care ${tierText.urgent.when}` },
  { value: 'doctor', label: `Doctor: a medical doctor ${tierText.doctor.when}` },
] as const;

/** The forms staff may insert (the clinician's reference list is one page's, not theirs). */
export const VARIANT_CHOICES = Object.entries(warningListVariants)
  .filter(([, variant]) => variant.inEditor)
  .map(([value, variant]) => ({ value: value as WarningListVariantId, label: variant.label }));

export interface WarningSignsBlock {
  tier: (typeof TIER_CHOICES)[number]['value'];
  variant: WarningListVariantId;
}

const variantPattern = VARIANT_CHOICES.map((c) => c.value).join('|');

/** One tag on a line of its own, with only the attributes this component writes. */
export const WARNING_SIGNS_PATTERN = new RegExp(
  `^<WarningSigns((?:\\s+(?:tier="(?:emergency|urgent|doctor)"|variant="(?:${variantPattern})"))*)\\s*\\/>$`,
  'm',
);

/** The tag's options, from a match of WARNING_SIGNS_PATTERN. */
export function fromBlock(match: RegExpMatchArray): WarningSignsBlock {
  const attrs = match[1] ?? '';
  const tier = /tier="([a-z]+)"/.exec(attrs)?.[1] as WarningSignsBlock['tier'] | undefined;
  const variant = /variant="([a-z]+)"/.exec(attrs)?.[1] as WarningListVariantId | undefined;
  return { tier: tier ?? 'all', variant: variant ?? DEFAULT_VARIANT };
}

const takesTier = (options: Partial<WarningSignsBlock>) =>
  warningListVariants[options.variant ?? DEFAULT_VARIANT].takesTier;

/** The tag for these options, attributes always in the same order, defaults left out. */
export function toBlock(options: Partial<WarningSignsBlock>): string {
  const tier =
    takesTier(options) && options.tier && options.tier !== 'all' ? ` tier="${options.tier}"` : '';
  const variant =
    options.variant && options.variant !== DEFAULT_VARIANT ? ` variant="${options.variant}"` : '';
  return `<WarningSigns${tier}${variant} />`;
}

/** What the editor says the block is, when it cannot show the signs themselves. */
export function describeBlock(options: Partial<WarningSignsBlock>): string {
  const form = warningListVariants[options.variant ?? DEFAULT_VARIANT].label;
  const tier = takesTier(options)
    ? ` ${TIER_CHOICES.find((c) => c.value === (options.tier ?? 'all'))!.label}.`
    : '';
  return `Warning signs.${tier} ${form}. The signs come from the Warning signs section.`;
}

/** The component's fields in Sveltia CMS's configuration shape. */
export const WARNING_SIGNS_FIELDS = [
  {
    name: 'tier',
    label: 'Which signs',
    hint: 'Leg numbness and weakness shows its own four signs, whichever you choose here.',
    widget: 'select',
    default: 'emergency',
    options: TIER_CHOICES.map((c) => ({ ...c })),
  },
  {
    name: 'variant',
    label: 'How they show',
    widget: 'select',
    default: 'short',
    options: VARIANT_CHOICES.map((c) => ({ ...c })),
  },
];
