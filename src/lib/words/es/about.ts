/**
 * Las palabras de la página "Acerca de" en español: la clínica, su quiropráctico y la política
 * editorial. Cada dato de la clínica entra por un espacio con nombre desde src/lib/clinic.ts.
 */
import type { AboutText, ContactText } from '../types.ts';

export const contactText: ContactText = {
  address: 'Dirección:',
  phone: 'Teléfono:',
  hours: 'Horario:',
  bookAt: 'Haga una cita en {clinic}',
  call: 'Llame a {clinic}:',
  book: 'Haga una cita',
};

export const aboutText: AboutText = {
  breadcrumb: 'Acerca de nosotros',
  lead: '{clinic} es una clínica quiropráctica en {city}, {region}. Escribimos esta guía para que las personas con espasmos de espalda sepan qué hacer y adónde ir.',
  notAMedicalDoctor:
    '{name} es quiropráctico: Doctor en Quiropráctica ({credentials}). No es médico. Cuando este sitio le dice que vea a un médico, quiere decir un médico (MD o DO), un asistente médico (physician assistant) o una enfermera practicante (nurse practitioner), en su consultorio, en un centro de atención de urgencias (urgent care) o en la sala de emergencias.',
  education: 'Doctor en Quiropráctica ({credentials}), cum laude, de {school}.',
  licence:
    'Tiene licencia de quiropráctico de la {board} (Junta de Medicina de Virginia), la junta del estado que da licencia a los quiroprácticos en {region}.',
  served: 'Atiende a la comunidad de {city} desde {since}: más de {years} años de atención.',
  oneClinician:
    'Ve a cada paciente en cada visita. Así, su atención queda con una sola persona que conoce su historia.',
  offersHeading: 'Lo que ofrece la clínica',
  offers: [
    'Una revisión cuidadosa de su espalda antes de cualquier tratamiento.',
    'Radiografías en la clínica, cuando el examen muestra que hacen falta.',
    'Atención quiropráctica suave y ejercicios.',
  ],
  treatmentLink: 'Cómo tratamos los espasmos de espalda',
  communitiesHeading: 'Las comunidades que atendemos',
  communitiesIntro: 'Vienen pacientes de estas comunidades cercanas del norte de Virginia:',
  contactHeading: 'Contacto',
  policyHeading: 'Política editorial',
  policy: [
    {
      label: 'Quién escribe y revisa:',
      text: 'el equipo de la clínica escribe cada página. Una página cuenta como revisada solo cuando un profesional de la salud, como {reviewer}, la ha leído y aprobado. Cada página dice si eso ya pasó y, si pasó, quién la revisó y cuándo.',
    },
    {
      label: 'Cómo escogemos las fuentes:',
      text: 'comparamos nuestras páginas con guías clínicas, revisiones de estudios y sitios de salud pública como el NHS y MedlinePlus. Cada página da sus fuentes.',
    },
    {
      label: 'Las traducciones:',
      text: 'las páginas en español dicen lo mismo que las páginas en inglés. Cada una dice si un traductor médico profesional ya la revisó.',
    },
    {
      label: 'Lo que este sitio no es:',
      text: 'da información general. No reemplaza una consulta con un médico o un quiropráctico que pueda examinarlo. No puede prometer ningún resultado.',
    },
    {
      label: 'Sin anuncios, sin rastreo:',
      text: 'este sitio no tiene anuncios, ni cookies, ni análisis de visitas. Nada de lo que usted escribe en el cuestionario o en la búsqueda sale de su aparato.',
    },
    {
      label: 'Cambios:',
      text: 'cada página muestra el día en que cambiaron sus palabras por última vez. Cuando cambian las palabras de una página revisada, dice otra vez que la revisión está pendiente hasta que se haga.',
    },
  ],
};
