/**
 * Build-time helpers for the Pagefind index (used by src/integrations/pagefind.ts).
 * Pagefind's Node API reports problems as `errors` arrays instead of throwing, so every call
 * has to be checked; this turns a non-empty list into one error that says what failed.
 */

/** An Error that fails the build with the step that failed and Pagefind's own messages. */
export function pagefindFailure(step: string, errors: readonly string[]): Error {
  const details = errors.length > 0 ? errors.map((e) => `  - ${e}`).join('\n') : '  - (no details)';
  return new Error(
    `Site search: Pagefind could not ${step}.\n${details}\n` +
      'The search page needs this index; fix the problem above and build again.',
  );
}
