/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import LongestFirst from './tests/support/longest-first';

/**
 * Four projects, run together by `npm test` after the build (`npm run test:all`; Vitest spreads
 * their files over one worker per core, the slowest it remembers first):
 * - unit: pure logic in src/lib and components (fast, no dist/ needed);
 * - content: content-schema fixtures and the build's error messages;
 * - build: checks over the built pages in dist/;
 * - e2e: real Chromium against dist/ served locally.
 * A fifth, tools, tests the measuring tools (the build and search benchmarks, the local static
 * server, whose mistakes the browser tests would show): they guard no page, so
 * `npm run test:tools` runs them, not `npm test`. Tools that judge pages (the budget, the
 * Lighthouse assessment, the _headers parser, readability) keep their tests in unit.
 * Timeouts are ceilings, never measurements: a passing test returns long before them, and a
 * busy 2-core machine can run a heavy test (65,536 quiz subsets, html-validate over every
 * page) several times slower than Vitest's 5 s default allows.
 */
/** Tests of tools that measure (benchmarks, the local server): no page check relies on them. */
const TOOL_TESTS = [
  'tests/unit/scripts/bench/**',
  'tests/unit/scripts/search-bench/**',
  'tests/unit/scripts/search-eval/**',
  'tests/unit/scripts/shared/static-server.test.ts',
];

export default getViteConfig({
  test: {
    // One worker per core: left to itself Vitest ran one test file at a time on 2 cores.
    maxWorkers: '100%',
    // Test files in a worker share the modules they import (each file still runs afresh):
    // importing and transforming src/ again for every file was a third of the unit run. No
    // test relies on a fresh module; each sets up what it uses.
    isolate: false,
    sequence: { sequencer: LongestFirst },
    // Fails a test file that reads a file outside the repository (a clean clone lacks it).
    setupFiles: ['tests/support/stay-in-repo.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: TOOL_TESTS,
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'tools',
          include: TOOL_TESTS.map((glob) => (glob.endsWith('**') ? `${glob}/*.test.ts` : glob)),
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'content',
          include: ['tests/content/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // expect.poll waits for a state; its 1 s default is too short for a browser on a busy
          // machine. A ceiling only: a poll returns as soon as the state holds.
          expect: { poll: { timeout: 15_000 } },
          // Test files run side by side, one per core, and the crawl (tests/e2e/crawl.test.ts)
          // opens two pages at a time within its file: Chromium keeps both cores busy while a
          // test waits for a page.
          maxConcurrency: 2,
        },
      },
    ],
  },
});
