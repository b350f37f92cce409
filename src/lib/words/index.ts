/**
 * Every word table in both languages, for pages and components that render on the server: a
 * component says `wordsFor(langOf(Astro.url.pathname))`. The quiz island imports its own
 * language's files directly, so a page ships one language's words, not both.
 */
import type { Lang } from '../i18n.ts';
import * as enHowSoon from './en/how-soon.ts';
import * as enWhere from './en/where.ts';
import * as enWhatToDo from './en/what-to-do.ts';
import * as enQuiz from './en/quiz.ts';
import * as enRuleLists from './en/rule-lists.ts';
import * as enSite from './en/site.ts';
import * as enArticles from './en/articles.ts';
import * as enSearch from './en/search.ts';
import * as enQuizChecks from './en/quiz-checks.ts';
import * as enAbout from './en/about.ts';
import * as enPrintables from './en/printables.ts';
import * as enWhenToSee from './en/when-to-see.ts';
import * as esHowSoon from './es/how-soon.ts';
import * as esWhere from './es/where.ts';
import * as esWhatToDo from './es/what-to-do.ts';
import * as esQuiz from './es/quiz.ts';
import * as esRuleLists from './es/rule-lists.ts';
import * as esSite from './es/site.ts';
import * as esArticles from './es/articles.ts';
import * as esSearch from './es/search.ts';
import * as esQuizChecks from './es/quiz-checks.ts';
import * as esAbout from './es/about.ts';
import * as esPrintables from './es/printables.ts';
import * as esWhenToSee from './es/when-to-see.ts';

const words = {
  en: {
    ...enHowSoon,
    ...enWhere,
    ...enWhatToDo,
    ...enQuiz,
    ...enRuleLists,
    ...enSite,
    ...enArticles,
    ...enSearch,
    ...enQuizChecks,
    ...enAbout,
    ...enPrintables,
    ...enWhenToSee,
  },
  es: {
    ...esHowSoon,
    ...esWhere,
    ...esWhatToDo,
    ...esQuiz,
    ...esRuleLists,
    ...esSite,
    ...esArticles,
    ...esSearch,
    ...esQuizChecks,
    ...esAbout,
    ...esPrintables,
    ...esWhenToSee,
  },
};

/** One language's words: the tables' shapes (./types.ts) are the same in both. */
export type Words = (typeof words)['es'];

export const wordsFor = (lang: Lang): Words => words[lang];
