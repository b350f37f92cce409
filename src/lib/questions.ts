/**
 * Pure logic for the questions section (src/content/questions/): the groups of the index, the
 * home page's most-asked list, the articles a question builds on (`related`) and the reverse
 * lookup that lets each article list the questions about it without anyone editing the article.
 */
import { questionGroups, type QuestionGroup } from './content-schemas';
import { articleSectionIds } from './sections';
import type { Lang } from './i18n.ts';
import type { QuestionGroupText } from './words/types.ts';
import { questionGroupText as enGroups } from './words/en/articles.ts';
import { questionGroupText as esGroups } from './words/es/articles.ts';

interface GroupInfo {
  id: QuestionGroup;
  /** Heading on the questions index. */
  heading: string;
  /** One line under the heading. */
  intro: string;
}

const groupTextIn: Record<Lang, Record<QuestionGroup, QuestionGroupText>> = {
  en: enGroups,
  es: esGroups,
};

/**
 * The index's groups with their words, in the order a person in pain needs them (the schema's
 * order): relief first, then safety, then living with it.
 */
const groupInfoIn = (lang: Lang): readonly GroupInfo[] =>
  questionGroups.map((id) => ({ id, ...groupTextIn[lang][id] }));

export const groupInfo = groupInfoIn('en');

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
  lang: Lang = 'en',
): { group: GroupInfo; questions: Q[] }[] {
  return groupInfoIn(lang)
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
