import { describe, expect, it } from 'vitest';
import { countWords, questionSchema } from '../../../src/lib/content-schemas';
import { validArticle } from '../../fixtures/content';

const validQuestion = {
  ...validArticle,
  question: 'How long does a back spasm last?',
  answer:
    'A single spasm lasts seconds to minutes. The sore spell around it mostly eases in weeks.',
  askedAs: ['back spasm recovery time'],
  group: 'right-now',
  related: ['treatment/self-care-at-home'],
};

/** The path and message of the first problem, as a failed build would name them. */
function firstIssue(data: object) {
  const result = questionSchema.safeParse(data);
  expect(result.success).toBe(false);
  const issue = result.error!.issues[0]!;
  return { path: issue.path.join('.'), message: issue.message };
}

describe('questionSchema', () => {
  it('accepts a complete question and defaults the lists', () => {
    const { askedAs, related, ...rest } = validQuestion;
    const parsed = questionSchema.parse(rest);
    expect(parsed.askedAs).toEqual([]);
    expect(parsed.related).toEqual([]);
    expect(parsed.updated).toBeInstanceOf(Date);
    expect(questionSchema.parse({ ...validQuestion, askedAs, related }).askedAs).toEqual(askedAs);
  });

  it('needs the question to end with "?", naming the field', () => {
    const issue = firstIssue({ ...validQuestion, question: 'How long does a back spasm last' });
    expect(issue.path).toBe('question');
    expect(issue.message).toMatch(/question must end with "\?"/);
  });

  it('allows an answer of exactly 50 words and rejects 51, naming the field', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    expect(questionSchema.safeParse({ ...validQuestion, answer: words(50) }).success).toBe(true);
    const issue = firstIssue({ ...validQuestion, answer: words(51) });
    expect(issue.path).toBe('answer');
    expect(issue.message).toMatch(/answer must be 50 words or fewer/);
  });

  it('rejects an unknown group, listing the allowed ones', () => {
    const issue = firstIssue({ ...validQuestion, group: 'urgent' });
    expect(issue.path).toBe('group');
    expect(issue.message).toMatch(/right-now, is-it-serious, daily-life, choosing-care/);
  });

  it('rejects a related entry that is not a section/slug path', () => {
    const issue = firstIssue({ ...validQuestion, related: ['/treatment/self-care-at-home/'] });
    expect(issue.path).toBe('related.0');
    expect(issue.message).toMatch(/related entries are article paths/);
  });

  it('keeps the article rules: half-recorded review and unknown fields fail', () => {
    expect(firstIssue({ ...validQuestion, reviewer: 'jonathan-solomon' }).path).toBe('reviewedOn');
    expect(firstIssue({ ...validQuestion, answr: 'typo' }).path).toBe('');
  });

  it('requires the question fields', () => {
    const { question: _q, answer: _a, group: _g, ...rest } = validQuestion;
    const result = questionSchema.safeParse(rest);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['question', 'answer', 'group']));
  });
});

describe('countWords', () => {
  it('counts words separated by any whitespace', () => {
    expect(countWords('  Heat has\nthe better   evidence. ')).toBe(5);
    expect(countWords('')).toBe(0);
  });
});
