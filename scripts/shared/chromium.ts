/**
 * How every tool here starts Debian's Chromium: browser tests (through playwright-core, with
 * these flags), the search benchmark, and Lighthouse (launchChrome, which connects by port).
 * Headless as root on a closed network: no sandbox, no GPU, and none of the background
 * services that would try to reach Google's hosts. Node built-ins only, so both Vitest and
 * Node 24 (type stripping) can load it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The system Chromium, unless CHROME_PATH points elsewhere. Nothing ever downloads one. */
export const chromePath = (): string => process.env.CHROME_PATH || '/usr/bin/chromium';

/** CHROMIUM_FLAGS plus what a Chromium started by hand for Lighthouse needs (launchChrome). */
const CHROME_FLAGS = [
  '--headless=new',
  ...CHROMIUM_FLAGS,
  '--no-default-browser-check',
  '--disable-default-apps',
  '--disable-extensions',
  '--mute-audio',
];

interface RunningChrome {
  port: number;
  close: () => Promise<void>;
}

/**
 * Starts the system Chromium with a DevTools port for Lighthouse (which connects by port),
 * once for all runs: launching per run would cost a second or two each on 2 cores.
 */
export async function launchChrome(executable = chromePath()): Promise<RunningChrome> {
  const profile = mkdtempSync(join(tmpdir(), 'lighthouse-chrome-'));
  const child = spawn(
    executable,
    [...CHROME_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${stderr}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before it was ready:\n${stderr}`));
    });
  });
  child.stderr!.resume();
  return {
    port,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
