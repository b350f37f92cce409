/**
 * The built site the tools and the tests read: dist/, or DIST_DIR for a build written elsewhere
 * (`astro build --outDir`).
 */
export const DIST_DIR = process.env.DIST_DIR ?? 'dist';
