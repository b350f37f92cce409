/**
 * `npm run pr-check` on a scratch Git repository: the thin script finds the content files a
 * branch changed against its base, reads the description file, prints the check's report and
 * exits 1 only while there is a problem. The rules themselves are tested on their own
 * (tests/unit/lib/pull-request-check.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync, execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SCRIPT = resolve('scripts/pr-check.ts');
const FEVER = 'src/content/warning-signs/fever.yaml';
let repo: string;
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.test', ...args], {
    cwd: repo,
  });
const run = (...args: string[]) =>
  spawnSync(process.execPath, [SCRIPT, '--base', 'main', ...args], { cwd: repo, encoding: 'utf8' });

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'pr-check-'));
  mkdirSync(join(repo, 'src/content/warning-signs'), { recursive: true });
  copyFileSync(FEVER, join(repo, FEVER));
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'base');
  git('checkout', '-qb', 'change');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('npm run pr-check', () => {
  it('passes a clean tree', () => {
    const result = run();
    expect(result.stdout).toMatch(/No warning sign, quiz fact or rule changes/);
    expect(result.status).toBe(0);
  });

  it('fails a lowering until the description has the sign-off line', () => {
    const lowered = readFileSync(FEVER, 'utf8')
      .replace(/^tier: urgent$/m, 'tier: doctor')
      .replace(/^place: same-day$/m, 'place: primary-care');
    writeFileSync(join(repo, FEVER), lowered);
    git('commit', '-qam', 'lower fever');

    const unsigned = run();
    expect(unsigned.stdout).toMatch(
      /\*\*A fever or chills: today.*→ within 1 to 3 days, primary care \(LOWER\)\*\*/,
    );
    expect(unsigned.stdout).toMatch(/fever\.yaml: tier: lowers how urgent/);
    expect(unsigned.status).toBe(1);

    const description = join(repo, 'description.txt');
    writeFileSync(description, 'Clinical sign-off: Dr. Jonathan Solomon\n');
    const signed = run('--description-file', description);
    expect(signed.stdout).toMatch(/Clinical sign-off: Dr\. Jonathan Solomon, DC\./);
    expect(signed.status).toBe(0);
  });
});
