/**
 * How every tool here starts Debian's Chromium: browser tests, Lighthouse and the search
 * benchmark. Headless as root on a closed network: no sandbox, no GPU, and none of the
 * background services that would try to reach Google's hosts. Plain TypeScript with no
 * imports, so both Vitest and Node 24 (type stripping) can load it.
 */
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
