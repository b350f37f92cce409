/**
 * Las palabras de las secciones en español: el nombre en el menú, la ruta de navegación y los
 * filtros de búsqueda, el título y la descripción de la página de la sección, y su introducción.
 * Las secciones mismas (ids, direcciones) están en ../../sections.ts.
 */
import type { SectionId } from '../../sections.ts';
import type { SectionText } from '../types.ts';

export const sectionText: Record<SectionId, SectionText> = {
  causes: {
    label: 'Causas',
    heading: 'Qué causa los espasmos de espalda',
    description:
      'Por qué los músculos de la espalda se aprietan de repente: para proteger una zona adolorida, por uso excesivo, rigidez o lesiones, y qué tan seguros estamos.',
    intro:
      'Un espasmo de espalda puede ser la forma en que los músculos protegen una zona adolorida. Muchas veces nunca se sabe la causa exacta. Estas páginas explican las causas más probables y qué tan seguros podemos estar.',
  },
  triggers: {
    label: 'Qué lo provoca',
    heading: 'Qué puede provocar un espasmo de espalda',
    description:
      'Lo que puede provocar un espasmo de espalda, como levantar algo, girar, estar sentado mucho tiempo o un cambio en cuánto se mueve, y lo que ayuda.',
    intro:
      'Muchos espasmos empiezan después de un esfuerzo de repente, como levantar algo o girar. Otros vienen con un cambio en cuánto se mueve. Muchas veces no hay una causa clara.',
  },
  'risk-factors': {
    label: 'Factores de riesgo',
    heading: 'Quién tiene más probabilidad de tener espasmos de espalda',
    description:
      'Lo que se relaciona con los espasmos de espalda, desde músculos tensos hasta el calor y el embarazo, qué tan fuerte es cada relación y qué puede hacer usted.',
    intro:
      'Algunas personas tienen espasmos de espalda más seguido que otras. Aquí verá qué se relaciona con ellos, qué tan fuerte es la prueba y qué puede cambiar.',
  },
  treatment: {
    label: 'Tratamiento',
    heading: 'Cómo se tratan los espasmos de espalda',
    description:
      'Cómo Ashburn Village Chiropractic revisa y trata los espasmos de espalda, qué hacer en casa y qué dicen los estudios.',
    intro:
      'Cómo revisamos su espalda, qué hacemos durante un espasmo, cómo tratamos de que no vuelva y qué puede hacer usted en casa.',
  },
  exercises: {
    label: 'Ejercicios',
    heading: 'Ejercicios suaves para los espasmos de espalda',
    description:
      'Ejercicios suaves para los espasmos de espalda, con dibujos y pasos: gato-camello, inclinación pélvica, estiramientos de muslo y de cadera, y perro-pájaro.',
    intro:
      'Ejercicios suaves y de poco esfuerzo para que su espalda se vuelva a mover. Una molestia leve que se calma en más o menos una hora está bien. Pare si el dolor es agudo, se extiende o sigue creciendo.',
  },
  questions: {
    label: 'Preguntas',
    heading: 'Preguntas frecuentes sobre los espasmos de espalda',
    description:
      'Respuestas claras a lo que pregunta la gente con dolor: cuánto dura un espasmo, calor o hielo, qué medicinas, el sueño, el trabajo y cuándo es grave.',
    intro:
      'Respuestas cortas y honestas a lo que más pregunta la gente cuando le da un espasmo de espalda. Cada una empieza con la respuesta.',
  },
};
