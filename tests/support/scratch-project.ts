/**
 * A throwaway copy of the project for the content-error tests: a broken fixture is dropped into
 * a content folder of the copy and `astro sync` (the build's content step) runs there, so the
 * real src/content is never touched and the test sees the same message an editor would.
 */
import { copyFileSync, cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = resolve('.');

/** What the content step needs; node_modules is linked, not copied, to keep this fast. */
const COPIED = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Copies the project into a new temporary folder named after `prefix`; returns its path. */
export function createScratchProject(prefix: string): string {
  const scratch = mkdtempSync(join(tmpdir(), `${prefix}-`));
  for (const item of COPIED) cpSync(join(root, item), join(scratch, item), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
  return scratch;
}

interface SyncResult {
  status: number | null;
  /** stdout and stderr together, without colour codes, for matching file and field names. */
  output: string;
}

/**
 * Puts `fixture` into src/content/`collection`/ of the scratch copy, runs `astro sync`, and
 * takes the fixture out again (even if the run throws) so each case starts from a clean copy.
 */
export function syncWithFixture(scratch: string, collection: string, fixture: string): SyncResult {
  const target = join(scratch, 'src/content', collection, basename(fixture));
  copyFileSync(fixture, target);
  try {
    const run = spawnSync(join(root, 'node_modules/.bin/astro'), ['sync'], {
      cwd: scratch,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(target);
  }
}

export function removeScratchProject(scratch: string): void {
  rmSync(scratch, { recursive: true, force: true });
}
