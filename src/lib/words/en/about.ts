/**
 * The about page's words in English: the clinic, its chiropractor and the editorial policy.
 * Every clinic fact enters through a slot from src/lib/clinic.ts, so no sentence here can state
 * one the clinic has not given.
 */
import type { AboutText, ContactText } from '../types.ts';

export const contactText: ContactText = {
  address: 'Address:',
  phone: 'Phone:',
  hours: 'Hours:',
  bookAt: 'Book a visit at {clinic}',
  call: 'Call {clinic}:',
  book: 'Book a visit',
};

export const aboutText: AboutText = {
  breadcrumb: 'About us',
  lead: '{clinic} is a chiropractic clinic in {city}, {region}. We wrote this guide to help people with back spasms know what to do and where to get care.',
  notAMedicalDoctor:
    '{name} is a {job}: a Doctor of Chiropractic ({credentials}), not a medical doctor. When this site tells you to see a doctor, it means a medical doctor (MD or DO), a physician assistant or a nurse practitioner, at their office, an urgent care center or the emergency department.',
  education: '{education}.',
  licence: '{licence}.',
  served: 'Has served the {city} community since {since}: more than {years} years of care.',
  oneClinician:
    'Sees every patient at every visit, so your care stays with one person who knows your history.',
  offersHeading: 'What the clinic offers',
  offers: [
    'A careful check of your back before any treatment.',
    'X-rays on site, when your exam shows they are needed.',
    'Gentle chiropractic care and exercises.',
  ],
  treatmentLink: 'How we treat back spasms',
  communitiesHeading: 'Communities we serve',
  communitiesIntro: 'People come to us from these nearby communities in Northern Virginia:',
  contactHeading: 'Contact',
  policyHeading: 'Editorial policy',
  policy: [
    {
      label: 'Who writes and reviews:',
      text: 'the clinic team writes each page. A page counts as reviewed only after a clinician, such as {reviewer}, has read it and signed it off. Each page says whether that has happened yet, and if so, who did it and when.',
    },
    {
      label: 'How we choose sources:',
      text: 'we check our pages against clinical guidelines, research reviews and public health sites such as the NHS and MedlinePlus. Each page lists its sources.',
    },
    {
      label: 'What this site is not:',
      text: 'it gives general information. It does not replace a visit to a medical doctor or a chiropractor who can examine you. It cannot promise any result.',
    },
    {
      label: 'No ads, no tracking:',
      text: 'this site has no advertising, no cookies and no analytics. Nothing you type into the quiz or search leaves your device.',
    },
    {
      label: 'Updates:',
      text: 'each page shows the day its words last changed. When the words of a checked page change, it says the check is pending again until it is done.',
    },
  ],
};
