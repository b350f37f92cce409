import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectLastModified, readUpdated } from '../../../src/lib/lastmod';
import { siteUpdated } from '../../../src/lib/site';

const mdx = (date: string) => `---\ntitle: X\nupdated: ${date}\n---\n\nBody`;

describe('readUpdated', () => {
  it('reads the date from frontmatter', () => {
    expect(readUpdated(mdx('2026-03-04'))?.toISOString()).toBe('2026-03-04T00:00:00.000Z');
  });
  it('returns undefined without frontmatter or with a bad date', () => {
    expect(readUpdated('# no frontmatter')).toBeUndefined();
    expect(readUpdated(mdx('someday'))).toBeUndefined();
  });
});

describe('collectLastModified', () => {
  it('dates each entry, its section (newest entry) and the home page (newest of all)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lastmod-'));
    mkdirSync(join(dir, 'causes'));
    writeFileSync(join(dir, 'causes', 'a.mdx'), mdx('2020-01-01'));
    writeFileSync(join(dir, 'causes', 'b.mdx'), mdx('2021-06-01'));
    const dates = collectLastModified(dir);
    expect(dates.get('/causes/a/')?.toISOString().slice(0, 10)).toBe('2020-01-01');
    expect(dates.get('/causes/')?.toISOString().slice(0, 10)).toBe('2021-06-01');
    expect(dates.get('/about/')?.toISOString().slice(0, 10)).toBe(siteUpdated);
    expect(dates.get('/')!.getTime()).toBeGreaterThanOrEqual(new Date('2021-06-01').getTime());
  });
});
