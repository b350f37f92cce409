/**
 * Pure logic for the questions section (src/content/questions/): the groups of the index, the
 * home page's most-asked list, the articles a question builds on (`related`) and the reverse
 * lookup that lets each article list the questions about it without anyone editing the article.
 */
import { questionGroups, type QuestionGroup } from './content-schemas';
import { articleSectionIds } from './sections';

interface GroupInfo {
  id: QuestionGroup;
  /** Heading on the /questions/ index. */
  heading: string;
  /** One line under the heading. */
  intro: string;
}

/** In the order a person in pain needs them: relief first, then safety, then living with it. */
export const groupInfo: readonly GroupInfo[] = [
  {
    id: 'right-now',
    heading: 'Right now',
    intro: 'What to do while it hurts: how long it lasts, first steps, heat, medicine and sleep.',
  },
  {
    id: 'is-it-serious',
    heading: 'Is it serious?',
    intro: 'How to tell a spasm from other problems, and the signs that need a doctor.',
  },
  {
    id: 'daily-life',
    heading: 'Daily life',
    intro: 'Work, driving, stress and how to lower the chance it comes back.',
  },
  {
    id: 'choosing-care',
    heading: 'Choosing care',
    intro: 'Who can help, and whether you need a scan.',
  },
];

// A group added to the schema without a heading here would vanish from the index: fail loudly.
for (const id of questionGroups) {
  if (!groupInfo.some((g) => g.id === id))
    throw new Error(`questions: group "${id}" has no heading`);
}

/** The fields of a question entry this module reads. */
export interface QuestionLike {
  id: string;
  data: {
    question: string;
    answer: string;
    group: QuestionGroup;
    order: number;
    related: readonly string[];
  };
}

/** Lowest `order` first, then alphabetical, so ties are stable. */
export function byQuestionOrder(a: QuestionLike, b: QuestionLike): number {
  return a.data.order - b.data.order || a.data.question.localeCompare(b.data.question);
}

/** The index's groups, each with its questions in order; empty groups are left out. */
export function groupQuestions<Q extends QuestionLike>(
  questions: readonly Q[],
): { group: GroupInfo; questions: Q[] }[] {
  return groupInfo
    .map((group) => ({
      group,
      questions: questions.filter((q) => q.data.group === group.id).sort(byQuestionOrder),
    }))
    .filter((g) => g.questions.length > 0);
}

/** How many questions the home page shows. */
export const TOP_QUESTIONS = 5;

/**
 * The most-asked questions, for the home page. Editors number `order` across the whole
 * collection by how often people ask (1 = asked most), so the lowest numbers are the top.
 */
export function topQuestions<Q extends QuestionLike>(
  questions: readonly Q[],
  count = TOP_QUESTIONS,
): Q[] {
  return [...questions].sort(byQuestionOrder).slice(0, count);
}

/** `treatment/self-care-at-home` → `/treatment/self-care-at-home/`. */
export const relatedHref = (related: string): string => `/${related}/`;

/**
 * Checks every `related` path names an existing article; returns the problems, each naming
 * the file and the field, so the build can stop with all of them at once.
 */
export function relatedProblems(
  questions: readonly QuestionLike[],
  articlePaths: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  for (const q of questions) {
    for (const path of q.data.related) {
      const section = path.split('/')[0] ?? '';
      if (!(articleSectionIds as readonly string[]).includes(section)) {
        problems.push(
          `src/content/questions/${q.id}.mdx: related "${path}" must start with one of ${articleSectionIds.join(', ')}`,
        );
      } else if (!articlePaths.has(path)) {
        problems.push(
          `src/content/questions/${q.id}.mdx: related "${path}", but src/content/${path}.mdx does not exist`,
        );
      }
    }
  }
  return problems;
}

/**
 * The questions that build on one article (reverse lookup of `related`), most-asked first.
 * `articlePath` is a URL path such as `/treatment/self-care-at-home/`.
 */
export function questionsAbout<Q extends QuestionLike>(
  questions: readonly Q[],
  articlePath: string,
): Q[] {
  const key = articlePath.replace(/^\/|\/$/g, '');
  return questions.filter((q) => q.data.related.includes(key)).sort(byQuestionOrder);
}
