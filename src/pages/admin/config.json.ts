/**
 * /admin/config.json: the editor's configuration, generated at build time from the content
 * collections' schemas (src/lib/cms/config.ts). Sveltia CMS fetches it from the admin page.
 */
import type { APIRoute } from 'astro';
import { collections } from '../../content.config';
import { backendFromEnv, buildCmsConfig } from '../../lib/cms/config';

export const GET: APIRoute = ({ site }) => {
  const { load_config_file: _fileOnlyInInit, ...config } = buildCmsConfig(
    collections,
    backendFromEnv(process.env),
    site?.origin,
  );
  return new Response(JSON.stringify(config, null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
};
