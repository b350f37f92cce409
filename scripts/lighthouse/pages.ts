/**
 * One page of every template, and what Lighthouse may flag on it for a good reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measurePage } from '../budget/measure.ts';
import type { Expectation } from './assess.ts';

export interface TemplatePage extends Expectation {
  template: string;
  path: string;
  /** Expected HTTP status (Lighthouse is told not to stop at a 404). */
  status?: number;
}

export const TEMPLATE_PAGES: readonly TemplatePage[] = [
  { template: 'home', path: '/' },
  { template: 'section index', path: '/causes/' },
  { template: 'article', path: '/causes/overuse/' },
  { template: 'exercise', path: '/exercises/bird-dog/' },
  { template: 'exercise routine', path: '/exercises/routine/' },
  { template: 'when to see a doctor', path: '/when-to-see-a-doctor/' },
  { template: 'printable card', path: '/when-to-see-a-doctor/card/' },
  { template: 'triage quiz', path: '/triage/' },
  { template: 'search', path: '/search/' },
  {
    // Where every search form sends a query: the search page with its data inside, measured as
    // a visitor's search from another page opens it, results painted.
    template: 'search results',
    path: '/search/results/?q=sitting',
    allowedFailures: {
      seo: {
        'is-crawlable':
          'Search results are noindex on purpose: a search engine should list the pages, not our results.',
      },
    },
    timingsReported:
      'its load includes the search (data and script inside the page, about 32 KiB); the goal is its first result against an article in `npm run bench:search`, and /search/ is held to the limits.',
  },
  { template: 'about', path: '/about/' },
  { template: 'question', path: '/questions/heat-or-ice/' },
  { template: 'questions index', path: '/questions/' },
  // The Spanish edition's own templates: the same layouts with Spanish words and a Spanish island.
  { template: 'Spanish home', path: '/es/' },
  { template: 'Spanish quiz', path: '/es/por-donde-empiezo/' },
  { template: 'Spanish warning signs', path: '/es/cuando-ver-al-medico/' },
  { template: 'Spanish section index', path: '/es/causas/' },
  { template: 'Spanish article', path: '/es/causas/uso-excesivo/' },
  { template: 'Spanish exercise', path: '/es/ejercicios/perro-pajaro/' },
  { template: 'Spanish question', path: '/es/preguntas/calor-o-hielo/' },
  { template: 'Spanish questions index', path: '/es/preguntas/' },
  { template: 'Spanish exercise routine', path: '/es/ejercicios/rutina/' },
  { template: 'Spanish printable card', path: '/es/cuando-ver-al-medico/tarjeta/' },
  { template: 'Spanish about', path: '/es/acerca-de/' },
  { template: 'Spanish search', path: '/es/buscar/' },
  {
    // A real unknown address, so the page is measured as visitors get it: status 404.
    template: '404',
    path: '/no-such-page/',
    status: 404,
    allowedFailures: {
      'best-practices': {
        'errors-in-console':
          'Chromium logs the 404 status of the document itself as a console error; nothing else may be logged (checked separately).',
      },
      seo: {
        'http-status-code': 'A missing page must answer 404, so search engines drop it.',
        'is-crawlable':
          'The not-found page is noindex on purpose: it must never appear in search results.',
      },
    },
  },
];

/**
 * The template pages, each marked with whether it ships JavaScript, read from the build with
 * the page-weight budget's own measurement (the 404 page from 404.html).
 */
export function templatePagesIn(dist: string): TemplatePage[] {
  return TEMPLATE_PAGES.map((page) => {
    const address = new URL(page.path, 'http://site').pathname;
    const file = page.status === 404 ? '404.html' : join(address, 'index.html');
    const { weight } = measurePage(dist, address, readFileSync(join(dist, file), 'utf8'));
    return { ...page, shipsJavaScript: weight.jsBytes > 0 };
  });
}
