/**
 * Las palabras de la página que publica las historias de prueba del cuestionario
 * (/es/cuando-ver-al-medico/como-revisamos-el-cuestionario/), gemela de ../en/quiz-checks.ts.
 * Las palabras de cada historia están en src/content/es/quiz-stories.yaml.
 */
import type { QuizChecksText } from '../types.ts';

export const quizChecksText: QuizChecksText = {
  description:
    'Todas las historias de prueba del cuestionario: qué marca la persona, qué consejo espera un médico, qué consejo da el cuestionario y por qué.',
  lead: 'Probamos el cuestionario con {count} historias de personas con dolor de espalda. Cada historia dice qué marca la persona, qué consejo querría un médico que le demos y por qué. Hoy el cuestionario da ese consejo en {agreeing} de {count} historias.',
  howWeCheck:
    'Antes de publicar el sitio, las pruebas pasan cada historia por el cuestionario de verdad. Si en una historia el cuestionario no da el consejo que se espera, el sitio no se publica. Un profesional de la salud firma esta tabla. Si usted busca consejo para su espalda, empiece por el {quiz} o por la {signs}.',
  quizLink: 'cuestionario',
  signsLink: 'lista de señales de alarma',
  caption: 'Las historias de prueba, de la más urgente a la menos urgente',
  person: 'La persona',
  expected: 'Consejo que espera un médico',
  given: 'Lo que da el cuestionario',
  why: 'Por qué',
  differs: '(no coincide)',
};
