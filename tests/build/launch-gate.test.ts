/**
 * The production switch in a real `astro build`: with LAUNCH=1 on the project as it stands (no
 * clinical review, no contact details, the placeholder address) the build stops before building
 * anything and names each missing item. The passing side (everything supplied) is tested on the
 * gate itself in tests/unit/integrations/review-gate.test.ts, which a full build would only slow.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

describe('LAUNCH=1 astro build', () => {
  it('stops before building, naming what the site lacks', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, LAUNCH: '1' };
    for (const name of ['SITE_URL', 'CMS_GITHUB_REPO', 'CMS_AUTH_URL', 'NETLIFY']) delete env[name];
    // A separate output folder: the stopped build must never touch dist/, which other tests read.
    const run = spawnSync(
      process.execPath,
      [
        'node_modules/astro/bin/astro.mjs',
        'build',
        '--outDir',
        'node_modules/.cache/launch-gate-dist',
      ],
      { env, encoding: 'utf8' },
    );
    const output = run.stdout + run.stderr;
    expect(run.status).not.toBe(0);
    expect(output).toMatch(/LAUNCH=1: 10 item\(s\) the site needs before it goes live are missing/);
    for (const item of [
      'Clinical review',
      'Clinic phone number',
      "clinician's approval",
      'SITE_URL',
      'CMS_GITHUB_REPO',
    ])
      expect(output).toContain(item);
  }, 120_000);
});
