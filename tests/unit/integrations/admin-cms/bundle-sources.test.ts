/**
 * The editor's bundle is cached by a key over its inputs: every project file its entry reaches
 * must be among them, or an edit to a shared module in src/lib would ship a stale editor.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { bundleSources } from '../../../../src/integrations/admin-cms/index';

describe('bundleSources', () => {
  const sources = bundleSources(resolve('src/integrations/admin-cms/entry.ts')).map((file) =>
    file.slice(resolve('.').length + 1),
  );

  it('follows the entry into src/lib, through modules that import without an extension', () => {
    expect(sources).toContain('src/integrations/admin-cms/previews.ts');
    expect(sources).toContain('src/lib/cms/warning-signs-block.ts');
    // warning-signs-block.ts → warning-signs.ts → './content-schemas' (no extension written)
    expect(sources).toContain('src/lib/warning-signs.ts');
    expect(sources).toContain('src/lib/content-schemas.ts');
  });

  it('lists only project files, never packages', () => {
    expect(sources.every((file) => file.startsWith('src/'))).toBe(true);
  });
});
