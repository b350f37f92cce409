import { describe, expect, it } from 'vitest';
import {
  groupInfo,
  groupQuestions,
  questionsAbout,
  relatedHref,
  relatedProblems,
  topQuestions,
  type QuestionLike,
} from '../../../src/lib/questions';
import { questionGroups, type QuestionGroup } from '../../../src/lib/content-schemas';

const q = (
  id: string,
  group: QuestionGroup,
  order: number,
  related: string[] = [],
): QuestionLike => ({
  id,
  data: { question: `${id}?`, answer: `About ${id}.`, group, order, related },
});

const all = [
  q('kidney', 'is-it-serious', 5, ['causes/injury']),
  q('how-long', 'right-now', 1, ['treatment/self-care-at-home', 'causes/protective-guarding']),
  q('heat', 'right-now', 2, ['treatment/self-care-at-home']),
  q('work', 'daily-life', 9),
  q('sleep', 'right-now', 6),
  q('x-ray', 'choosing-care', 7),
];

describe('groupQuestions', () => {
  it('gives every schema group a heading, in the order a person in pain needs them', () => {
    expect(groupInfo.map((g) => g.id)).toEqual([...questionGroups]);
    expect(groupInfo.map((g) => g.heading)).toEqual([
      'Right now',
      'Is it serious?',
      'Daily life',
      'Choosing care',
    ]);
  });

  it('puts each question in its group, ordered by order', () => {
    const groups = groupQuestions(all);
    expect(groups.map((g) => [g.group.id, g.questions.map((x) => x.id)])).toEqual([
      ['right-now', ['how-long', 'heat', 'sleep']],
      ['is-it-serious', ['kidney']],
      ['daily-life', ['work']],
      ['choosing-care', ['x-ray']],
    ]);
  });

  it('leaves out empty groups', () => {
    expect(groupQuestions([q('heat', 'right-now', 1)]).map((g) => g.group.id)).toEqual([
      'right-now',
    ]);
  });
});

describe('topQuestions', () => {
  it('returns the lowest order numbers first, across groups', () => {
    expect(topQuestions(all, 3).map((x) => x.id)).toEqual(['how-long', 'heat', 'kidney']);
  });
  it('breaks ties alphabetically so the list is stable', () => {
    const tied = [q('b', 'right-now', 1), q('a', 'daily-life', 1)];
    expect(topQuestions(tied).map((x) => x.id)).toEqual(['a', 'b']);
  });
});

describe('questionsAbout (reverse lookup of related)', () => {
  it('lists the questions that build on an article, most-asked first', () => {
    expect(questionsAbout(all, '/treatment/self-care-at-home/').map((x) => x.id)).toEqual([
      'how-long',
      'heat',
    ]);
  });
  it('returns nothing for an article no question names', () => {
    expect(questionsAbout(all, '/exercises/bird-dog/')).toEqual([]);
  });
});

describe('relatedProblems', () => {
  const articles = new Set(['treatment/self-care-at-home', 'causes/protective-guarding']);

  it('accepts paths of existing articles', () => {
    expect(relatedProblems([all[1]!], articles)).toEqual([]);
  });

  it('names the file and the missing article', () => {
    expect(relatedProblems([q('heat', 'right-now', 1, ['treatment/self-care'])], articles)).toEqual(
      [
        'src/content/questions/heat.mdx: related "treatment/self-care", but src/content/treatment/self-care.mdx does not exist',
      ],
    );
  });

  it('rejects a path outside the article sections', () => {
    const [problem] = relatedProblems([q('heat', 'right-now', 1, ['questions/sleep'])], articles);
    expect(problem).toMatch(/heat\.mdx: related "questions\/sleep" must start with one of causes/);
  });
});

describe('relatedHref', () => {
  it('turns a related path into a site link with a trailing slash', () => {
    expect(relatedHref('exercises/cat-camel')).toBe('/exercises/cat-camel/');
  });
});
