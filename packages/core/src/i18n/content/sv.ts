/** Texts of documents and defaults that coordinators may edit: agreement clauses, question bank, the agreement PDF. */
export const contentSv = {
  clauses: {
    confidentiality:
      'Tystnadsplikt: det som sägs mellan mentor och adept stannar mellan oss. Samordnaren får veta att vi träffas, aldrig vad vi talar om.',
    voluntary: 'Frivillighet: mentorskapet bygger på att vi båda vill delta.',
    ending: 'Avslut: var och en av oss kan avsluta mentorskapet när som helst, utan att ange skäl.',
    noReference: 'Mentorn används inte som referens när adepten söker ett nytt arbete.',
    managerInformed: 'Adeptens chef känner till och har bekräftat mentorskapet.',
  },
  questionBank: {
    q1: 'Vad vill du ha uppnått när programmet är slut?',
    q2: 'Vilken situation i ditt ledarskap har du tänkt mest på sedan vi sågs?',
    q3: 'Vad har du provat sedan förra mötet, och vad lärde du dig?',
    q4: 'Vilket beslut skjuter du upp, och varför?',
    q5: 'Vem i ditt nätverk borde du prata med om det här?',
    q6: 'Vad ger dig energi i arbetet just nu, och vad tar energi?',
  },
  pdf: {
    title: 'Mentorskapsavtal',
    program: 'Program',
    adept: 'Adept',
    mentor: 'Mentor',
    version: 'Version {{version}}',
    cadence: 'Vi träffas var {{min}}–{{max}}:e vecka, cirka {{minutes}} minuter per gång.',
    cadenceExact: 'Vi träffas var {{min}}:e vecka, cirka {{minutes}} minuter per gång.',
    mode: 'Form: {{mode}}',
    place: 'Plats: {{place}}',
    goals: 'Adeptens mål',
    clauses: 'Villkor',
    signatures: 'Underskrifter',
    signedAt: 'Signerat {{date}}',
    notSigned: 'Inte signerat',
    modes: { digital: 'digitalt', physical: 'fysiskt', both: 'digitalt och fysiskt' },
  },
  ics: { summary: 'Mentorsamtal: {{adept}} och {{mentor}}' },
} as const;
