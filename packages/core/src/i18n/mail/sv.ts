export const mailSv = {
  greeting: 'Hej {{name}}!',
  signature: 'Vänliga hälsningar\nLots – mentorprogram',
  footer: 'Det här meddelandet skickades av Lots. Svara inte på det.',
  invitation: {
    subject: 'Du är inbjuden till Lots av {{organisation}}',
    body: '{{inviter}} har bjudit in dig till Lots, där {{organisation}} driver sina mentorprogram. Skapa ditt konto med länken nedan. Länken gäller till {{expires}}.',
    action: 'Skapa ditt konto',
  },
  magicLink: {
    subject: 'Din inloggningslänk till Lots',
    body: 'Använd länken nedan för att logga in i Lots. Den gäller i {{minutes}} minuter och kan bara användas en gång. Om du inte bad om den kan du bortse från det här meddelandet.',
    action: 'Logga in',
  },
  resetPassword: {
    subject: 'Återställ ditt lösenord i Lots',
    body: 'Någon (förhoppningsvis du) bad om att återställa lösenordet för ditt konto. Välj ett nytt lösenord med länken nedan. Den gäller i en timme. Om du inte bad om det kan du bortse från det här meddelandet.',
    action: 'Välj nytt lösenord',
  },
} as const;
