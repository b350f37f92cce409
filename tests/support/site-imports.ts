/**
 * Which modules of src/lib the site really uses. src/lib is documented as the site's
 * own logic, so measuring and test apparatus must not hide there. Starting from every file
 * under src/ outside src/lib (pages, layouts, components, content, integrations) and from
 * astro.config.mjs, this follows the imports into src/lib and on through src/lib's own
 * imports. A file in public/ (shipped as it is) that says it is "Generated from src/lib/x.ts"
 * makes that module the site's too: public/_headers is the site's security headers, written
 * from src/lib/security-headers.ts, and a unit test keeps the two equal. A module reached only
 * from tests, scripts or another unused module is not the site's. Import lists come from TypeScript's own pre-processor (static, type-only and dynamic
 * imports); .astro files give their frontmatter and <script> bodies, .mdx files their import
 * and export blocks.
 */
import ts from 'typescript';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { filesUnder } from '../../src/lib/files';

const CODE = /\.(ts|tsx|js|jsx|mjs|cjs)$/;
const SOURCE = /\.(ts|tsx|js|jsx|mjs|cjs|astro|mdx)$/;
const RESOLVE_SUFFIXES = ['', '.ts', '.tsx', '.js', '.mjs', '.astro', '/index.ts', '/index.js'];

/** The parts of a file that can import: all of a script, or the code islands of .astro/.mdx. */
function code(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.astro')) {
    const frontmatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
    const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    return [frontmatter, ...scripts].join('\n;\n');
  }
  if (file.endsWith('.mdx')) {
    const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---/, '');
    return [...body.matchAll(/^(?:import|export)\b[\s\S]*?(?=\r?\n\s*\r?\n|$(?![\s\S]))/gm)]
      .map((m) => m[0])
      .join('\n;\n');
  }
  return text;
}

/** Relative import specifiers of a file, resolved to files that exist. */
function importsOf(file: string): string[] {
  return ts
    .preProcessFile(code(file), true, true)
    .importedFiles.map((f) => f.fileName.replace(/[?#].*$/, ''))
    .filter((spec) => spec.startsWith('.'))
    .flatMap((spec) => {
      const base = resolve(dirname(file), spec);
      // TypeScript's ESM style: "./x.js" names the file "./x.ts".
      const bases = /\.js$/.test(base) ? [base, base.replace(/\.js$/, '.ts')] : [base];
      const found = bases
        .flatMap((b) => RESOLVE_SUFFIXES.map((suffix) => b + suffix))
        .find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
      return found ? [found] : [];
    });
}

interface SiteOptions {
  /** Project root. */
  root: string;
  /** Folder of the site's own logic, relative to root. */
  lib?: string;
  /** Folder whose other files are the site, relative to root. */
  src?: string;
  /** Files outside src/ that are part of the site, relative to root. */
  entries?: string[];
  /** Folder of files shipped as they are, relative to root. */
  publicDir?: string;
}

/** src/lib modules named as the source of a generated file in public/. */
function generatedFrom(root: string, publicDir: string): string[] {
  return filesUnder(resolve(root, publicDir)).flatMap((file) =>
    [...readFileSync(file, 'latin1').matchAll(/Generated from (src\/lib\/[\w./-]+\.ts)\b/g)]
      .map((m) => resolve(root, m[1]!))
      .filter((module) => existsSync(module)),
  );
}

/** Modules in src/lib that nothing in the site imports, directly or through src/lib. */
export function unusedLibModules({
  root,
  lib = 'src/lib',
  src = 'src',
  entries = ['astro.config.mjs'],
  publicDir = 'public',
}: SiteOptions): string[] {
  const libDir = resolve(root, lib);
  const inLib = (file: string) => file.startsWith(libDir + sep);
  const modules = filesUnder(libDir).filter((f) => CODE.test(f) && !f.endsWith('.d.ts'));
  const site = [
    ...filesUnder(resolve(root, src)).filter((f) => SOURCE.test(f) && !inLib(f)),
    ...entries.map((e) => resolve(root, e)).filter((f) => existsSync(f)),
  ];
  const used = new Set<string>(generatedFrom(root, publicDir));
  const queue = [...site, ...used];
  while (queue.length > 0) {
    for (const target of importsOf(queue.pop()!)) {
      if (inLib(target) && !used.has(target)) {
        used.add(target);
        queue.push(target);
      }
    }
  }
  return modules
    .filter((m) => !used.has(m))
    .map((m) => relative(root, m).split(sep).join('/'))
    .sort();
}
