/**
 * Checks every page's picked lists (`<WarningSigns signs="…" variant="picked" />`) against the
 * quiz's records once per build, in English and Spanish files alike, so a misspelt or retired
 * sign stops the build naming the MDX file and the id (src/lib/picked-signs.ts). The component
 * awaits it before drawing a picked list; it cannot know which file it was written in.
 */
import { getCollection } from 'astro:content';
import { pickedSignProblems } from '../lib/picked-signs';
import { sectionIds, type SectionId } from '../lib/sections';
import { getTriageData } from './get-warning-signs';

let checked: Promise<void> | undefined;

async function bodies(section: SectionId) {
  const [english, spanish] = await Promise.all([
    getCollection(section),
    getCollection(`es-${section}`),
  ]);
  const file = (e: { id: string; filePath?: string }, folder: string) =>
    e.filePath ?? `src/content/${folder}/${e.id}.mdx`;
  return [
    ...english.map((e) => ({ file: file(e, section), body: e.body ?? '' })),
    ...spanish.map((e) => ({ file: file(e, `es/${section}`), body: e.body ?? '' })),
  ];
}

async function check(): Promise<void> {
  const [data, ...perSection] = await Promise.all([getTriageData(), ...sectionIds.map(bodies)]);
  const problems = perSection
    .flat()
    .flatMap(({ file, body }) => pickedSignProblems(file, body, data));
  if (problems.length > 0) throw new Error(`Picked warning signs:\n${problems.join('\n')}`);
}

/** Resolves once every picked list on the site names records that exist and have a tier. */
export function checkPickedSigns(): Promise<void> {
  checked ??= check();
  return checked;
}
