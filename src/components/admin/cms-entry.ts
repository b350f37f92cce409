/**
 * Browser entry of the editor at /admin/. Bundled once by src/integrations/admin-cms.ts (and
 * cached between builds), never by the site's own build, so no other page can pull it in.
 * Sveltia CMS reads its configuration from the page's <link rel="cms-config-url">, which
 * points at /admin/config.json, generated from the content schemas.
 */
import { init } from '@sveltia/cms';

init();
