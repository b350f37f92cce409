/**
 * The editor's warning-signs block writes the same `<WarningSigns>` tags the pages use, and
 * reads every tag in today's content back to the same options (so saving a page from the editor
 * never rewrites or loses a list).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { filesUnder } from '../../../../src/lib/files';
import {
  describeBlock,
  fromBlock,
  TIER_CHOICES,
  toBlock,
  VARIANT_CHOICES,
  WARNING_SIGNS_PATTERN,
} from '../../../../src/lib/cms/warning-signs-block';
import { tiers } from '../../../../src/lib/triage';
import { warningListVariant } from '../../../../src/lib/warning-list-variants';

const CONTENT = 'src/content';
const allTagsInContent = filesUnder(CONTENT)
  .filter((file) => file.endsWith('.mdx'))
  .flatMap((file) => readFileSync(file, 'utf8').match(/^\s*<WarningSigns\b[^>]*>/gm) ?? [])
  // A long tag is spread over lines by the formatter; one line each, as the editor sees it.
  .map((tag) => tag.trim().replace(/\s+/g, ' '));
/** Tags of a form the editor does not offer (a page's picked signs) stay text in the editor. */
const notFromEditor = (tag: string) => {
  const variant = /variant="([a-z]+)"/.exec(tag)?.[1] ?? 'full';
  return !VARIANT_CHOICES.some((choice) => choice.value === variant);
};
const tagsInContent = allTagsInContent.filter((tag) => !notFromEditor(tag));

describe('warning-signs block', () => {
  it('offers every tier the site knows, and "all"', () => {
    expect(TIER_CHOICES.map((c) => c.value)).toEqual(['all', ...tiers]);
  });

  it('offers staff every form but the clinician’s reference list', () => {
    expect(VARIANT_CHOICES.map((c) => c.value)).toEqual(['full', 'short', 'link', 'legs']);
  });

  it('finds the lists in today’s content', () => {
    expect(tagsInContent.length).toBeGreaterThan(20);
  });

  it.each([...new Set(tagsInContent)])('reads %s and writes it back unchanged', (tag) => {
    const match = tag.match(WARNING_SIGNS_PATTERN);
    expect(match, `the block recognises ${tag}`).not.toBeNull();
    expect(toBlock(fromBlock(match!))).toBe(tag);
  });

  it('writes each option as the tag WarningSigns.astro reads, defaults left out', () => {
    expect(toBlock({ tier: 'all', variant: 'full' })).toBe('<WarningSigns />');
    expect(toBlock({ tier: 'urgent', variant: 'full' })).toBe('<WarningSigns tier="urgent" />');
    expect(toBlock({ tier: 'emergency', variant: 'short' })).toBe(
      '<WarningSigns tier="emergency" variant="short" />',
    );
  });

  it('writes the leg sentence with no tier, which it does not take', () => {
    expect(toBlock({ tier: 'urgent', variant: 'legs' })).toBe('<WarningSigns variant="legs" />');
    expect(fromBlock('<WarningSigns variant="legs" />'.match(WARNING_SIGNS_PATTERN)!)).toEqual({
      tier: 'all',
      variant: 'legs',
    });
    expect(describeBlock({ variant: 'legs' })).toMatch(/leg numbness and weakness/i);
  });

  it('leaves a tag it does not write (level, the reference list) to the text, untouched', () => {
    expect('<WarningSigns tier="emergency" level={3} />').not.toMatch(WARNING_SIGNS_PATTERN);
    expect('<WarningSigns tier="urgent" variant="reference" />').not.toMatch(WARNING_SIGNS_PATTERN);
    expect('<WarningSigns signs="fever cough-pain" variant="picked" />').not.toMatch(
      WARNING_SIGNS_PATTERN,
    );
    for (const tag of allTagsInContent.filter(notFromEditor)) {
      expect(tag).not.toMatch(WARNING_SIGNS_PATTERN);
    }
  });

  it('tells staff in the editor which signs show, in which form', () => {
    expect(describeBlock({ tier: 'emergency', variant: 'full' })).toBe(
      'Warning signs. Emergency: call 911 now. Full list: each sign with an example, where to go, and what to do. The signs come from the Warning signs section.',
    );
  });

  it('an unknown variant typed by hand stops the build, naming the ones that exist', () => {
    expect(() => warningListVariant('compact')).toThrow(
      /variant="compact".*full, short, link, legs, picked, reference/,
    );
    expect(warningListVariant(undefined)).toBe('full');
  });
});
