/**
 * Build-scaling benchmark: `npm run bench` (or `node scripts/bench.ts [--sizes 100,1000]`).
 *
 * For each size, copies the committed site (git HEAD, so half-written work in the tree cannot
 * break or skew a run) into a temporary folder, adds that many synthetic MDX articles spread
 * over the four article sections, runs a cold `astro build` (with the Pagefind index) and
 * records wall time, peak memory, pages per second, Pagefind's index size and where the time
 * went. Results go to the console and between the markers in docs/benchmarks.md.
 */
import { spawn, execFileSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { filesUnder } from '../src/lib/files.ts';
import { syntheticArticle, vocabulary } from './bench/synthetic-article.ts';
import {
  maxRssFromTime,
  pagesBuilt,
  phaseDurations,
  stripAnsi,
  type LogLine,
} from './bench/astro-log.ts';
import { watchPeakRss } from './bench/process-tree.ts';
import { formatBenchmarks, replaceBetweenMarkers, type BenchResult } from './bench/report.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ARTICLE_SECTIONS = ['causes', 'triggers', 'risk-factors', 'treatment'];
const COPIED = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
const OUT = join(ROOT, 'docs', 'benchmarks.md');

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

const sizes = (argValue('--sizes') ?? process.env.BENCH_SIZES ?? '100,1000,5000')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0);
const keep = process.argv.includes('--keep');
const write = !process.argv.includes('--no-write');

/** A temporary copy of the committed site whose node_modules links to the real packages. */
function prepareCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'astro-bench-'));
  const archive = execFileSync('git', ['archive', '--format=tar', 'HEAD', ...COPIED], {
    cwd: ROOT,
    maxBuffer: 256 * 1024 * 1024,
  });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  // A real folder of links, not one link to node_modules: Astro keeps its content cache in
  // node_modules/.astro, which must stay private to this copy (others build in the tree).
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (['.astro', '.vite', '.cache'].includes(entry)) continue;
    symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

function siteVocabulary(): string[] {
  const sources: string[] = [];
  for (const section of [...ARTICLE_SECTIONS, 'exercises']) {
    const folder = join(ROOT, 'src', 'content', section);
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.mdx'))) {
      sources.push(readFileSync(join(folder, file), 'utf8'));
    }
  }
  return vocabulary(sources);
}

function addArticles(dir: string, count: number, words: readonly string[]): number {
  let totalWords = 0;
  for (let i = 0; i < count; i++) {
    const article = syntheticArticle(i, words);
    const section = ARTICLE_SECTIONS[i % ARTICLE_SECTIONS.length]!;
    writeFileSync(join(dir, 'src', 'content', section, article.fileName), article.source);
    totalWords += article.words;
  }
  return Math.round(totalWords / count);
}

function folderSize(dir: string): { bytes: number; files: number } {
  const files = filesUnder(dir);
  return { bytes: files.reduce((sum, file) => sum + statSync(file).size, 0), files: files.length };
}

async function build(dir: string) {
  const astro = join(dir, 'node_modules', '.bin', 'astro');
  const useTime = existsSync('/usr/bin/time');
  const [command, args] = useTime ? ['/usr/bin/time', ['-v', astro, 'build']] : [astro, ['build']];
  const started = performance.now();
  const child = spawn(command, args as string[], {
    cwd: dir,
    env: {
      ...process.env,
      PATH: `${join(dir, 'node_modules', '.bin')}:${process.env.PATH}`,
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const memory = watchPeakRss(child.pid!);
  const lines: LogLine[] = [];
  let stderr = '';
  const stamp = (text: string) => lines.push({ at: performance.now() - started, text });
  createInterface({ input: child.stdout! }).on('line', stamp);
  createInterface({ input: child.stderr! }).on('line', (text) => {
    stderr += `${text}\n`;
    stamp(text);
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const totalMs = performance.now() - started;
  const treePeak = memory.stop();
  if (code !== 0) {
    const tail = lines.slice(-40).map((l) => stripAnsi(l.text));
    throw new Error(`astro build failed in ${dir} (exit ${code}):\n${tail.join('\n')}`);
  }
  return {
    totalMs,
    lines,
    maxRss: maxRssFromTime(stderr),
    treePeak,
    warnings: lines.filter((l) => /\[WARN\]/.test(stripAnsi(l.text))).length,
  };
}

async function run(size: number, words: readonly string[]): Promise<BenchResult> {
  const dir = prepareCopy();
  try {
    const wordsPerArticle = addArticles(dir, size, words);
    process.stdout.write(`Building ${size} synthetic articles in ${dir} ... `);
    const result = await build(dir);
    const pages = pagesBuilt(result.lines) ?? 0;
    const index = folderSize(join(dir, 'dist', 'pagefind'));
    const dist = folderSize(join(dir, 'dist'));
    console.log(`${(result.totalMs / 1000).toFixed(1)} s`);
    return {
      articles: size,
      wordsPerArticle,
      pages,
      seconds: result.totalMs / 1000,
      pagesPerSecond: pages / (result.totalMs / 1000),
      maxRssBytes: result.maxRss,
      treePeakBytes: result.treePeak,
      pagefindBytes: index.bytes,
      pagefindFiles: index.files,
      distBytes: dist.bytes,
      warnings: result.warnings,
      phases: phaseDurations(result.lines, result.totalMs),
    };
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

function packageVersion(name: string): string {
  const file = join(ROOT, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

const words = siteVocabulary();
const results: BenchResult[] = [];
for (const size of sizes) results.push(await run(size, words));

const machine = {
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
  memoryGiB: totalmem() / 1024 ** 3,
  node: process.version,
  astro: packageVersion('astro'),
  pagefind: packageVersion('pagefind'),
  date: new Date().toISOString().slice(0, 10),
  commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim(),
};
const table = formatBenchmarks(results, machine);
console.log(`\n${table}`);
if (write) {
  const previous = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
  writeFileSync(OUT, replaceBetweenMarkers(previous, table));
  console.log(`Wrote ${OUT}`);
}
