import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleSchema } from '../../../../src/lib/content-schemas';
import {
  seededRandom,
  syntheticArticle,
  vocabulary,
} from '../../../../scripts/bench/synthetic-article';

const words = vocabulary([
  "---\ntitle: x\n---\n\nTired muscles don't [guard](/causes/) the spine. <Note /> Walk, stretch and rest.",
]);

describe('vocabulary', () => {
  it('keeps plain words and drops frontmatter, link targets, tags and quotes', () => {
    expect(words).toEqual([
      'and',
      'don',
      'guard',
      'muscles',
      'rest',
      'spine',
      'stretch',
      'the',
      'tired',
      'walk',
    ]);
  });
});

describe('syntheticArticle', () => {
  const article = syntheticArticle(42, words);
  const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(article.source)![1]!);

  it('has frontmatter the real article schema accepts', () => {
    expect(articleSchema.safeParse(frontmatter).error).toBeUndefined();
  });

  it('imports and uses a real component, and is article-length', () => {
    expect(article.source).toContain(
      "import SeeADoctorNote from '../../components/SeeADoctorNote.astro';",
    );
    expect(article.source).toContain('<SeeADoctorNote />');
    expect(article.words).toBeGreaterThan(400);
    expect(article.fileName).toBe('bench-00042.mdx');
  });

  it('is the same on every run and differs between articles', () => {
    expect(syntheticArticle(42, words).source).toBe(article.source);
    expect(syntheticArticle(43, words).source).not.toBe(article.source);
    expect(seededRandom(1)()).toBe(seededRandom(1)());
  });
});
