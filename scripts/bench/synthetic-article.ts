/**
 * Deterministic synthetic MDX articles for the build benchmark. The words come from the
 * site's own articles, so Pagefind indexes a realistic vocabulary; each article imports a
 * real component, so MDX compilation and component rendering are part of what is measured.
 */

/** Small seeded PRNG (mulberry32): the same seed gives the same articles on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---/;

/** Plain lower-case words of an MDX body: no frontmatter, links, markup or numbers. */
export function vocabulary(sources: readonly string[]): string[] {
  const words = new Set<string>();
  for (const source of sources) {
    const body = source
      .replace(FRONTMATTER, ' ')
      .replace(/\]\([^)]*\)/g, ' ')
      .replace(/<[^>]+>/g, ' ');
    // Letters and inner hyphens only: no quotes, so the words are safe inside YAML strings.
    for (const word of body.toLowerCase().match(/[a-z][a-z-]*[a-z]/g) ?? []) words.add(word);
  }
  return [...words].filter((w) => w.length > 1).sort();
}

/** Real pages to link to, so link rendering and the search index look like the real site. */
const LINKS = [
  ['when to see a doctor', '/when-to-see-a-doctor/'],
  ['protective guarding', '/causes/protective-guarding/'],
  ['the bird dog', '/exercises/bird-dog/'],
  ['self-care at home', '/treatment/self-care-at-home/'],
] as const;

interface SyntheticArticle {
  fileName: string;
  source: string;
  words: number;
}

export function syntheticArticle(index: number, words: readonly string[]): SyntheticArticle {
  const random = seededRandom(index + 1);
  const pick = () => words[Math.floor(random() * words.length)] ?? 'back';
  const sentence = () => {
    const length = 6 + Math.floor(random() * 9);
    const text = Array.from({ length }, pick).join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: 3 + Math.floor(random() * 3) }, sentence).join(' ');
  const id = String(index).padStart(5, '0');
  const title = `Bench article ${id}: ${pick()} and ${pick()}`.slice(0, 70);
  const link = LINKS[index % LINKS.length]!;

  const sections = Array.from({ length: 5 }, (_, s) => {
    const list = Array.from({ length: 4 }, () => `- **${pick()}:** ${sentence()}`).join('\n');
    const parts = [`## ${sentence().slice(0, -1)}`, paragraph(), list, paragraph()];
    if (s === 2) parts.push(`Read more about [${link[0]}](${link[1]}).`, '<SeeADoctorNote />');
    return parts.join('\n\n');
  });

  const source = [
    '---',
    `title: '${title}'`,
    `description: '${`Synthetic article ${id} for the build benchmark. ${sentence()}`.slice(0, 150)}'`,
    `summary: '${sentence()} ${sentence()}'`,
    'updated: 2026-11-20',
    `order: ${100 + index}`,
    'references:',
    '  - title: Back spasms',
    '    publisher: Cleveland Clinic',
    '    url: https://my.clevelandclinic.org/health/diseases/22881-back-spasms',
    '---',
    '',
    "import SeeADoctorNote from '../../components/SeeADoctorNote.astro';",
    '',
    ...sections.flatMap((s) => [s, '']),
  ].join('\n');

  const body = source.slice(source.indexOf('import SeeADoctorNote'));
  return {
    fileName: `bench-${id}.mdx`,
    source,
    words: body.split(/\s+/).filter(Boolean).length,
  };
}
