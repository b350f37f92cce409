/**
 * Las palabras alrededor de un artículo, una pregunta y un ejercicio en español: etiquetas,
 * títulos y los consejos que comparten todos los ejercicios (sus fuentes:
 * src/lib/exercise-advice.ts).
 */
import type { QuestionGroup } from '../../content-schemas.ts';
import type {
  ArticleText,
  ExerciseAdviceText,
  LegNoteText,
  NoSignText,
  QuestionGroupText,
  SchemaText,
} from '../types.ts';

export const articleText: ArticleText = {
  alsoCalled: 'También se le dice: {list}.',
  shortAnswer: 'Respuesta corta',
  askedAs: 'Otras formas en que la gente lo pregunta: {list}.',
  readMore: 'Lea más en este sitio',
  questionsPeopleAsk: 'Preguntas que hace la gente',
  questionGroupsLabel: 'Grupos de preguntas',
  seriousLead: '¿Es grave?',
  seriousRest:
    'La mayoría de los espasmos de espalda mejoran con cuidados en casa. Algunas señales necesitan a un médico.',
  otherSigns: 'Otras señales quieren decir que un médico debe revisarlo {when}.',
  allSigns: 'Vea todas las señales de alarma',
  routineLink: 'Todos los ejercicios en una página para imprimir',
  doseHeading: 'Cuánto hacer',
  doseNote: 'Es un punto de partida general. Quien lo atiende puede sugerirle otra cantidad.',
  stepsHeading: 'Pasos',
  feelHeading: 'Qué debe sentir',
  stopHeading: 'Cuándo parar',
  pregnancyHeading: 'Si está embarazada',
  evidenceHeading: '¿El ejercicio me ayudará con el espasmo?',
  helpsHeading: 'Con qué puede ayudar',
};

export const legNoteText: LegNoteText = {
  sentence:
    'El adormecimiento, la debilidad o la pérdida de sensación en las piernas, o entre ellas, siempre necesita a un médico: {list}.',
  kind: '{words}: {when}',
  callNumber: 'llame al {number}',
  kinds: {
    'saddle-numbness': 'adormecimiento entre las piernas',
    'both-legs': 'en las dos piernas',
    'leg-weakness': 'debilidad nueva en una pierna',
    neuro: 'adormecimiento u hormigueo en una pierna',
  },
};

export const noSignText: NoSignText = {
  notImprovingHeading: 'Si los espasmos no mejoran',
  notImprovingItem:
    '{words}: vea a un médico para buscar la causa. La atención quiropráctica o la fisioterapia pueden ayudar en su recuperación, junto con lo que le diga el médico.',
  noneHeading: 'Si no tiene ninguna de estas señales',
  noneIntro:
    'Si no tiene ninguna de las señales de arriba, la mayoría de los espasmos vienen de cómo se mueve la columna y cómo carga el peso. Casi todos mejoran con cuidados en casa en unos días o pocas semanas. Estos espasmos suelen empeorar con algunos movimientos y calmarse al descansar o cambiar de posición. Suelen empezar poco a poco, o después de un esfuerzo, de repetir un movimiento o de estar sentado mucho tiempo. Por ejemplo:',
  startWithSelfCare:
    'Empiece con cuidados en casa: {link}. No necesita ver primero a un médico. Si quiere un tratamiento con las manos, un quiropráctico es un buen primer paso. También lo son un fisioterapeuta o su médico de atención primaria. Este es el sitio de una clínica quiropráctica: téngalo en cuenta. Una visita quiropráctica empieza con su historia de salud y un examen. Si aparece una señal de alarma, lo deben mandar a un médico.',
};

export const schemaText: SchemaText = {
  condition: 'Espasmo de espalda',
  exerciseType: 'Flexibilidad y control del movimiento',
  intensity: 'Suave; quédese en una tensión leve, nunca en dolor',
  hold: 'Sostener: {text}',
  repetitions: 'Repeticiones: {text}',
};

export const exerciseAdvice: ExerciseAdviceText = {
  discomfort: [
    'Una molestia leve está bien. Una buena regla: está bien si se calma en más o menos una hora después de parar.',
    'Pare si el dolor se vuelve agudo, baja por una pierna o sigue creciendo mientras lo hace.',
  ],
  pregnancy: [
    'Si está embarazada, pregunte a su ginecólogo o partera qué ejercicios son buenos para usted.',
    'Pregúnteles si debe hacer ejercicios acostada boca arriba más adelante en el embarazo. Muchos ejercicios también se pueden hacer de lado, sentada o de pie.',
  ],
  evidence: [
    'Casi todos los estudios sobre ejercicios para la espalda son sobre dolor que ha durado tres meses o más. Para ese dolor, el ejercicio probablemente lo alivia un poco.',
    'Para un espasmo nuevo, lo más importante es seguir moviéndose con cuidado y seguir con su día lo mejor que pueda. Este ejercicio es una forma suave de moverse. No es la única.',
  ],
};

/** Los grupos de la página de preguntas. */
export const questionGroupText: Record<QuestionGroup, QuestionGroupText> = {
  'right-now': {
    heading: 'Ahora mismo',
    intro:
      'Qué hacer mientras duele: cuánto dura, los primeros pasos, el calor, las medicinas y el sueño.',
  },
  'is-it-serious': {
    heading: '¿Es grave?',
    intro:
      'Cómo distinguir un espasmo de otros problemas, y las señales que necesitan a un médico.',
  },
  'daily-life': {
    heading: 'La vida diaria',
    intro: 'El trabajo, manejar, el estrés y cómo bajar la probabilidad de que vuelva.',
  },
  'choosing-care': {
    heading: 'Cómo escoger la atención',
    intro: 'Quién puede ayudar, y si necesita una radiografía o una resonancia.',
  },
};
