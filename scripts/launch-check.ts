/**
 * `npm run launch-check`: lists what the site needs before it goes live (clinical review of
 * every health page, the clinic's contact details, the public address, the editor's repository
 * and sign-in), each done or missing, with the file or setting to change. Exits 1 while anything
 * is missing. Run it with the production build's environment variables set (SITE_URL,
 * CMS_GITHUB_REPO, CMS_AUTH_URL), as the LAUNCH=1 build checks the same list.
 */
import { formatLaunchReport, siteLaunchChecklist } from '../src/lib/launch-check.ts';

const items = siteLaunchChecklist({ contentDir: 'src/content', env: process.env });
console.log(formatLaunchReport(items));
if (items.some((item) => !item.done)) process.exitCode = 1;
