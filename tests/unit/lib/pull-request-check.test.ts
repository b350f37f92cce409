/**
 * The pull request's check on fixture diffs built from real content files: a raised and a
 * lowered warning sign, a lowering with and without the clinician's sign-off line, a clean
 * tree, and each mistake the editor cannot refuse by itself, named by file and field.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  checkPullRequest,
  formatCheck,
  signOffIn,
  type ChangedFile,
} from '../../../src/lib/pull-request-check';
import { direction, urgencyChange, urgencyWords } from '../../../src/lib/urgency-changes';

const FEVER = 'src/content/warning-signs/fever.yaml';
const SADDLE = 'src/content/warning-signs/saddle-numbness.yaml';
const QUESTION = 'src/content/questions/heat-or-ice.mdx';
const read = (path: string) => readFileSync(path, 'utf8');
/** The page's own "Words last changed" date, whatever it is today. */
const updatedOf = (path: string) => /^updated: (\S+)$/m.exec(read(path))![1];

/** The file with `field: value` lines replaced (each field must be there). */
function edit(text: string, fields: Record<string, string>): string {
  let out = text;
  for (const [field, value] of Object.entries(fields)) {
    const line = new RegExp(`^${field}:.*$`, 'm');
    expect(out, `${field} is in the file`).toMatch(line);
    out = out.replace(line, `${field}: ${value}`);
  }
  return out;
}
const changed = (path: string, fields: Record<string, string>): ChangedFile => ({
  path,
  before: read(path),
  after: edit(read(path), fields),
});
const SIGNED = 'Moves fever to primary care.\n\nClinical sign-off: Dr. Jonathan Solomon\n';

