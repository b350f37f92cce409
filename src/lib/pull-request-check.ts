/**
 * The check every pull request runs (`npm run pr-check`, scripts/pr-check.ts, in the GitHub
 * Actions workflow .github/workflows/pull-request.yml). Pure but for the day it runs, which a
 * caller may pass (`today`): it gets the changed content files (each before and after) and the
 * pull request's description, and returns
 *
 * - every change to a quiz record's urgency or place, in plain words, lowerings marked
 *   (./urgency-changes.ts);
 * - the problems that must be fixed before approval, each naming the file and the field: a
 *   changed file its schema refuses (the same schema the build uses, ./content-collections.ts),
 *   a page whose words changed but whose "updated" date did not, a review recorded before the
 *   words last changed, and a lowering with no clinical sign-off line in the description.
 *
 * Sveltia CMS checks one field at a time; these rules need two fields or two versions of a
 * file, so the check says them before approval, never only the production build.
 */
import { parse } from 'yaml';
import { clinic, practitionerDisplayName } from './clinic.ts';
import { isCollectionName, schemaOf } from './content-collections.ts';
import { isoDate } from './dates.ts';
import { QUIZ_FOLDERS, urgencyChange, type UrgencyChange } from './urgency-changes.ts';

/** One changed file: its text before and after (absent when added or removed). */
export interface ChangedFile {
  /** Path from the project root, such as src/content/warning-signs/fever.yaml. */
  path: string;
  before?: string;
  after?: string;
}

interface Problem {
  file: string;
  field?: string;
  message: string;
}

interface CheckResult {
  changes: UrgencyChange[];
  problems: Problem[];
  /** The clinician named on the description's sign-off line, if any. */
  signedOffBy?: string;
}

/** The line a clinician (or someone for them) writes in the pull request's description. */
const SIGN_OFF_LINE = 'Clinical sign-off:';

/** Fields that record the page, not its words: changing them is not changing the words. */
const BOOKKEEPING = new Set(['updated', 'reviewer', 'reviewedOn', 'order']);

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

interface Parsed {
  data: Record<string, unknown>;
  body?: string;
}

/** A content file's fields (and an MDX page's text), or why it cannot be read. */
function parseFile(path: string, text: string): Parsed | Problem {
  try {
    if (path.endsWith('.mdx') || path.endsWith('.md')) {
      const match = FRONTMATTER.exec(text);
      if (!match) return { file: path, message: 'the file has no frontmatter between --- lines' };
      return { data: (parse(match[1]!) ?? {}) as Record<string, unknown>, body: match[2]!.trim() };
    }
    return { data: (parse(text) ?? {}) as Record<string, unknown> };
  } catch (error) {
    return { file: path, message: `the file cannot be read: ${(error as Error).message}` };
  }
}

const isProblem = (value: Parsed | Problem): value is Problem => 'message' in value;

/** The collection a path under src/content/ belongs to. */
const collectionOf = (path: string) => /^src\/content\/([^/]+)\//.exec(path)?.[1];

/** A frontmatter date as YYYY-MM-DD, whether YAML read it as a date or as text. */
function day(value: unknown): string | undefined {
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return undefined;
}

/** Everything a reader sees of a page: its fields but the bookkeeping, and its text. */
function words(file: Parsed): string {
  const shown = Object.entries(file.data)
    .filter(([name]) => !BOOKKEEPING.has(name))
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([shown, file.body ?? '']);
}

function schemaProblems(path: string, data: Record<string, unknown>): Problem[] {
  const name = collectionOf(path);
  if (!name || !isCollectionName(name)) return [];
  const result = schemaOf(name).safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    file: path,
    ...(issue.path.length > 0 && { field: issue.path.map(String).join('.') }),
    message: issue.message,
  }));
}

/**
 * The two dates rules of a page that changed: words dated, reviews after the words. Words
 * changed again on the day they last changed keep their date: `today` is the day of the check.
 */
