/**
 * The W3C Nu Html Checker (the validator behind validator.w3.org/nu, from the vnu-jar
 * package, run on Java) over every built page, errors only. It reads HTML as the standard's
 * parser does, so it catches what html-validate's rules (tests/build/pages.test.ts) do not,
 * such as an element in a place the content model forbids. One Java run checks every page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { htmlPages } from '../support/dist';

interface NuMessage {
  type: string;
  url?: string;
  message: string;
  extract?: string;
  lastLine?: number;
}

/** The checker itself, from npm (its Java download is turned off in package.json). */
const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/**
 * Java tuned for one short run: its quick compiler only and a single-threaded garbage
 * collector took the check from 10.8 s to 4.5 s of CPU (62 pages, same report). The checker
 * needs a deep stack (it says at least 512k) once the optimizing compiler is off.
 */
const JAVA_FLAGS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xss8m'];

const pages = htmlPages();
const errors = new Map<string, string[]>();

beforeAll(() => {
  const run = spawnSync(
    process.env.JAVA ?? 'java',
    [
      ...JAVA_FLAGS,
      '-jar',
      VNU_JAR,
      '--errors-only',
      '--format',
      'json',
      ...pages.map((p) => p.file),
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.error) {
    throw new Error(`Could not run Java for the Nu Html Checker: ${run.error.message}`);
  }
  // The checker writes its JSON report to stderr and exits 1 when it finds an error.
  const report = JSON.parse(run.stderr) as { messages: NuMessage[] };
  for (const m of report.messages) {
    // A message without a file is the checker failing, not a page: say so.
    if (!m.url) throw new Error(`Nu Html Checker: ${m.type}: ${m.message}`);
    const file = fileURLToPath(m.url);
    const line = `line ${m.lastLine ?? '?'}: ${m.message}${m.extract ? ` (${m.extract.trim()})` : ''}`;
    errors.set(file, [...(errors.get(file) ?? []), line]);
  }
}, 120_000);

describe('Nu Html Checker, errors only', () => {
  it.each(pages.map((p) => [p.path, p.file] as const))('%s', (_path, file) => {
    expect(errors.get(resolve(file)) ?? []).toEqual([]);
  });
});
