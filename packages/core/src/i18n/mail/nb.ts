import type { MailCatalog } from './types';

export const mailNb: MailCatalog = {
  greeting: 'Hei {{name}}!',
  signature: 'Vennlig hilsen\nLots – mentorprogram',
  footer: 'Denne meldingen ble sendt av Lots. Ikke svar på den.',
  invitation: {
    subject: 'Du er invitert til Lots av {{organisation}}',
    body: '{{inviter}} har invitert deg til Lots, der {{organisation}} driver sine mentorprogram. Opprett kontoen din med lenken nedenfor. Lenken gjelder til {{expires}}.',
    action: 'Opprett kontoen din',
  },
  magicLink: {
    subject: 'Din innloggingslenke til Lots',
    body: 'Bruk lenken nedenfor for å logge inn i Lots. Den gjelder i {{minutes}} minutter og kan bare brukes én gang. Hvis du ikke ba om den, kan du se bort fra denne meldingen.',
    action: 'Logg inn',
  },
  resetPassword: {
    subject: 'Tilbakestill passordet ditt i Lots',
    body: 'Noen (forhåpentligvis du) ba om å tilbakestille passordet for kontoen din. Velg et nytt passord med lenken nedenfor. Den gjelder i én time. Hvis du ikke ba om det, kan du se bort fra denne meldingen.',
    action: 'Velg nytt passord',
  },
  managerConfirmation: {
    subject: 'Bekreft mentorskapet til {{applicant}} i {{program}}',
    body: '{{applicant}} har søkt som adept til mentorprogrammet {{program}} ({{organisation}}). Etter programmets regler skal du som leder kjenne til og støtte mentorskapet. Svar med lenken nedenfor – du trenger ingen konto. Lenken kan bare brukes én gang og gjelder til {{expires}}.',
    action: 'Bekreft eller avslå',
  },
  confirmationReminder: {
    subject: 'Påminnelse: bekreft mentorskapet til {{applicant}} i {{program}}',
    body: 'Vi venter fortsatt på svaret ditt om deltakelsen til {{applicant}} som adept i mentorprogrammet {{program}}. Svar med lenken nedenfor – du trenger ingen konto. Lenken gjelder til {{expires}}.',
    action: 'Bekreft eller avslå',
  },
  nomination: {
    subject: 'Du er nominert som mentor i {{program}}',
    body: '{{nominator}} har nominert deg som mentor i mentorprogrammet {{program}}. Les om programmet og søk med lenken nedenfor.',
    action: 'Les om programmet og søk',
  },
  recommendation: {
    subject: 'Din anbefaling om {{applicant}} til {{program}}',
    body: 'Koordinatoren for mentorprogrammet {{program}} ber om din anbefaling om {{applicant}}, som har søkt som {{role}}. Svar med lenken nedenfor – du trenger ingen konto. Lenken kan bare brukes én gang og gjelder til {{expires}}.',
    action: 'Gi din anbefaling',
  },
  decision: {
    subject: 'Svar på søknaden din til {{program}}',
    accepted: 'Velkommen! Du er tatt opp som {{role}} i mentorprogrammet {{program}}.',
    waitlisted: 'Du står på venteliste som {{role}} i mentorprogrammet {{program}}. Vi tar kontakt hvis en plass blir ledig.',
    rejected: 'Dessverre kan vi ikke tilby deg plass som {{role}} i mentorprogrammet {{program}} denne gangen.',
    messageIntro: 'Melding fra koordinatoren:',
    action: 'Åpne programmet',
  },
  digest: {
    subject: 'Lots: nytt i {{program}}',
    body: 'Siden forrige oppsummering: {{applications}} nye søknader og {{confirmations}} svar fra ledere i mentorprogrammet {{program}}.',
    action: 'Åpne søknadene',
  },
  matchPublished: {
    subject: 'Ditt mentorpar i {{program}}',
    body: 'Koordinatoren foreslår at du og {{counterpart}} ({{organisation}}) blir et mentorpar i {{program}}, der du er {{role}}. Mentorskap er frivillig: svar i Lots om du vil danne paret. Hvis du takker nei, trenger du ikke oppgi grunn.',
    action: 'Svar i Lots',
  },
  meetingDue: {
    subject: 'Tid for neste mentorsamtale i {{program}}',
    body: 'Etter avtalen deres er det tid for et nytt møte mellom deg og {{counterpart}}. Avtal gjerne et tidspunkt og forbered agendaen sammen i Lots.',
    action: 'Åpne mentorskapet deres',
  },
  quiet: {
    subject: 'Det er lenge siden dere møttes – {{program}}',
    body: 'Ingen møter mellom deg og {{counterpart}} er logget på {{weeks}} uker. Ta kontakt med hverandre, eller avslutt mentorskapet hvis det ikke lenger passer.',
    action: 'Åpne mentorskapet deres',
  },
  logMeeting: {
    subject: 'Logg møtet deres i {{program}}',
    body: 'Dere hadde et møte planlagt {{date}}. Logg det i Lots når dere har møttes, så dere kan følge takten deres.',
    action: 'Logg møtet',
  },
  mentorshipStarted: {
    subject: 'Et mentorskap har startet i {{program}}',
    body: 'Mentorskapet mellom {{adept}} (adept) og {{mentor}} (mentor) har startet: begge har signert avtalen sin.',
    action: 'Åpne programoversikten',
  },
  mentorshipEnded: {
    subject: 'Et mentorskap er avsluttet i {{program}}',
    body: 'Mentorskapet mellom {{adept}} (adept) og {{mentor}} (mentor) ble avsluttet {{date}} av {{by}}.',
    action: 'Åpne programoversikten',
  },
  endedBy: { adept: 'adepten', mentor: 'mentoren', program: 'programmet (ved programslutt)' },
  roles: { adept: 'adept', mentor: 'mentor' },
};
