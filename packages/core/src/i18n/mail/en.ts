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
};
