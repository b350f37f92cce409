/**
 * The build log stays clean: astro.config.mjs drops Rolldown's per-MDX-file
 * MODULE_LEVEL_DIRECTIVE warning about Astro's own "use astro:head-inject", and nothing else.
 */
import { describe, expect, it, vi } from 'vitest';
import config from '../../astro.config.mjs';

type OnLog = (
  level: 'warn' | 'info' | 'debug',
  log: { code?: string; message: string },
  handler: (level: string, log: unknown) => void,
) => void;

const onLog = config.vite?.build?.rolldownOptions?.onLog as unknown as OnLog;

const directive = (name: string) => ({
  code: 'MODULE_LEVEL_DIRECTIVE',
  message: `The semantics of the module level directive "${name}" in "src/content/causes/overuse.mdx?astroPropagatedAssets" may not be preserved when bundling.`,
});

describe('build log filter', () => {
  it('drops the warning about Astro\'s "use astro:head-inject"', () => {
    const handler = vi.fn();
    onLog('warn', directive('use astro:head-inject'), handler);
    expect(handler).not.toHaveBeenCalled();
  });

  it('passes on every other log, other directives included', () => {
    const handler = vi.fn();
    const other = directive('use client');
    const circular = { code: 'CIRCULAR_DEPENDENCY', message: 'a -> b -> a' };
    onLog('warn', other, handler);
    onLog('warn', circular, handler);
    onLog('info', { message: 'use astro:head-inject' }, handler);
    expect(handler.mock.calls).toEqual([
      ['warn', other],
      ['warn', circular],
      ['info', { message: 'use astro:head-inject' }],
    ]);
  });
});
