import { describe, expect, it } from 'vitest';
import {
  breadcrumbList,
  exercisePlan,
  medicalClinic,
  medicalWebPage,
  chiropractor,
} from '../../../src/lib/structured-data';
import { clinic } from '../../../src/lib/clinic';

const site = 'https://clinic.example/';

/**
 * schema-dts types every node as "object or plain string", so read the builders' output the
 * way a search engine does: as serialised JSON.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const asJson = (data: object): Record<string, any> => JSON.parse(JSON.stringify(data));

describe('medicalWebPage', () => {
  const page = asJson(
    medicalWebPage({
      site,
      url: 'https://clinic.example/causes/overuse/',
      title: 'Overuse',
      description: 'Why tired muscles spasm.',
      updated: new Date('2026-11-25'),
      review: { reviewerId: 'jonathan-solomon', reviewedOn: new Date('2026-11-20') },
      references: [
        { title: 'Back pain', publisher: 'NHS', url: 'https://www.nhs.uk/conditions/back-pain/' },
      ],
      about: 'Back spasm',
    }),
  );

  it('carries the update date, the review date and the reviewer with credentials', () => {
    expect(page['@type']).toBe('MedicalWebPage');
    expect(page.dateModified).toBe('2026-11-25');
    expect(page.lastReviewed).toBe('2026-11-20');
    expect(page.reviewedBy).toMatchObject({ name: 'Dr. Jonathan Solomon', honorificSuffix: 'DC' });
  });
  it('cites its references and names a patient audience', () => {
    expect(page.citation).toEqual([
      expect.objectContaining({
        name: 'Back pain',
        url: 'https://www.nhs.uk/conditions/back-pain/',
      }),
    ]);
    expect(page.medicalAudience).toEqual({ '@type': 'Patient' });
  });
  it('claims no review for a page that was only updated', () => {
    const unreviewed = asJson(
      medicalWebPage({
        site,
        url: site,
        title: 'Home',
        description: 'x',
        updated: new Date('2026-11-25'),
      }),
    );
    expect(unreviewed.dateModified).toBe('2026-11-25');
    expect(unreviewed).not.toHaveProperty('lastReviewed');
    expect(unreviewed).not.toHaveProperty('reviewedBy');
  });
  it('leaves out review fields a page does not have', () => {
    const bare = asJson(medicalWebPage({ site, url: site, title: 'Home', description: 'x' }));
    expect(bare).not.toHaveProperty('lastReviewed');
    expect(bare).not.toHaveProperty('reviewedBy');
    expect(bare).not.toHaveProperty('citation');
  });
});

describe('breadcrumbList', () => {
  it('numbers absolute items from 1', () => {
    const list = asJson(
      breadcrumbList(
        [
          { label: 'Home', href: '/' },
          { label: 'Exercises', href: '/exercises/' },
        ],
        site,
      ),
    );
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://clinic.example/' },
      {
        '@type': 'ListItem',
        position: 2,
        name: 'Exercises',
        item: 'https://clinic.example/exercises/',
      },
    ]);
  });
});

describe('medicalClinic', () => {
  it('describes the clinic without any detail the clinic has not supplied', () => {
    const data = asJson(medicalClinic(site));
    expect(data['@type']).toBe('MedicalClinic');
    expect(data).not.toHaveProperty('telephone');
    expect(data).not.toHaveProperty('openingHours');
    expect(data.address).not.toHaveProperty('streetAddress');
    expect(data.areaServed).toHaveLength(clinic.communitiesServed.length);
  });
});

describe('chiropractor', () => {
  const data = asJson(chiropractor(site, clinic.practitioners[0]!));

  it('is a Person with the job title Chiropractor, never a Physician', () => {
    expect(data['@type']).toBe('Person');
    expect(data.jobTitle).toBe('Chiropractor');
    expect(JSON.stringify(data)).not.toMatch(/Physician/);
    expect(data.worksFor).toEqual({ '@id': 'https://clinic.example/about/#clinic' });
  });

  it('carries the Doctor of Chiropractic degree and the Virginia licence as credentials', () => {
    expect(data.honorificSuffix).toBe('DC');
    expect(data.hasCredential).toEqual([
      expect.objectContaining({
        '@type': 'EducationalOccupationalCredential',
        name: 'Doctor of Chiropractic (DC)',
        credentialCategory: 'degree',
        recognizedBy: { '@type': 'CollegeOrUniversity', name: 'Life Chiropractic College' },
      }),
      expect.objectContaining({
        credentialCategory: 'license',
        recognizedBy: { '@type': 'GovernmentOrganization', name: 'Virginia Board of Medicine' },
      }),
    ]);
    expect(data.description).toContain('Licensed as a chiropractor');
  });
});

describe('exercisePlan', () => {
  it('numbers the steps and carries the dose as text', () => {
    const plan = asJson(
      exercisePlan({
        url: 'https://clinic.example/exercises/bird-dog/',
        title: 'Bird dog',
        description: 'Balance exercise.',
        steps: ['Kneel on all fours.', 'Reach one arm forward.', 'Return.'],
        hold: 'Hold for 5 seconds.',
        repetitions: 'Start with 5 on each side.',
      }),
    );
    expect(plan['@type']).toBe('ExercisePlan');
    expect(plan.text).toBe(
      '1. Kneel on all fours. 2. Reach one arm forward. 3. Return. Hold: Hold for 5 seconds. Repetitions: Start with 5 on each side.',
    );
  });
});
