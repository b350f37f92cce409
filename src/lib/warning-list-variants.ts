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

/** The variant a tag names, or an error naming the ones that exist. */
export function warningListVariant(value: string | undefined): WarningListVariantId {
  const id = value ?? DEFAULT_VARIANT;
  if (!(warningListVariantIds as string[]).includes(id)) {
    throw new Error(
      `<WarningSigns variant="${id}">: no such variant. Use one of: ${warningListVariantIds.join(', ')}.`,
    );
  }
  return id as WarningListVariantId;
}
