/**
 * The forms a list of warning signs takes: `<WarningSigns variant="…">`
 * (src/components/warning-signs/WarningSigns.astro), in one home. The component reads which
 * forms exist here, the editor's Insert > Warning signs block offers the ones staff may use
 * (`inEditor`), with these words, and the staff guide shows an example of each.
 */
interface WarningListVariant {
  /** What the form shows, in the editor's words. */
  label: string;
  /** Whether `tier` picks which signs show (the leg sentence covers its own four signs). */
  takesTier: boolean;
  /** Whether `signs` picks which signs show (and must: the form shows nothing else). */
  takesSigns?: boolean;
  /** Whether staff may insert it from the editor. */
  inEditor: boolean;
}

export const warningListVariants = {
  full: {
    label: 'Full list: each sign with an example, where to go, and what to do',
    takesTier: true,
    inEditor: true,
  },
  short: {
    label: 'Short list: each sign in a few words, where to go, and a link to the full list',
    takesTier: true,
    inEditor: true,
  },
  link: {
    label: 'Only a link to the full list',
    takesTier: true,
    inEditor: true,
  },
  legs: {
    label: 'Only leg numbness and weakness: how soon each needs a doctor',
    takesTier: false,
    inEditor: true,
  },
  /**
   * Only the signs and combinations a page names in `signs` (file names from
   * src/content/warning-signs/, about-you/ and triage-rules/), grouped by their own tier, each
   * group led by how soon and closed by where to go. For a page that speaks of a few signs: it
   * says their urgency from the records instead of the page's own words. It needs the ids, which
   * the editor's block does not ask for, so the editor leaves such a tag as written.
   */
  picked: {
    label: 'Only the signs this page names, each under how soon it needs care and where to go',
    takesTier: false,
    takesSigns: true,
    inEditor: false,
  },
  /**
   * The full list with each sign's reason, source and note, and the tier's facts: the
   * clinician's view. Its tiers get the ids #emergency, #urgent and #doctor, which links point
   * to, and weigh more in search, so only "When to see a doctor" uses it.
   */
  reference: {
    label:
      'Full list with why each sign matters and its source (the When to see a doctor page only)',
    takesTier: true,
    inEditor: false,
  },
} as const satisfies Record<string, WarningListVariant>;

export type WarningListVariantId = keyof typeof warningListVariants;

/** The form a tag gets when it names none. */
export const DEFAULT_VARIANT: WarningListVariantId = 'full';

const warningListVariantIds = Object.keys(warningListVariants) as WarningListVariantId[];
const signsVariants = warningListVariantIds.filter(
  (id) => (warningListVariants[id] as WarningListVariant).takesSigns,
);

/**
 * The variant a tag names, or an error naming the ones that exist; also an error where the tag's
 * `signs` or `tier` does not fit the form (a list of picked signs has no tier, and only it takes
 * signs), since MDX is typed by hand and a mismatched prop would be silently ignored.
 */
export function warningListVariant(
  value: string | undefined,
  props: { tier?: string; signs?: string } = {},
): WarningListVariantId {
  const id = value ?? DEFAULT_VARIANT;
  if (!(warningListVariantIds as string[]).includes(id)) {
    throw new Error(
      `<WarningSigns variant="${id}">: no such variant. Use one of: ${warningListVariantIds.join(', ')}.`,
    );
  }
  const variant: WarningListVariant = warningListVariants[id as WarningListVariantId];
  if (variant.takesSigns && props.signs === undefined) {
    throw new Error(`<WarningSigns variant="${id}">: name the signs to show in signs="…".`);
  }
  if (!variant.takesSigns && props.signs !== undefined) {
    throw new Error(
      `<WarningSigns signs="${props.signs}">: only variant="${signsVariants.join('" or "')}" takes signs; add it or drop signs.`,
    );
  }
  if (variant.takesSigns && props.tier !== undefined) {
    throw new Error(
      `<WarningSigns variant="${id}" tier="${props.tier}">: the picked signs keep their own tiers; drop tier.`,
    );
  }
  return id as WarningListVariantId;
}
