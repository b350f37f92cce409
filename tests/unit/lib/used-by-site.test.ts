/**
 * src/lib holds only the site's own logic: every module in it is imported by
 * something under src/ or by astro.config.mjs (or is the declared source of a generated file
 * the site ships from public/, such as _headers). Measuring and test apparatus belongs in
 * scripts/ or tests/support/. The scan is generic, so a new src/lib module is covered as
 * soon as it exists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unusedLibModules } from '../../support/site-imports';

describe('src/lib', () => {
  it('contains only modules the site imports', () => {
    expect(
      unusedLibModules({ root: resolve('.') }),
      'move these next to what uses them: tests/support/ (tests) or scripts/ (reports)',
    ).toEqual([]);
  });
});

describe('unusedLibModules', () => {
  let root: string;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'site-imports-'));
    write(
      'src/pages/index.astro',
      [
        '---',
        "import { a } from '../lib/a';",
        "import type { T } from '../lib/types.ts';",
        '---',
        "<p>Don't panic: it's only text, with 'quotes' and import './nothing'.</p>",
        "<script>import { b } from '../lib/b.js';</script>",
      ].join('\n'),
    );
    write(
      'src/content/causes/x.mdx',
      "---\ntitle: It's here\n---\nimport G from '../../lib/g.ts';\n\nSome text.\n",
    );
    write('src/components/Lazy.tsx', "export const load = () => import('../lib/lazy');\n");
    write('astro.config.mjs', "import { f } from './src/lib/f.ts';\n");
    write('public/_headers', '# Generated from src/lib/headers.ts by a script.\n/*\n  X: y\n');
    write('src/lib/headers.ts', "import './header-values.ts';\n");
    for (const name of [
      'b',
      'g',
      'f',
      'lazy',
      'types',
      'transitive',
      'header-values',
      'orphan-dependency',
    ])
      write(`src/lib/${name}.ts`, 'export const x = 1;\n');
    write('src/lib/a.ts', "export { x as a } from './transitive.ts';\n");
    // Used only by a test and by another unused module: neither is the site's.
    write('src/lib/orphan.ts', "import './orphan-dependency.ts';\n");
    write('tests/orphan.test.ts', "import '../src/lib/orphan.ts';\n");
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('follows .astro frontmatter and scripts, .mdx, dynamic imports, re-exports, public/', () => {
    expect(unusedLibModules({ root })).toEqual([
      'src/lib/orphan-dependency.ts',
      'src/lib/orphan.ts',
    ]);
  });
});
