/**
 * The content files a branch changed, each before and after, for the pull request's check
 * (./pull-request-check.ts): from `npm run pr-check` in GitHub Actions, and from the build of
 * a deploy preview, whose /admin/changes/ page shows the same list. Reads Git and the files.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChangedFile } from './pull-request-check.ts';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

/**
 * Content files that differ between where the branch left `base` and the files as they are now
 * (committed or not); undefined when Git cannot find `base` (a shallow clone, no Git at all).
 */
export function changedContentFiles(base: string, cwd = '.'): ChangedFile[] | undefined {
  let since: string;
  try {
    since = git(cwd, 'merge-base', base, 'HEAD').trim();
  } catch {
    return undefined;
  }
  const paths = git(cwd, 'diff', '--name-only', '--no-renames', since, '--', 'src/content')
    .split('\n')
    .filter(Boolean);
  const before = (path: string) => {
    try {
      return git(cwd, 'show', `${since}:${path}`);
    } catch {
      return undefined;
    }
  };
  return paths.map((path) => ({
    path,
    before: before(path),
    after: existsSync(join(cwd, path)) ? readFileSync(join(cwd, path), 'utf8') : undefined,
  }));
}

/** The branch a build compares with: CHANGES_BASE, the origin's main if fetched, or main. */
export function defaultBase(env: Record<string, string | undefined>, cwd = '.'): string {
  if (env.CHANGES_BASE) return env.CHANGES_BASE;
  if (env.GITHUB_BASE_REF) return `origin/${env.GITHUB_BASE_REF}`;
  try {
    git(cwd, 'rev-parse', '--verify', '--quiet', 'origin/main');
    return 'origin/main';
  } catch {
    return 'main';
  }
}
