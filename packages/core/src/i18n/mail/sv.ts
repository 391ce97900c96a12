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
  managerConfirmation: {
    subject: 'Bekräfta {{applicant}}s mentorskap i {{program}}',
    body: '{{applicant}} har ansökt som adept till mentorprogrammet {{program}} ({{organisation}}). Enligt programmets regler ska du som chef känna till och stödja mentorskapet. Svara med länken nedan – du behöver inget konto. Länken kan bara användas en gång och gäller till {{expires}}.',
    action: 'Bekräfta eller avböj',
  },
  confirmationReminder: {
    subject: 'Påminnelse: bekräfta {{applicant}}s mentorskap i {{program}}',
    body: 'Vi väntar fortfarande på ditt svar om {{applicant}}s deltagande som adept i mentorprogrammet {{program}}. Svara med länken nedan – du behöver inget konto. Länken gäller till {{expires}}.',
    action: 'Bekräfta eller avböj',
  },
  nomination: {
    subject: 'Du är nominerad som mentor i {{program}}',
    body: '{{nominator}} har nominerat dig som mentor i mentorprogrammet {{program}}. Läs om programmet och ansök med länken nedan.',
    action: 'Läs om programmet och ansök',
  },
  recommendation: {
    subject: 'Din rekommendation om {{applicant}} till {{program}}',
    body: 'Samordnaren för mentorprogrammet {{program}} ber om din rekommendation om {{applicant}}, som har ansökt som {{role}}. Svara med länken nedan – du behöver inget konto. Länken kan bara användas en gång och gäller till {{expires}}.',
    action: 'Lämna din rekommendation',
  },
  decision: {
    subject: 'Besked om din ansökan till {{program}}',
    accepted: 'Välkommen! Du är antagen som {{role}} till mentorprogrammet {{program}}.',
    waitlisted: 'Du står på reservlistan som {{role}} till mentorprogrammet {{program}}. Vi hör av oss om en plats blir ledig.',
    rejected: 'Tyvärr kan vi inte erbjuda dig en plats som {{role}} i mentorprogrammet {{program}} den här gången.',
    messageIntro: 'Meddelande från samordnaren:',
    action: 'Öppna programmet',
  },
  digest: {
    subject: 'Lots: nytt i {{program}}',
    body: 'Sedan förra sammanfattningen: {{applications}} nya ansökningar och {{confirmations}} svar från chefer i mentorprogrammet {{program}}.',
    action: 'Öppna ansökningarna',
  },
  matchPublished: {
    subject: 'Ditt mentorpar i {{program}}',
    body: 'Samordnaren föreslår att du och {{counterpart}} ({{organisation}}) blir ett mentorpar i {{program}}, där du är {{role}}. Mentorskap är frivilligt: svara i Lots om du vill bilda paret. Om du avböjer behöver du inte ange skäl.',
    action: 'Svara i Lots',
  },
  meetingDue: {
    subject: 'Dags för nästa mentorsamtal i {{program}}',
    body: 'Enligt ert avtal är det dags för ett nytt möte mellan dig och {{counterpart}}. Boka gärna en tid och förbered agendan tillsammans i Lots.',
    action: 'Öppna ert mentorskap',
  },
  quiet: {
    subject: 'Det var länge sedan ni träffades – {{program}}',
    body: 'Inget möte mellan dig och {{counterpart}} har loggats på {{weeks}} veckor. Hör av er till varandra, eller avsluta mentorskapet om det inte längre passar.',
    action: 'Öppna ert mentorskap',
  },
  logMeeting: {
    subject: 'Logga ert möte i {{program}}',
    body: 'Ni hade ett möte inplanerat {{date}}. Logga det i Lots när ni har träffats, så att ni kan följa er takt.',
    action: 'Logga mötet',
  },
  mentorshipStarted: {
    subject: 'Ett mentorskap har startat i {{program}}',
    body: 'Mentorskapet mellan {{adept}} (adept) och {{mentor}} (mentor) har startat: båda har signerat sitt avtal.',
    action: 'Öppna programmets översikt',
  },
  mentorshipEnded: {
    subject: 'Ett mentorskap har avslutats i {{program}}',
    body: 'Mentorskapet mellan {{adept}} (adept) och {{mentor}} (mentor) avslutades {{date}} av {{by}}.',
    action: 'Öppna programmets översikt',
  },
  endedBy: { adept: 'adepten', mentor: 'mentorn', program: 'programmet (vid programmets slut)' },
  roles: { adept: 'adept', mentor: 'mentor' },
} as const;
