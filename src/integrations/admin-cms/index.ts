/**
 * Bundles Sveltia CMS (from npm, no CDN) for /admin/ into dist/admin/cms/.
 *
 * The editor's home: this folder holds the integration (here), the bundle's browser entry
 * (entry.ts) with its page previews, and the bundle patches (patches.ts). The configuration it
 * reads, and the pure logic the entry shares with it (the warning-signs block), live in
 * src/lib/cms/; src/pages/admin/ serves them.
 *
 * Why not a plain <script> in the page: Astro's Vite build would re-bundle and re-minify the
 * editor's 2 MB of JavaScript and hundreds of lazy chunks on every build, which more than
 * doubled the build time. The bundle only changes when @sveltia/cms or the entry file does, so
 * it is built once into node_modules/.cache/admin-cms/<content hash>/ and copied afterwards.
 * `astro dev` serves the same cached files, so /admin/ behaves alike in both.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { createHash } from 'node:crypto';
import {
  cpSync,
  createReadStream,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { adminCmsPatches } from './patches.ts';

/** Where the editor's files are served from; the admin page loads `${ADMIN_CMS_PATH}cms.js`. */
export const ADMIN_CMS_PATH = '/admin/cms/';

const here = fileURLToPath(new URL('./', import.meta.url));
const root = fileURLToPath(new URL('../../../', import.meta.url));
const entry = join(here, 'entry.ts');

/** `from './x.ts'`, `import './y'`: the project's own modules a file imports. */
const LOCAL_IMPORT = /(?:from|import)\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** The file an import names: as written, or with `.ts` or `/index.ts` added. */
function resolveLocal(from: string, specifier: string): string | undefined {
  const path = join(dirname(from), specifier);
  return [path, `${path}.ts`, join(path, 'index.ts')].find(
    (file) => existsSync(file) && statSync(file).isFile(),
  );
}

/**
 * Every project file the entry reaches through its imports (type-only ones too, which is only
 * more careful), so a change to a module it shares with the site (src/lib/cms/) rebuilds it.
 */
export function bundleSources(start: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(LOCAL_IMPORT)) {
      const target = resolveLocal(file, specifier!.replace(/\?.*$/, ''));
      if (target) visit(target);
    }
  };
  visit(start);
  return [...seen].sort();
}

/**
 * Changes whenever the bundle's inputs do: the editor's version, Vite's, every file in this
 * folder, and every project module the entry imports.
 */
function cacheKey(): string {
  const hash = createHash('sha256');
  const files = [
    join(root, 'node_modules/@sveltia/cms/package.json'),
    join(root, 'node_modules/vite/package.json'),
    ...new Set([...readdirSync(here).map((name) => join(here, name)), ...bundleSources(entry)]),
  ].sort();
  for (const file of files) {
    hash.update(file.slice(root.length));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Content types of the files in the bundle, for `astro dev`. */
const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  wasm: 'application/wasm',
  woff2: 'font/woff2',
  png: 'image/png',
  txt: 'text/plain; charset=utf-8',
};
const contentType = (file: string) =>
  TYPES[/\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? ''] ?? 'application/octet-stream';

let pending: Promise<string> | undefined;

/** The folder holding the bundle, built first if the cache has none for these inputs. */
export function adminBundle(logger: AstroIntegrationLogger): Promise<string> {
  pending ??= (async () => {
    const out = join(root, 'node_modules/.cache/admin-cms', cacheKey());
    if (existsSync(join(out, 'cms.js'))) {
      logger.info(`editor bundle from cache (${out})`);
      return out;
    }
    const started = performance.now();
    await build({
      configFile: false,
      root,
      base: ADMIN_CMS_PATH,
      logLevel: 'warn',
      publicDir: false,
      plugins: [adminCmsPatches(ADMIN_CMS_PATH)],
      build: {
        outDir: `${out}.tmp`,
        emptyOutDir: true,
        assetsDir: '',
        sourcemap: false,
        reportCompressedSize: false,
        // The editor is one large app by design; its size is reported by scripts/budget.ts.
        chunkSizeWarningLimit: 4096,
        rolldownOptions: {
          input: entry,
          output: {
            entryFileNames: 'cms.js',
            chunkFileNames: '[name]-[hash].js',
            assetFileNames: '[name]-[hash][extname]',
          },
        },
      },
    });
    rmSync(out, { recursive: true, force: true });
    cpSync(`${out}.tmp`, out, { recursive: true });
    rmSync(`${out}.tmp`, { recursive: true, force: true });
    logger.info(
      `editor bundle built in ${((performance.now() - started) / 1000).toFixed(1)} s (cached in ${out})`,
    );
    return out;
  })();
  return pending;
}

export default function adminCms(): AstroIntegration {
  return {
    name: 'admin-cms',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use(ADMIN_CMS_PATH, (req, res, next) => {
          adminBundle(logger).then((dir) => {
            const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
            const file = normalize(join(dir, path));
            if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
              return next();
            }
            res.setHeader('Content-Type', contentType(file));
            createReadStream(file).pipe(res);
          }, next);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const bundle = await adminBundle(logger);
        cpSync(bundle, join(fileURLToPath(dir), ADMIN_CMS_PATH), { recursive: true });
      },
    },
  };
}
