/**
 * /admin/preview.css: the stylesheet of the editor's preview pane. It is the site's own
 * stylesheet, so a page in the preview has the colours, type and boxes readers see, followed by
 * the few page-layout rules of the preview templates (src/integrations/admin-cms/preview.css).
 */
import type { APIRoute } from 'astro';
import siteStyles from '../../styles/global.css?raw';
import previewStyles from '../../integrations/admin-cms/preview.css?raw';

export const GET: APIRoute = () =>
  new Response(`${siteStyles}\n${previewStyles}`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
