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
};
