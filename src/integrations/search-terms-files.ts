/**
 * Reads the words people use (src/content/search-terms/*.yaml) for the search index build
 * step, which runs after Astro's content layer and so reads the files itself. Each file is
 * checked with the collection's schema and against what the build made (pages) and the
 * warning-sign files; any mistake fails the build naming the file and the field.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { searchTermsSchema } from '../lib/content-schemas.ts';
import {
  checkSearchTerms,
  SEARCH_TERMS_FOLDER,
  termsByPage,
  type SearchTermsEntry,
} from '../lib/search-terms.ts';
import { folders } from '../lib/warning-signs.ts';

// A sign's safety box can come from a warning sign or from a fact about the person that is
// urgent alone (cancer, a weak immune system): both folders hold situations with a tier.
const SIGN_FOLDERS = [folders.sign, folders['about-you']].map((name) => `src/content/${name}`);

const yamlFiles = (folder: string) =>
  existsSync(folder)
    ? readdirSync(folder)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
    : [];

/** Every record, checked; `pages` are the built pages' addresses. Returns terms by page. */
export function loadSearchTerms(
  pages: ReadonlySet<string>,
  root = process.cwd(),
): Map<string, string[]> {
  const folder = join(root, SEARCH_TERMS_FOLDER);
  const problems: string[] = [];
  const entries: SearchTermsEntry[] = [];
  for (const name of yamlFiles(folder)) {
    const id = name.replace(/\.ya?ml$/, '');
    const parsed = searchTermsSchema.safeParse(parse(readFileSync(join(folder, name), 'utf8')));
    if (parsed.success) entries.push({ id, data: parsed.data });
    else {
      for (const issue of parsed.error.issues) {
        problems.push(
          `${SEARCH_TERMS_FOLDER}/${name}: ${issue.path.join('.') || '(file)'}: ${issue.message}`,
        );
      }
    }
  }
  if (problems.length > 0) throw new Error(`Search words:\n${problems.join('\n')}`);
  const signs = new Set(
    SIGN_FOLDERS.flatMap((folder) => yamlFiles(join(root, folder))).map((f) =>
      f.replace(/\.ya?ml$/, ''),
    ),
  );
  checkSearchTerms(entries, { pages, signs });
  return termsByPage(entries);
}
