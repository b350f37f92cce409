/**
 * `npm run pr-check`: the pull request's check (src/lib/pull-request-check.ts) on this
 * repository. It compares the content files changed since the branch left the base
 * (`--base <ref>`; in GitHub Actions, the pull request's base branch; otherwise origin/main or
 * main), reads
 * the description from the pull request's event (or `--description-file <file>`), prints the
 * list of urgency and place changes and any problems, adds them to the job's summary, and
 * exits 1 while there is a problem.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { changedContentFiles, defaultBase } from '../src/lib/changed-content.ts';
import { checkPullRequest, formatCheck } from '../src/lib/pull-request-check.ts';

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};

const base = arg('--base') ?? defaultBase(process.env);
const files = changedContentFiles(base);
if (!files) {
  console.error(`pr-check: Git cannot find "${base}"; fetch it, or pass --base <branch>.`);
  process.exit(2);
}

function description(): string {
  const file = arg('--description-file');
  if (file) return readFileSync(file, 'utf8');
  const event = process.env.GITHUB_EVENT_PATH;
  if (event && existsSync(event)) {
    const payload = JSON.parse(readFileSync(event, 'utf8')) as {
      pull_request?: { body?: string | null };
    };
    return payload.pull_request?.body ?? '';
  }
  return '';
}

const result = checkPullRequest(files, description());
const report = formatCheck(result);
console.log(report);
if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, report);
if (result.problems.length > 0) process.exitCode = 1;
