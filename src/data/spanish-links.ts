/**
 * Links from a Spanish page to other content pages, given their English addresses: the Spanish
 * twin's title and address where it exists, else the English page, said to be in English.
 */
import { getCollection } from 'astro:content';
import { sectionIds, type SectionId } from '../lib/sections';
import { say } from '../lib/words/fill';
import { siteText } from '../lib/words/es/site';
import { getSpanishPages } from './get-spanish-pages';

interface Link {
  label: string;
  href: string;
}

async function englishTitle(path: string): Promise<string> {
  const [, section, id] = path.split('/');
  if (!(sectionIds as readonly string[]).includes(section ?? '')) return path;
  const entry = (await getCollection(section as SectionId)).find((e) => e.id === id);
  if (!entry) throw new Error(`A Spanish page links to ${path}, which is not a page of this site.`);
  return 'question' in entry.data ? entry.data.question : entry.data.title;
}

/** Each English address as a link on a Spanish page. */
export async function spanishLinks(englishPaths: readonly string[]): Promise<Link[]> {
  const pages = await getSpanishPages();
  return Promise.all(
    englishPaths.map(async (path) => {
      const twin = pages.find((p) => p.englishPath === path);
      if (twin) {
        const data = twin.data as { title: string; question?: string };
        return { label: data.question ?? data.title, href: twin.path };
      }
      return {
        label: say(siteText.inOtherLanguage, { title: await englishTitle(path) }),
        href: path,
      };
    }),
  );
}