describe('urgency and place changes, in plain words', () => {
  it('a lowering is listed and marked, and fails without a sign-off line', () => {
    const result = checkPullRequest(
      [changed(FEVER, { tier: 'doctor', place: 'primary-care' })],
      'Small fix.',
    );
    expect(result.changes).toEqual([
      {
        file: FEVER,
        name: 'A fever or chills',
        direction: 'lower',
        field: 'tier',
        words:
          'A fever or chills: today, urgent care or a same-day doctor visit → within 1 to 3 days, primary care (LOWER)',
      },
    ]);
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: FEVER,
        field: 'tier',
        message: expect.stringMatching(/Clinical sign-off: <name>/),
      }),
    ]);
    expect(formatCheck(result)).toContain(`**${result.changes[0]!.words}**`);
  });

  it('the same lowering passes with the clinician’s sign-off line, which the report names', () => {
    const result = checkPullRequest(
      [changed(FEVER, { tier: 'doctor', place: 'primary-care' })],
      SIGNED,
    );
    expect(result.problems).toEqual([]);
    expect(result.signedOffBy).toBe('Dr. Jonathan Solomon, DC');
    expect(formatCheck(result)).toContain('Clinical sign-off: Dr. Jonathan Solomon, DC.');
  });

  it('a raise is listed, needs no sign-off line, and fails nothing', () => {
    const result = checkPullRequest([changed(FEVER, { tier: 'emergency', place: "'911'" })], '');
    expect(result.changes.map((c) => [c.direction, c.words])).toEqual([
      [
        'higher',
        'A fever or chills: today, urgent care or a same-day doctor visit → now, 911 or the emergency room (higher)',
      ],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('a cauda equina sign set lower fails on its schema, and as a lowering', () => {
    const result = checkPullRequest([changed(SADDLE, { tier: 'urgent', place: 'same-day' })], '');
    expect(result.changes[0]!.direction).toBe('lower');
    expect(result.problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'tier: tier must be emergency for a cauda equina sign (caudaEquina: true)',
      expect.stringMatching(/^tier: lowers how urgent "Numbness between your legs" is/),
    ]);
  });

  it('a removed sign is a lowering; a new one is not', () => {
    const removed = checkPullRequest([{ path: FEVER, before: read(FEVER) }], '');
    expect(removed.changes[0]).toMatchObject({
      direction: 'lower',
      words: expect.stringMatching(/→ removed \(LOWER\)$/),
    });
    expect(removed.problems).toHaveLength(1);
    const added = checkPullRequest([{ path: FEVER, after: read(FEVER) }], '');
    expect(added.changes[0]).toMatchObject({ direction: 'higher' });
    expect(added.problems).toEqual([]);
  });

  it('a clean tree: no change, no problem', () => {
    const result = checkPullRequest([], '');
    expect(result).toEqual({ changes: [], problems: [] });
    expect(formatCheck(result)).toMatch(/No warning sign, quiz fact or rule changes/);
  });

  it('orders by outcome first, then by the engine’s order of places', () => {
    expect(
      direction(
        { outcome: 'urgent', place: 'same-day' },
        { outcome: 'urgent', place: 'emergency-room-or-same-day' },
      ),
    ).toBe('higher');
    expect(
      direction(
        { outcome: 'urgent', place: 'emergency-room-or-same-day' },
        { outcome: 'urgent', place: 'same-day' },
      ),
    ).toBe('lower');
    expect(direction({ outcome: 'doctor', place: 'primary-care' }, {})).toBe('lower');
    expect(urgencyWords({})).toMatch(/only in a combination/);
  });

  it('a rule that needs more to fire, or a question asked of fewer people, is a lowering', () => {
    const RULE = 'src/content/triage-rules/infection-fever-risk.yaml';
    const before = read(RULE);
    const narrower = before.replace(/^  - neuro\n/m, '');
    expect(narrower).not.toBe(before);
    const result = checkPullRequest([{ path: RULE, before, after: narrower }], 'Small fix.');
    expect(result.changes).toEqual([
      expect.objectContaining({ file: RULE, direction: 'lower', field: 'when' }),
    ]);
    expect(result.changes[0]!.words).toMatch(/any of .*neuro.* → .*LOWER: applies to fewer people/);
    expect(result.problems).toEqual([
      expect.objectContaining({ file: RULE, message: expect.stringMatching(/Clinical sign-off/) }),
    ]);
    // The reverse widens it: a raise, which needs no sign-off.
    const wider = checkPullRequest([{ path: RULE, before: narrower, after: before }], '');
    expect(wider.changes[0]).toMatchObject({ direction: 'higher', field: 'when' });
    expect(wider.problems).toEqual([]);
  });

  it('a change to the words alone is no urgency change', () => {
    expect(
      urgencyChange(
        FEVER,
        { tier: 'urgent', place: 'same-day', short: 'a' },
        { tier: 'urgent', place: 'same-day', short: 'b' },
      ),
    ).toBeUndefined();
  });
});

describe('the sign-off line', () => {
  it('names a clinician of the clinic by name or id, in a list or a quote', () => {
    expect(signOffIn('Clinical sign-off: jonathan-solomon')).toBe('Dr. Jonathan Solomon, DC');
    expect(signOffIn('> - clinical sign-off: Dr. Jonathan Solomon, 2026-12-05')).toBe(
      'Dr. Jonathan Solomon, DC',
    );
  });

  it('is not a sign-off when it names no clinician of the clinic, or is only mentioned', () => {
    expect(signOffIn('Clinical sign-off: the front desk')).toBeUndefined();
    expect(signOffIn('Waiting for the Clinical sign-off: jonathan-solomon')).toBeUndefined();
  });
});

describe('mistakes the editor cannot refuse alone, named by file and field', () => {
  const problems = (file: ChangedFile) =>
    checkPullRequest([file], '').problems.map((p) => `${p.file}: ${p.field}: ${p.message}`);
  const longAnswer = Array.from({ length: 82 }, (_, i) => `word${i}`).join(' ');

  it('a question without "?"', () => {
    expect(
      problems(changed(QUESTION, { question: 'Should I use heat or ice', updated: '2026-12-05' })),
    ).toEqual([`${QUESTION}: question: question must end with "?"`]);
  });

  it('an 82-word short answer', () => {
    expect(problems(changed(QUESTION, { answer: longAnswer, updated: '2026-12-05' }))).toEqual([
      `${QUESTION}: answer: answer must be 50 words or fewer (search engines quote it whole)`,
    ]);
  });

  it('a reviewer without a review date', () => {
    expect(
      problems(changed(QUESTION, { updated: '2026-12-02\nreviewer: jonathan-solomon' })),
    ).toEqual([
      `${QUESTION}: reviewedOn: reviewedOn is required when reviewer is set: the day the reviewer signed off`,
    ]);
  });

  it('dates a browser date field corrupted: before the site existed, or to come', () => {
    expect(problems(changed(QUESTION, { updated: '1201-02-02' }))).toEqual([
      `${QUESTION}: updated: updated is 1201-02-02, before the site existed (2026-11-20): write the real day as YYYY-MM-DD`,
    ]);
    expect(problems(changed(QUESTION, { updated: '2999-01-01' }))[0]).toMatch(
      /updated: updated is 2999-01-01, a day still to come/,
    );
  });

  it('words changed on a later day, "Words last changed" not', () => {
    const file = changed(QUESTION, {
      answer: 'Heat has the better evidence. Use it for 15 to 20 minutes.',
    });
    const dayAfter = new Date(`${updatedOf(QUESTION)}T12:00:00Z`);
    dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
    expect(
      checkPullRequest([file], '', { today: dayAfter.toISOString().slice(0, 10) }).problems.map(
        (p) => `${p.file}: ${p.field}: ${p.message}`,
      ),
    ).toEqual([
      `${QUESTION}: updated: the words changed but "Words last changed" is still ${updatedOf(QUESTION)}: set it to the day of this change`,
    ]);
  });

  it('words changed again on the day they last changed: the date is already right', () => {
    const file = changed(QUESTION, {
      answer: 'Heat has the better evidence. Use it for 15 to 20 minutes.',
    });
    expect(checkPullRequest([file], '', { today: updatedOf(QUESTION) }).problems).toEqual([]);
  });

  it('a review recorded before the words last changed', () => {
    const file = changed(QUESTION, {
      updated: '2026-12-04\nreviewer: jonathan-solomon\nreviewedOn: 2026-12-03',
    });
    expect(problems(file)).toEqual([
      `${QUESTION}: reviewedOn: a review is recorded on 2026-12-03, before the words last changed (2026-12-04): the clinician reads the page as it is now and records that day`,
    ]);
  });

  it('passes a dated change of the words, and a review on or after it', () => {
    expect(
      problems(
        changed(QUESTION, {
          answer: 'Heat has the better evidence. Use it for 15 to 20 minutes.',
          updated: '2026-12-04',
        }),
      ),
    ).toEqual([]);
    expect(
      problems(
        changed(QUESTION, {
          updated: '2026-12-02\nreviewer: jonathan-solomon\nreviewedOn: 2026-12-04',
        }),
      ),
    ).toEqual([]);
  });
});
