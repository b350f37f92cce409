/**
 * /og/<page>.png: every page's link-preview card (1200x630), drawn at build time from the
 * site's data (src/data/og-cards.ts) and cached between builds (src/lib/og-png.ts). Only
 * link previews fetch it: SeoHead names it in <head>, and no page loads it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPageCards } from '../../data/og-cards';
import { OG_DIR, ogImagePath, type OgCard } from '../../lib/og';
import { cardPng } from '../../lib/og-png';

export const getStaticPaths = (async () =>
  (await getPageCards()).map(({ page, card }) => ({
    params: { path: ogImagePath(page).slice(OG_DIR.length, -'.png'.length) },
    props: { card },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props, params }) =>
  new Response(new Uint8Array(await cardPng(props.card, `${OG_DIR}${params.path}.png`)), {
    headers: { 'Content-Type': 'image/png' },
  });
