/**
 * The address of every page outside the content sections, in one home. `sitePages` (./site.ts)
 * adds each page's title and menu label; links anywhere read the address from here. Kept apart
 * from site.ts so the quiz island can link to a page without bundling the clinic's facts.
 */
export const paths = {
  home: '/',
  whenToSeeADoctor: '/when-to-see-a-doctor/',
  quizChecks: '/when-to-see-a-doctor/quiz-checks/',
  warningCard: '/when-to-see-a-doctor/card/',
  triage: '/triage/',
  about: '/about/',
  search: '/search/',
  routine: '/exercises/routine/',
  selfCare: '/treatment/self-care-at-home/',
  treatment: '/treatment/',
  exercises: '/exercises/',
  notFound: '/404.html',
} as const;
