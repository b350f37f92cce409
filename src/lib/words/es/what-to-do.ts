/**
 * Qué hacer, for each outcome of the quiz: the Spanish twin of ../en/what-to-do.ts, with the
 * one definition of "un médico". "Un médico" means a medical clinician (MD or DO, physician
 * assistant, nurse practitioner), never the chiropractor (el quiropráctico). No promise of a
 * result. "Urgent care" is explained in every string that names it, since each can be read alone.
 */
import { esPaths, inSpanish, type PageKey } from '../../paths.ts';
import type { Tier } from '../../triage.ts';
import type {
  links as enLinks,
  notImprovingText as enNotImprovingText,
  tierHref as enTierHref,
} from '../en/what-to-do.ts';
import type { Link, OutcomeTable } from '../types.ts';
import { say } from '../fill.ts';

/** The one definition of "un médico", said wherever it matters. */
export const doctorMeans: string =
  'Cuando decimos "un médico", hablamos de un médico (MD o DO), un asistente médico (PA) o una enfermera practicante (NP). No hablamos de un quiropráctico.';

/** The anchor of a tier's list on the Spanish when-to-see-a-doctor page. */
export const tierHref: typeof enTierHref = (tier: Tier) => `${esPaths.whenToSeeADoctor}#${tier}`;

/**
 * A link to a page's Spanish twin; until the twin exists, to the English page, and the label
 * warns the reader before they land on English.
 */
const pageLink = (page: PageKey, label: string, href: string = esPaths[page]): Link =>
  inSpanish(page) ? { href, label } : { href, label: `${label} (en inglés)` };

export const links: Record<keyof typeof enLinks, Link> = {
  whenToSeeADoctor: pageLink('whenToSeeADoctor', 'Cuándo ir al médico'),
  emergencySigns: pageLink(
    'whenToSeeADoctor',
    'Señales de emergencia del dolor de espalda',
    tierHref('emergency'),
  ),
  urgentSigns: pageLink('whenToSeeADoctor', 'Señales para ir al médico hoy', tierHref('urgent')),
  selfCare: pageLink('selfCare', 'Lo que puede hacer hoy en casa'),
  treatment: pageLink('treatment', 'Cómo se tratan los espasmos de espalda'),
  exercises: pageLink('exercises', 'Ejercicios suaves para los espasmos de espalda'),
  triage: pageLink('triage', '¿Por dónde empiezo? Haga el cuestionario'),
};

/** Said on the see-a-doctor-today and within-days results. */
const ifEmergencyStarts = say(
  'Llame al {number} si empieza una señal de emergencia, como un problema nuevo para orinar o debilidad en las piernas.',
);

export const outcomeText: OutcomeTable = {
  emergency: {
    when: 'Ahora',
    todo: [
      'Si usted no puede llamar, pida a otra persona que llame por usted.',
      'No espere a ver si empeora.',
      'Dígales que tiene dolor de espalda y cuáles de estas señales tiene.',
    ],
    links: [links.emergencySigns],
  },
  urgent: {
    when: 'Hoy',
    todo: [
      'Dígales qué casillas marcó.',
      'No espere a una cita de rutina.',
      ifEmergencyStarts,
      doctorMeans,
    ],
    links: [links.urgentSigns, links.emergencySigns],
  },
  doctor: {
    when: say('Dentro de {from} a {to} días'),
    todo: [
      'Dígales qué casillas marcó.',
      'Si empeora, vaya hoy: a un centro de atención de urgencias (urgent care) o a una cita con un médico para hoy mismo.',
      ifEmergencyStarts,
      'Después de que un médico le revise, la atención quiropráctica puede ayudarle a recuperarse.',
      doctorMeans,
    ],
    links: [links.whenToSeeADoctor, links.treatment],
  },
  'doctor-then-chiropractic': {
    when: 'Pida una cita pronto',
    because: 'Usted no marcó ninguna señal de alarma.',
    todo: [
      'Vaya a su médico de atención primaria para saber por qué sus espasmos no mejoran. Dígale cuánto tiempo llevan y qué ha probado.',
      'Pregunte si la atención quiropráctica o la fisioterapia pueden ser parte de su plan: pueden apoyar su recuperación.',
      'Siga moviéndose con suavidad, hasta donde se sienta bien.',
      say(
        'Si empieza una señal de alarma, vaya al médico antes. Llame al {number} si es una señal de emergencia.',
      ),
      doctorMeans,
    ],
    links: [links.whenToSeeADoctor, links.treatment, links.exercises],
    handsOnCare: true,
  },
  chiropractic: {
    when: 'Empiece hoy, en casa',
    because:
      'Usted no marcó ninguna señal de alarma. La mayoría de los espasmos se calman con cuidados en casa en unos días o unas pocas semanas.',
    noReasons:
      'Sus espasmos tampoco se parecen a un patrón común. Por eso, si no se calman, es importante que le revisen bien la espalda.',
    todo: [
      'Hoy: siga moviéndose con suavidad. Caminar un poco y hacer ejercicios suaves puede ayudar.',
      'Pruebe con calor suave. Deje de hacer cualquier cosa que le aumente el dolor.',
      'Si quiere tratamiento con las manos, un quiropráctico es un primer paso razonable. También lo son un fisioterapeuta o su médico de atención primaria.',
      'Este es el sitio web de una clínica quiropráctica. Téngalo en cuenta al decidir.',
      say(
        'Fíjese si aparece una señal de alarma. Si aparece, vaya al médico. Llame al {number} si es una señal de emergencia.',
      ),
    ],
    links: [links.selfCare, links.exercises, links.treatment, links.whenToSeeADoctor],
    handsOnCare: true,
  },
};

/** The result for `doctor-then-chiropractic`, whose place is primary care. */
export const notImprovingText: typeof enNotImprovingText = {
  heading: 'Vaya al médico, con la atención quiropráctica como apoyo',
  action:
    'Vaya a su médico de atención primaria para saber por qué sus espasmos no mejoran. La atención quiropráctica puede apoyar su recuperación.',
};
