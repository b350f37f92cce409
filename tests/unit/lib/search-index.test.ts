import { describe, expect, it } from 'vitest';
import { pagefindFailure } from '../../../src/lib/search-index';

describe('pagefindFailure', () => {
  it('names the failed step and lists every Pagefind message', () => {
    const error = pagefindFailure('write dist/pagefind', ['disk full', 'permission denied']);
    expect(error.message).toContain('Pagefind could not write dist/pagefind');
    expect(error.message).toContain('  - disk full\n  - permission denied');
  });
  it('still says something when Pagefind gives no details', () => {
    expect(pagefindFailure('create the index', []).message).toContain('(no details)');
  });
});
