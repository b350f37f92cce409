import { describe, expect, it } from 'vitest';
import { faqPage, questionPage } from '../../../src/lib/structured-data';

const site = 'https://clinic.example/';
const url = 'https://clinic.example/questions/heat-or-ice/';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const asJson = (data: object): Record<string, any> => JSON.parse(JSON.stringify(data));

describe('questionPage', () => {
  const page = asJson(
    questionPage({
      site,
      url,
      title: 'Heat or ice for a back spasm?',
      description: 'Heat has the better evidence.',
      updated: new Date('2026-11-29'),
      about: 'Back spasm',
      question: 'Should I use heat or ice for a back spasm?',
      answer: 'Heat has the better evidence.',
    }),
  );

  it('is a MedicalWebPage about the condition, with the page facts', () => {
    expect(page['@context']).toBe('https://schema.org');
    expect(page['@type']).toBe('MedicalWebPage');
    expect(page.about).toEqual({ '@type': 'MedicalCondition', name: 'Back spasm' });
    expect(page.url).toBe(url);
    expect(page.dateModified).toBe('2026-11-29');
  });

  it('has the question and its accepted answer as main entity', () => {
    expect(page.mainEntity).toEqual({
      '@type': 'Question',
      name: 'Should I use heat or ice for a back spasm?',
      url,
      acceptedAnswer: { '@type': 'Answer', text: 'Heat has the better evidence.', url },
    });
  });

  it('claims no review when none is recorded', () => {
    expect(page.reviewedBy).toBeUndefined();
    expect(page.lastReviewed).toBeUndefined();
  });
});

describe('faqPage', () => {
  const questions = [
    { question: 'How long does a back spasm last?', answer: 'Days to weeks.', url: `${site}a/` },
    { question: 'Heat or ice?', answer: 'Heat.', url: `${site}b/` },
  ];
  const page = asJson(
    faqPage({ url: `${site}questions/`, title: 'Questions', description: 'Answers.', questions }),
  );

  it('is an FAQPage with one Question per entry, in order, each with its answer', () => {
    expect(page['@type']).toBe('FAQPage');
    expect(page['@id']).toBe(`${site}questions/#faq`);
    expect(page.mainEntity.map((q: { name: string }) => q.name)).toEqual([
      'How long does a back spasm last?',
      'Heat or ice?',
    ]);
    expect(page.mainEntity[1]).toEqual({
      '@type': 'Question',
      name: 'Heat or ice?',
      url: `${site}b/`,
      acceptedAnswer: { '@type': 'Answer', text: 'Heat.', url: `${site}b/` },
    });
  });
});
