/**
 * The when-to-see-a-doctor page's own sentences in English; the signs, rules and their sources
 * come from the records.
 */
import type { WhenToSeeText } from '../types.ts';

export const whenToSeeText: WhenToSeeText = {
  lead: 'Most back spasms are not serious and ease with time. A few signs mean you need emergency care now. Some mean a doctor should see you {urgent}, and some {doctor}. Some facts about you, such as a weak immune system or a blood thinner, make a sign more urgent. If you have none of them, self-care is the place to start.',
  eachSign:
    'Each sign below says how soon and where to go, why it matters, and the guideline it comes from. Where a rule goes further than its source, it says so: that is the clinic’s judgment. If more than one fits, follow the most urgent one. {card}',
  cardLink: 'Print the one-page card',
  caudaEquina:
    'Trouble peeing, numbness between your legs, new problems with sex, and pain, numbness or weakness in both legs can be signs of cauda equina syndrome. This is when the nerves at the bottom of your spine get squeezed. It is rare, but it needs treatment fast. Call {number} at the first of these signs. Do not wait until you lose control of your bladder or bowels.',
  bothHeading: 'It is not either/or',
  both: 'Choosing a chiropractor or a doctor is not a choice of one over the other. What is right for you depends on your symptoms, what caused them and what an exam finds. Many people see both, and the two can work together.',
  notSureHeading: 'Not sure where you fit?',
  notSure: 'Answer a few quick questions and see where to start, and why.',
};
