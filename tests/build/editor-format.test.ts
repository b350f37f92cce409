/**
 * Every content file the editor at /admin/ edits is in the shape the editor writes
 * (scripts/shared/editor-format.ts). The editor writes every language's file of an entry on each
 * Save; in this shape a file it did not change comes back byte for byte, so a Spanish fix leaves
 * the English file (which the clinician approves) as it was.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { editorText } from '../../scripts/shared/editor-format';
import { editorCollections, editorFiles } from '../../scripts/shared/editor-files';

const collections = editorCollections();

describe('content files are in the shape the editor writes', () => {
  for (const collection of collections) {
    it(`${collection.name}, in every language it has`, () => {
      const files = editorFiles([collection]);
      expect(files.length).toBeGreaterThan(0);
      const outOfShape = files
        .filter(({ path, locale }) => {
          const text = readFileSync(path, 'utf8');
          return editorText(collection, locale, text) !== text;
        })
        .map(({ path }) => `${path}\n`);
      expect(
        outOfShape.join(''),
        'run `npm run format:content` to put them in the editor’s shape',
      ).toBe('');
    });
  }
});
