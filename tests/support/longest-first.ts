/**
 * The order Vitest starts test files in, all projects together: longest first, so that the
 * last minute of `npm test` is not one long file on one core while the other core idles.
 * Vitest's own order runs the projects one after another (by name) and, for a file it has no
 * timing of, larger files first.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The longest files, started first even when Vitest has no timings of its own (a fresh clone,
 * as in CI). They are small files, so by size they started last: Lighthouse on one page per
 * template, and the crawl of every page.
 */
const LONGEST = ['tests/e2e/lighthouse.test.ts', 'tests/e2e/crawl.test.ts'];

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const vitestOrder = await super.sort(files);
    const key = (spec: TestSpecification): [number, number] => {
      const pinned = LONGEST.findIndex((path) => spec.moduleId.endsWith(path));
      if (pinned !== -1) return [0, pinned];
      // Files timed on an earlier run, longest first; then the rest in Vitest's order.
      const duration = this.ctx.cache.getTestSpecificationResult(spec)?.duration;
      return [1, duration === undefined ? 1 : -duration];
    };
    const keys = new Map(vitestOrder.map((spec) => [spec, key(spec)]));
    // Array sort is stable: files with equal keys keep Vitest's order.
    return vitestOrder.sort((a, b) => {
      const [a0, a1] = keys.get(a)!;
      const [b0, b1] = keys.get(b)!;
      return a0 - b0 || a1 - b1;
    });
  }
}
