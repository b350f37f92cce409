/**
 * The quiz's test stories as published, in both languages (/when-to-see-a-doctor/quiz-checks/
 * and its Spanish twin): every story of src/content/quiz-stories.yaml once, in the same order
 * on both pages, each with its own words in the page's language, the advice expected and the
 * advice the engine gives as the quiz's own headings in that language, the same count of stories
 * where they agree, said in the lead, and links to the quiz and the signs in that language.
 */
import { describe, expect, it } from 'vitest';
import { page } from '../support/dist';
import { loadStories, readStoryWords } from '../fixtures/warning-signs';
import { pathsIn, type Lang } from '../../src/lib/i18n';
import { outcomes, places, type Outcome, type Place } from '../../src/lib/triage';
import { resultWords } from '../../src/lib/triage-content';
import { wordsFor } from '../../src/lib/words';
import { say } from '../../src/lib/words/fill';

const checks = loadStories();
const agreeing = checks.filter((c) => c.agrees).length;
const spanishWords = new Map(readStoryWords().map((w) => [w.id, w]));
/** A story's visitor and why in a language: the English file's, or the Spanish file's. */
const storyWords = (lang: Lang, id: string) => {
  const story = checks.find((c) => c.story.id === id)!.story;
  return lang === 'en' ? story : spanishWords.get(id)!;
};

const langs = ['en', 'es'] as const;
const $of = (lang: Lang) => page(pathsIn[lang].quizChecks).$;
const rowIds = (lang: Lang) =>
  $of(lang)('main tr[data-story]')
    .map((_, el) => el.attribs['data-story'])
    .get();

describe('the quiz’s test stories, published in both languages', () => {
  it('list every story once, the same order on both pages, most urgent advice first', () => {
    const en = rowIds('en');
    expect([...en].sort()).toEqual(checks.map((c) => c.story.id).sort());
    expect(rowIds('es')).toEqual(en);
    const expected = (id: string) => checks.find((c) => c.story.id === id)!.story;
    const rank = (id: string) => [
      outcomes.indexOf(expected(id).outcome),
      places.indexOf(expected(id).place),
    ];
    const ranks = en.map(rank);
    const sorted = [...ranks].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
    expect(ranks).toEqual(sorted);
  });

  it.each(langs)('%s: says how many stories agree, the same count the engine gives', (lang) => {
    const $ = $of(lang);
    expect($('main tr[data-agrees="true"]').length).toBe(agreeing);
    expect($('main tr[data-agrees="false"]').length).toBe(checks.length - agreeing);
    const { lead } = wordsFor(lang).quizChecksText;
    expect($('main p.lead').text().replace(/\s+/g, ' ').trim()).toBe(
      say(lead, { count: checks.length, agreeing }),
    );
  });

  it.each(langs)('%s: gives each story its words and the advice as the quiz says it', (lang) => {
    const $ = $of(lang);
    const words = wordsFor(lang);
    const heading = (attr: string | undefined) => {
      const [outcome, place] = attr!.split(' ') as [Outcome, Place];
      return resultWords({ outcome, place }, words).heading;
    };
    const text = (cell: ReturnType<typeof $>) => cell.text().replace(/\s+/g, ' ').trim();
    $('main tr[data-story]').each((_, row) => {
      const id = row.attribs['data-story']!;
      const cells = $(row).children();
      const expected = $(row).find('[data-expected]');
      expect(text(cells.first()), id).toBe(storyWords(lang, id).visitor);
      expect(text(cells.last()), id).toBe(storyWords(lang, id).why);
      expect(text(expected), id).toBe(heading(expected.attr('data-expected')));
      const given = $(row).find('[data-given]');
      expect(text(given), id).toContain(heading(given.attr('data-given')));
    });
    expect($('main table thead').text()).toContain(words.quizText.youChecked);
  });

  it.each(langs)('%s: sends a visitor to the quiz and the signs in its language', (lang) => {
    const links = $of(lang)('main p a')
      .map((_, a) => a.attribs.href)
      .get();
    expect(links).toEqual([pathsIn[lang].triage, pathsIn[lang].whenToSeeADoctor]);
  });

  it.each(langs)('%s: is linked from the when-to-see-a-doctor page', (lang) => {
    const $ = page(pathsIn[lang].whenToSeeADoctor).$;
    expect($(`main a[href="${pathsIn[lang].quizChecks}"]`).length).toBe(1);
  });
});
