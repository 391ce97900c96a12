import type { ContentCatalog } from './types';

export const contentNb: ContentCatalog = {
  clauses: {
    confidentiality:
      'Taushetsplikt: det som sies mellom mentor og adept, blir mellom oss. Koordinatoren får vite at vi møtes, aldri hva vi snakker om.',
    voluntary: 'Frivillighet: mentorskapet bygger på at vi begge vil delta.',
    ending: 'Avslutning: hver av oss kan avslutte mentorskapet når som helst, uten å oppgi grunn.',
    noReference: 'Mentoren brukes ikke som referanse når adepten søker ny jobb.',
    managerInformed: 'Adeptens leder kjenner til og har bekreftet mentorskapet.',
  },
  questionBank: {
    q1: 'Hva vil du ha oppnådd når programmet er slutt?',
    q2: 'Hvilken situasjon i lederskapet ditt har du tenkt mest på siden sist?',
    q3: 'Hva har du prøvd siden forrige møte, og hva lærte du?',
    q4: 'Hvilken beslutning utsetter du, og hvorfor?',
    q5: 'Hvem i nettverket ditt burde du snakke med om dette?',
    q6: 'Hva gir deg energi i arbeidet nå, og hva tapper deg?',
  },
  pdf: {
    title: 'Mentoravtale',
    program: 'Program',
    adept: 'Adept',
    mentor: 'Mentor',
    version: 'Versjon {{version}}',
    cadence: 'Vi møtes hver {{min}}.–{{max}}. uke, omtrent {{minutes}} minutter hver gang.',
    cadenceExact: 'Vi møtes hver {{min}}. uke, omtrent {{minutes}} minutter hver gang.',
    mode: 'Form: {{mode}}',
    place: 'Sted: {{place}}',
    goals: 'Adeptens mål',
    clauses: 'Vilkår',
    signatures: 'Signaturer',
    signedAt: 'Signert {{date}}',
    notSigned: 'Ikke signert',
    modes: { digital: 'digitalt', physical: 'fysisk', both: 'digitalt og fysisk' },
  },
  ics: { summary: 'Mentorsamtale: {{adept}} og {{mentor}}' },
};
