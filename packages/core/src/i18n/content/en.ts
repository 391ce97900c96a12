import type { ContentCatalog } from './types';

export const contentEn: ContentCatalog = {
  clauses: {
    confidentiality:
      'Confidentiality: what is said between mentor and adept stays between us. The coordinator learns that we meet, never what we talk about.',
    voluntary: 'Voluntariness: the mentorship rests on both of us wanting to take part.',
    ending: 'Ending: either of us may end the mentorship at any time, without giving a reason.',
    noReference: 'The mentor is not used as a reference when the adept applies for a new job.',
    managerInformed: 'The adept’s manager knows of and has confirmed the mentorship.',
  },
  questionBank: {
    q1: 'What do you want to have achieved when the program ends?',
    q2: 'Which situation in your leadership have you thought about most since we met?',
    q3: 'What have you tried since our last meeting, and what did you learn?',
    q4: 'Which decision are you putting off, and why?',
    q5: 'Who in your network should you talk to about this?',
    q6: 'What gives you energy at work right now, and what drains it?',
  },
  pdf: {
    title: 'Mentoring agreement',
    program: 'Program',
    adept: 'Adept',
    mentor: 'Mentor',
    version: 'Version {{version}}',
    cadence: 'We meet every {{min}}–{{max}} weeks, about {{minutes}} minutes each time.',
    cadenceExact: 'We meet every {{min}} weeks, about {{minutes}} minutes each time.',
    mode: 'Format: {{mode}}',
    place: 'Place: {{place}}',
    goals: 'The adept’s goals',
    clauses: 'Terms',
    signatures: 'Signatures',
    signedAt: 'Signed {{date}}',
    notSigned: 'Not signed',
    modes: { digital: 'digital', physical: 'in person', both: 'digital and in person' },
  },
  ics: { summary: 'Mentoring conversation: {{adept}} and {{mentor}}' },
};
