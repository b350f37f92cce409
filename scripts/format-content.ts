/**
 * `npm run format:content`: writes every content file the editor at /admin/ edits in the shape
 * the editor writes (scripts/shared/editor-format.ts), so that a Save in the editor changes only
 * what was edited. The words and values stay as they are. It reads the editor's configuration
 * from the build: run `npm run build` first.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { editorText } from './shared/editor-format.ts';
import { editorFiles } from './shared/editor-files.ts';

let changed = 0;
for (const { path, collection, locale } of editorFiles()) {
  const text = readFileSync(path, 'utf8');
  const shaped = editorText(collection, locale, text);
  if (shaped === text) continue;
  writeFileSync(path, shaped);
  console.log(`rewrote ${path}`);
  changed += 1;
}
console.log(`${changed} file(s) put in the editor's shape.`);
