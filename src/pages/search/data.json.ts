/**
 * /search/data.json: what the search page needs before the full-text index (src/lib/search-data.ts),
 * written once per build from the collections.
 */
import type { APIRoute } from 'astro';
import { getSearchData } from '../../data/get-search-data';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getSearchData('en')), {
    headers: { 'Content-Type': 'application/json' },
  });
