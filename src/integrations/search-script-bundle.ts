/**
 * The search page's script as one file. Astro's bundler splits the code the two search pages
 * (and the quiz) share into chunks, so a search page's script arrived as three files: the
 * page's entry and two shared chunks, three requests on the path to the first result when the
 * address holds a query, and the entry could run only once the last had arrived. Bundled, it is
 * one request and smaller (7.6 KiB gzipped instead of 8.5: one compression stream); measured
 * with `npm run bench:search` (21 runs each, docs/benchmarks.md), the page script ran 25 to
 * 35 ms sooner and the first result painted about 12 ms sooner, within the run-to-run swing.
 * So after the build, each search page's entry is bundled with everything it imports
 * (esbuild, which Astro itself is built with), under a name that carries its content's hash,
 * as the bundler's own files do.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { builtHtmlFiles } from './built-html.ts';

/** Pagefind's files load at run time from their own folder; they are not part of the bundle. */
const EXTERNAL = ['/pagefind/*'];

/** The built script at `href` (under `siteDir`) with the chunks it imports, as one script. */
async function bundleCode(
  siteDir: string,
  href: string,
  format: 'esm' | 'iife',
): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [join(siteDir, href)],
    bundle: true,
    format,
    minify: true,
    write: false,
    external: EXTERNAL,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.contents;
}

/**
 * The same script as a classic one (its code in a function of its own, nothing imported but
 * Pagefind at run time), for the results page to carry inside its HTML
 * (src/lib/search-preloads.ts, `carryScriptsAndData`): a classic script runs where it stands,
 * while the page is still being parsed, and a module only once all of it is.
 */
export async function inlineSearchScript(siteDir: string, href: string): Promise<string> {
  return new TextDecoder().decode(await bundleCode(siteDir, href, 'iife'));
}

/**
 * Bundles the built script at `href` (under `siteDir`) with the chunks it imports into one file
 * in the same folder, and returns the new file's address.
 */
export async function bundleSearchScript(siteDir: string, href: string): Promise<string> {
  const code = await bundleCode(siteDir, href, 'esm');
  const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8);
  // "SearchScriptEn.astro_astro_type_script_index_0_lang.C971Wjcg.js" → "SearchScriptEn.<hash>.js"
  const name = `${basename(href).split('.')[0]}.${hash}.js`;
  const bundled = `${href.slice(0, href.lastIndexOf('/') + 1)}${name}`;
  writeFileSync(join(siteDir, bundled), code);
  return bundled;
}

/** The files a built script imports from its own folder (`from"./chunk.js"`). */
const chunkImports = (js: string): string[] => [
  ...new Set([...js.matchAll(/\bfrom\s*["']\.\/([^"'/]+\.js)["']/g)].map((m) => m[1]!)),
];

/**
 * Once every search page loads its bundle: removes the scripts the bundles replaced (`hrefs`,
 * the pages' former entries) and the chunks they imported that no other built file names, so
 * the build ships no script that nothing loads.
 */
export function removeReplacedScripts(siteDir: string, hrefs: readonly string[]): void {
  const chunks = new Set<string>();
  for (const href of hrefs) {
    const file = join(siteDir, href);
    for (const chunk of chunkImports(readFileSync(file, 'utf8'))) {
      chunks.add(join(dirname(file), chunk));
    }
    rmSync(file);
  }
  const texts = [
    ...builtHtmlFiles(siteDir).map((page) => join(siteDir, page)),
    ...[...new Set([...chunks].map(dirname))].flatMap((folder) =>
      readdirSync(folder)
        .filter((name) => name.endsWith('.js'))
        .map((name) => join(folder, name)),
    ),
  ].map((file) => readFileSync(file, 'utf8'));
  for (const chunk of chunks) {
    if (!texts.some((text) => text.includes(basename(chunk)))) rmSync(chunk, { force: true });
  }
}
