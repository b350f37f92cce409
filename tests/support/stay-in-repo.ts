/**
 * Every test reads only the repository: a clean clone with nothing beside it must pass. This
 * setup file (every Vitest project loads it) wraps Node's file-reading functions and fails the
 * test file that read a file outside the repository, naming the path. Checking a path exists is
 * allowed (tools probe for config files up the tree); reading one is not. The system's own
 * folders (Chromium, Java, fonts) and the folders tests make with mkdtemp are allowed; the
 * temporary folder as a whole is not, since a clone may sit in it beside a stray sibling.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

// A string, not `new URL()`: under happy-dom the global URL is the DOM's, which Node refuses.
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ALLOWED = [REPO, '/usr', '/etc', '/proc', '/sys', '/dev', '/lib'];

/** True when `path` lies inside one of the allowed folders. */
export function insideAllowed(path: string, allowed: readonly string[]): boolean {
  const full = resolve(path);
  return allowed.some(
    (root) => full === root || full.startsWith(root.endsWith(sep) ? root : root + sep),
  );
}

const READERS = ['readFileSync', 'readdirSync', 'createReadStream', 'readFile', 'readdir'] as const;
const PROMISE_READERS = ['readFile', 'readdir'] as const;
// Test files in a worker share modules (isolate: false) but run this file afresh: the wrapped
// functions, the allowed roots and the paths read outside live once per worker, on globalThis.
interface Guard {
  allowed: string[];
  outside: Set<string>;
}
const KEY = Symbol.for('back-spasms.stay-in-repo');
const state = globalThis as { [KEY]?: Guard };
const firstLoad = !state[KEY];
const guard: Guard = (state[KEY] ??= { allowed: [...ALLOWED], outside: new Set() });

function note(path: unknown) {
  const p =
    typeof path === 'string'
      ? path
      : path instanceof URL && path.protocol === 'file:'
        ? fileURLToPath(path)
        : undefined;
  if (p !== undefined && !insideAllowed(p, guard.allowed)) guard.outside.add(resolve(p));
}

/** The reads outside the repository since the last call (this module's own check calls it). */
export function takeOutsideReads(): string[] {
  const paths = [...guard.outside];
  guard.outside.clear();
  return paths;
}

function wrap<T extends object>(target: T, names: readonly string[]) {
  for (const name of names) {
    const original = (target as Record<string, unknown>)[name];
    if (typeof original !== 'function') continue;
    (target as Record<string, unknown>)[name] = function (
      this: unknown,
      path: unknown,
      ...rest: unknown[]
    ) {
      note(path);
      return (original as (...a: unknown[]) => unknown).call(this, path, ...rest);
    };
  }
}

if (firstLoad) {
  wrap(fs, READERS);
  wrap(fs.promises, PROMISE_READERS);
  const mkdtempSync = fs.mkdtempSync;
  fs.mkdtempSync = ((prefix: string, options?: unknown) => {
    const dir = mkdtempSync(prefix, options as BufferEncoding);
    guard.allowed.push(resolve(String(dir)));
    return dir;
  }) as typeof fs.mkdtempSync;
  syncBuiltinESMExports();
}

afterAll(() => {
  const paths = takeOutsideReads();
  if (paths.length > 0) {
    throw new Error(
      `A test read files outside the repository (a clean clone does not have them):\n${paths.join('\n')}`,
    );
  }
});
