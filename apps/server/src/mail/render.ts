import { translator, type Locale, type NamespacedKey } from '@lots/core';

export type MailTemplate =
  | 'invitation'
  | 'magicLink'
  | 'resetPassword'
  | 'managerConfirmation'
  | 'confirmationReminder'
  | 'nomination'
  | 'recommendation'
  | 'recommendations'
  | 'decision'
  | 'digest'
  | 'matchPublished'
  | 'meetingDue'
  | 'quiet'
  | 'logMeeting'
  | 'managerMentorshipStarted'
  | 'managerMentorshipEnded'
  | 'managerMentorshipResumed'
  | 'pairWithdrawn'
  | 'participationInvitation'
  | 'surveyInvitation'
  | 'surveyReminder'
  | 'rematchRequest'
  | 'eventInvitation'
  | 'eventUpdated'
  | 'eventCancelled'
  | 'eventReminder'
  | 'eventUnanswered'
  | 'eventPromoted';

/**
 * Templates whose link is a single-use key to someone's account or voice (sign-in, password reset,
 * invitation, a manager's confirmation, a recommendation). Their link goes to the recipient only:
 * the Outbox and every API show them redacted (decision 0010).
 */
export const SECRET_LINK_TEMPLATES: ReadonlySet<MailTemplate> = new Set<MailTemplate>([
  'invitation',
  'magicLink',
  'resetPassword',
  'managerConfirmation',
  'confirmationReminder',
  'recommendation',
  'recommendations',
  // The survey link is the answering person's alone (anyone holding it could answer in their name).
  'surveyInvitation',
  'surveyReminder',
  // An event's answer link answers in the recipient's name (events/mails.ts).
  'eventInvitation',
  'eventUpdated',
  'eventUnanswered',
  'eventPromoted',
]);

export interface MailExtras {
  /** A body other than `<template>.body`, e.g. `decision.accepted`. */
  bodyKey?: string;
  /** Free text written by a person (a coordinator's message), shown after an introduction line. */
  note?: { introKey: string; text: string };
  /** A mail that only informs and asks nothing (the adept's manager told of a start or an end): no action link. */
  withoutLink?: boolean;
  /**
   * One link per item, listed after the body (one recommender asked about several applicants: each
   * applicant's own single-use link). Redacted like the action link in a secret-link template.
   */
  links?: { label: string; url: string }[];
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * Every mail has the same parts, all from the `mail` catalog in the reader's language:
 * greeting, the template's body, one action link, signature, footer.
 */
export function renderMail(
  template: MailTemplate,
  locale: Locale,
  vars: { name: string; url: string } & Record<string, string | number>,
  extras: MailExtras = {},
  options: { redactLink?: boolean } = {},
): RenderedMail {
  const inLocale = translator(locale);
  const t = (key: NamespacedKey) => inLocale(key, vars);
  const redacted = options.redactLink ? t('mail:linkRedacted') : undefined;
  const redactedOr = (url: string) => redacted ?? url;
  const subject = t(`mail:${template}.subject`);
  const greeting = t('mail:greeting');
  const body = t(`mail:${extras.bodyKey ?? `${template}.body`}`);
  const note = extras.note?.text.trim() ? { intro: t(`mail:${extras.note.introKey}`), text: extras.note.text.trim() } : undefined;
  const action = extras.withoutLink || extras.links ? undefined : t(`mail:${template}.action`);
  const links = extras.links?.map((l) => ({ label: l.label, url: redactedOr(l.url) }));
  const signature = t('mail:signature');
  const footer = t('mail:footer');
  const text = [
    greeting,
    '',
    body,
    ...(note ? ['', note.intro, note.text] : []),
    ...(action ? ['', `${action}: ${redactedOr(vars.url)}`] : []),
    ...(links ? ['', ...links.map((l) => `${l.label}: ${l.url}`)] : []),
    '',
    signature,
    '',
    '--',
    footer,
  ].join('\n');
  const paragraph = (s: string) => `<p>${escapeHtml(s).replaceAll('\n', '<br>')}</p>`;
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1e2b3c; max-width: 36rem">
${paragraph(greeting)}
${paragraph(body)}
${note ? `${paragraph(note.intro)}<blockquote style="border-left:3px solid #c0c6cf;margin:0;padding-left:1rem">${paragraph(note.text)}</blockquote>` : ''}
${
  !action
    ? ''
    : redacted
      ? `<p>${escapeHtml(action)}: <em>${escapeHtml(redacted)}</em></p>`
      : `<p><a href="${escapeHtml(vars.url)}" style="display:inline-block;padding:0.6rem 1rem;background:#0062ba;color:#fff;border-radius:4px;text-decoration:none">${escapeHtml(action)}</a></p>
<p style="font-size:0.9em">${escapeHtml(vars.url)}</p>`
}
${
  !links
    ? ''
    : `<ul>${links
        .map((l) =>
          redacted
            ? `<li>${escapeHtml(l.label)}: <em>${escapeHtml(l.url)}</em></li>`
            : `<li><a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a><br><span style="font-size:0.9em">${escapeHtml(l.url)}</span></li>`,
        )
        .join('')}</ul>`
}
${paragraph(signature)}
<p style="font-size:0.8em;color:#4b5563">${escapeHtml(footer)}</p>
</body></html>`;
  return { subject, text, html };
}
