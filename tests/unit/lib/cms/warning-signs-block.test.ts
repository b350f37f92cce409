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
  WARNING_SIGNS_PATTERN,
} from '../../../../src/lib/cms/warning-signs-block';
import { warningTiers } from '../../../../src/lib/content-schemas';

const CONTENT = 'src/content';
const tagsInContent = filesUnder(CONTENT)
  .filter((file) => file.endsWith('.mdx'))
  .flatMap((file) => readFileSync(file, 'utf8').match(/^<WarningSigns\b.*$/gm) ?? []);

describe('warning-signs block', () => {
  it('offers every tier the site knows, and "all"', () => {
    expect(TIER_CHOICES.map((c) => c.value)).toEqual(['all', ...warningTiers]);
  });

  it.each([...new Set(tagsInContent)])('reads %s and writes it back unchanged', (tag) => {
    const match = tag.match(WARNING_SIGNS_PATTERN);
    expect(match, `the block recognises ${tag}`).not.toBeNull();
    expect(toBlock(fromBlock(match!))).toBe(tag);
  });

  it('writes each option as the tag WarningSigns.astro reads', () => {
    expect(toBlock({ tier: 'all', form: 'full', why: false })).toBe('<WarningSigns />');
    expect(toBlock({ tier: 'urgent', form: 'full', why: true })).toBe(
      '<WarningSigns tier="urgent" why />',
    );
    expect(toBlock({ tier: 'emergency', form: 'compact', why: false })).toBe(
      '<WarningSigns tier="emergency" compact />',
    );
  });

  it('drops "why" from a short list or a link, which have no room for it', () => {
    expect(toBlock({ tier: 'doctor', form: 'link', why: true })).toBe(
      '<WarningSigns tier="doctor" link />',
    );
    expect(describeBlock({ tier: 'doctor', form: 'compact', why: true })).not.toMatch(/why/i);
  });

  it('writes the leg sentence with no tier or "why", which it does not take', () => {
    expect(toBlock({ tier: 'urgent', form: 'legs', why: true })).toBe('<WarningSigns legs />');
    expect(fromBlock('<WarningSigns legs />'.match(WARNING_SIGNS_PATTERN)!).form).toBe('legs');
    expect(describeBlock({ form: 'legs' })).toMatch(/leg numbness and weakness/i);
  });

  it('leaves a tag with options it does not know (level, anchors) to the text, untouched', () => {
    expect('<WarningSigns tier="emergency" level={3} />').not.toMatch(WARNING_SIGNS_PATTERN);
  });

  it('tells staff in the editor which signs show, in which form', () => {
    expect(describeBlock({ tier: 'emergency', form: 'full', why: true })).toBe(
      'Warning signs. Emergency: call 911 now. Full list: each sign with an example, and what to do. With why each sign matters. The signs come from the Warning signs section.',
    );
  });
});
