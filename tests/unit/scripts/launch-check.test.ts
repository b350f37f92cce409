/**
 * `npm run launch-check` as staff run it: on the project as it stands (no review recorded, no
 * contact details supplied, no production settings) it lists each missing item with where to
 * change it, and exits non-zero.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

describe('npm run launch-check', () => {
  it('lists the missing items and exits 1', () => {
    const env = { ...process.env };
    for (const name of ['SITE_URL', 'CMS_GITHUB_REPO', 'CMS_AUTH_URL', 'NETLIFY', 'LAUNCH'])
      delete env[name];
    const run = spawnSync(process.execPath, ['scripts/launch-check.ts'], { env, encoding: 'utf8' });
    expect(run.status).toBe(1);
    const missing = run.stdout.split('\n').filter((line) => line.startsWith('MISSING'));
    expect(missing).toHaveLength(10);
    expect(run.stdout).toMatch(/change: telephone in src\/lib\/clinic\.ts/);
    expect(run.stdout).toMatch(/\.github\/CODEOWNERS still names the placeholder/);
    expect(run.stdout).toMatch(/Not ready to launch: 10 of 10 items missing\./);
  });
});
