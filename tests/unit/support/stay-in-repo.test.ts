import { readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insideAllowed, takeOutsideReads } from '../../support/stay-in-repo';

describe('the repository guard', () => {
  it('notes a read beside the repository, as of a sibling folder only this team has', () => {
    const sibling = resolve('..', 'shared-notes-that-a-clone-lacks', 'facts.md');
    expect(() => readFileSync(sibling)).toThrow();
    expect(() => readdirSync(resolve('..', 'shared-notes-that-a-clone-lacks'))).toThrow();
    expect(takeOutsideReads()).toEqual([sibling, resolve('..', 'shared-notes-that-a-clone-lacks')]);
  });

  it('notes promise-based reads too', async () => {
    await expect(readFile('/nowhere-in-this-repo/notes.md')).rejects.toThrow();
    expect(takeOutsideReads()).toEqual(['/nowhere-in-this-repo/notes.md']);
  });

  it('lets tests read the repository and the system folders', () => {
    readFileSync('package.json');
    readFileSync(join('docs', 'source-notes', 'README.md'));
    expect(takeOutsideReads()).toEqual([]);
  });

  it('tells a folder inside a root from one that only starts with its name', () => {
    expect(insideAllowed('/work/main/src', ['/work/main'])).toBe(true);
    expect(insideAllowed('/work/main', ['/work/main'])).toBe(true);
    expect(insideAllowed('/work/main-old/src', ['/work/main'])).toBe(false);
    expect(insideAllowed('/work/shared/brief', ['/work/main'])).toBe(false);
  });
});