function dateProblems(
  path: string,
  before: Parsed | undefined,
  after: Parsed,
  today: string,
): Problem[] {
  const updated = day(after.data.updated);
  if (!updated) return [];
  const problems: Problem[] = [];
  if (
    before &&
    words(before) !== words(after) &&
    day(before.data.updated) === updated &&
    updated < today
  ) {
    problems.push({
      file: path,
      field: 'updated',
      message: `the words changed but "Words last changed" is still ${updated}: set it to the day of this change`,
    });
  }
  const reviewedOn = day(after.data.reviewedOn);
  const reviewRecorded =
    reviewedOn !== undefined &&
    (reviewedOn !== day(before?.data.reviewedOn) || after.data.reviewer !== before?.data.reviewer);
  if (reviewRecorded && reviewedOn < updated) {
    problems.push({
      file: path,
      field: 'reviewedOn',
      message: `a review is recorded on ${reviewedOn}, before the words last changed (${updated}): the clinician reads the page as it is now and records that day`,
    });
  }
  return problems;
}

/** The clinician a "Clinical sign-off: <name>" line names (by name or id), if any. */
export function signOffIn(description: string): string | undefined {
  for (const line of description.split(/\r?\n/)) {
    const text = line.trim().replace(/^[-*>\s]+/, '');
    if (!text.toLowerCase().startsWith(SIGN_OFF_LINE.toLowerCase())) continue;
    const named = text.slice(SIGN_OFF_LINE.length).trim().toLowerCase();
    const found = clinic.practitioners.find(
      (p) =>
        named.includes(p.id) ||
        named.includes(p.name.toLowerCase()) ||
        named.includes(practitionerDisplayName(p).toLowerCase()),
    );
    if (found) return practitionerDisplayName(found);
  }
  return undefined;
}

export function checkPullRequest(
  files: readonly ChangedFile[],
  description: string,
  { today = isoDate(new Date()) }: { today?: string } = {},
): CheckResult {
  const changes: UrgencyChange[] = [];
  const problems: Problem[] = [];
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const before = file.before === undefined ? undefined : parseFile(file.path, file.before);
    const after = file.after === undefined ? undefined : parseFile(file.path, file.after);
    if (after && isProblem(after)) {
      problems.push(after);
      continue;
    }
    const was = before && !isProblem(before) ? before : undefined;
    if (after) {
      problems.push(...schemaProblems(file.path, after.data));
      problems.push(...dateProblems(file.path, was, after, today));
    }
    if (QUIZ_FOLDERS.includes(collectionOf(file.path) ?? '')) {
      const change = urgencyChange(file.path, was?.data, after?.data);
      if (change) changes.push(change);
    }
  }
  const signedOffBy = signOffIn(description);
  if (!signedOffBy) {
    for (const change of changes.filter((c) => c.direction === 'lower')) {
      problems.push({
        file: change.file,
        ...(change.field && { field: change.field }),
        message: `lowers how urgent "${change.name}" is: a clinician must approve it, with a line "${SIGN_OFF_LINE} <name>" in the pull request's description`,
      });
    }
  }
  return { changes, problems, ...(signedOffBy && { signedOffBy }) };
}

/** The check's report, in Markdown: the GitHub job summary, the log and the deploy preview. */
export function formatCheck(result: CheckResult): string {
  const lines = ['## Urgency and place changes', ''];
  if (result.changes.length === 0) {
    lines.push(
      'No warning sign, quiz fact or rule changes how urgent it is or where it sends people.',
    );
  } else {
    for (const change of result.changes) {
      lines.push(`- ${change.direction === 'lower' ? `**${change.words}**` : change.words}`);
    }
    const lowered = result.changes.some((c) => c.direction === 'lower');
    lines.push(
      '',
      lowered
        ? result.signedOffBy
          ? `Clinical sign-off: ${result.signedOffBy}.`
          : `A lowering needs a line "${SIGN_OFF_LINE} <name>" from the clinician in this pull request's description.`
        : 'Nothing is lowered. The clinician still approves these changes (CODEOWNERS).',
    );
  }
  lines.push('', '## Problems to fix before approval', '');
  if (result.problems.length === 0) lines.push('None.');
  for (const p of result.problems) {
    lines.push(`- ${p.file}${p.field ? `: ${p.field}` : ''}: ${p.message}`);
  }
  return `${lines.join('\n')}\n`;
}
