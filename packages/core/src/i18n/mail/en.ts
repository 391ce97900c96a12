import type { MailCatalog } from './types';

export const mailEn: MailCatalog = {
  greeting: 'Hello {{name}},',
  signature: 'Kind regards\nLots – mentoring programs',
  footer: 'This message was sent by Lots. Please do not reply to it.',
  invitation: {
    subject: '{{organisation}} has invited you to Lots',
    body: '{{inviter}} has invited you to Lots, where {{organisation}} runs its mentoring programs. Create your account with the link below. The link is valid until {{expires}}.',
    action: 'Create your account',
  },
  magicLink: {
    subject: 'Your sign-in link for Lots',
    body: 'Use the link below to sign in to Lots. It is valid for {{minutes}} minutes and can be used only once. If you did not ask for it, you can ignore this message.',
    action: 'Sign in',
  },
  resetPassword: {
    subject: 'Reset your Lots password',
    body: 'Someone (hopefully you) asked to reset the password of your account. Choose a new password with the link below. It is valid for one hour. If you did not ask for this, you can ignore this message.',
    action: 'Choose a new password',
  },
  managerConfirmation: {
    subject: 'Please confirm {{applicant}}’s mentorship in {{program}}',
    body: '{{applicant}} has applied as an adept to the mentoring program {{program}} ({{organisation}}). The program asks that you, as their manager, know of and support the mentorship. Answer with the link below – you need no account. The link works once and is valid until {{expires}}.',
    action: 'Confirm or decline',
  },
  confirmationReminder: {
    subject: 'Reminder: please confirm {{applicant}}’s mentorship in {{program}}',
    body: 'We are still waiting for your answer about {{applicant}} taking part as an adept in the mentoring program {{program}}. Answer with the link below – you need no account. The link is valid until {{expires}}.',
    action: 'Confirm or decline',
  },
  nomination: {
    subject: 'You have been nominated as a mentor in {{program}}',
    body: '{{nominator}} has nominated you as a mentor in the mentoring program {{program}}. Read about the program and apply with the link below.',
    action: 'Read about the program and apply',
  },
  recommendation: {
    subject: 'Your recommendation on {{applicant}} for {{program}}',
    body: 'The coordinator of the mentoring program {{program}} asks for your recommendation on {{applicant}}, who has applied as {{role}}. Answer with the link below – you need no account. The link works once and is valid until {{expires}}.',
    action: 'Give your recommendation',
  },
  decision: {
    subject: 'About your application to {{program}}',
    accepted: 'Welcome! You have been accepted as {{role}} in the mentoring program {{program}}.',
    waitlisted:
      'You are on the waiting list as {{role}} in the mentoring program {{program}}. We will be in touch if a place becomes free.',
    rejected: 'We are sorry that we cannot offer you a place as {{role}} in the mentoring program {{program}} this time.',
    messageIntro: 'A message from the coordinator:',
    action: 'Open the program',
  },
  digest: {
    subject: 'Lots: news in {{program}}',
    body: 'Since the last summary: {{applications}} new applications and {{confirmations}} answers from managers in the mentoring program {{program}}.',
    action: 'Open the applications',
  },
  matchPublished: {
    subject: 'Your mentoring pair in {{program}}',
    body: 'The coordinator suggests that you and {{counterpart}} ({{organisation}}) form a mentoring pair in {{program}}, where you are {{role}}. Mentoring is voluntary: answer in Lots whether you want to form the pair. If you decline, you need not give a reason.',
    action: 'Answer in Lots',
  },
  meetingDue: {
    subject: 'Time for your next mentoring conversation in {{program}}',
    body: 'By your agreement it is time for a new meeting between you and {{counterpart}}. Book a time and prepare the agenda together in Lots.',
    action: 'Open your mentorship',
  },
  quiet: {
    subject: 'It has been a while since you met – {{program}}',
    body: 'No meeting between you and {{counterpart}} has been logged for {{weeks}} weeks. Get in touch with each other, or end the mentorship if it no longer suits you.',
    action: 'Open your mentorship',
  },
  logMeeting: {
    subject: 'Log your meeting in {{program}}',
    body: 'You had a meeting planned on {{date}}. Log it in Lots once you have met, so that you can follow your pace.',
    action: 'Log the meeting',
  },
  mentorshipStarted: {
    subject: 'A mentorship has started in {{program}}',
    body: 'The mentorship between {{adept}} (adept) and {{mentor}} (mentor) has started: both have signed their agreement.',
    action: 'Open the program overview',
  },
  mentorshipEnded: {
    subject: 'A mentorship has ended in {{program}}',
    body: 'The mentorship between {{adept}} (adept) and {{mentor}} (mentor) was ended on {{date}} by {{by}}.',
    action: 'Open the program overview',
  },
  endedBy: { adept: 'the adept', mentor: 'the mentor', program: 'the program (at its end)' },
  roles: { adept: 'an adept', mentor: 'a mentor' },
};
