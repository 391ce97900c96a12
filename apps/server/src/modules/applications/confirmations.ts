import { formatDayForPeople, localeSchema, translate, type Application, type Locale } from '@lots/core';
import type { Mutation } from '../../platform/mutation';
import { daysFromNow, newToken } from '../../platform/tokens';
import type { ProgramAccess } from '../programs';
import * as repo from './repository';

export const CONFIRMATION_DAYS = 14;

/**
 * Mails the adept's manager a link to the confirmation page (first request or reminder), in their
 * language: their account's if they have one, else the program's first language — never the
 * applicant's (issue 14 item 6).
 */
async function mailManager(
  m: Mutation,
  access: ProgramAccess,
  application: Application,
  template: 'managerConfirmation' | 'confirmationReminder',
  token: string,
  expiresAt: Date,
) {
  const fallback: Locale = localeSchema.catch('sv').parse(access.program.languages[0]);
  await m.mail(
    { email: application.managerEmail!, name: application.managerName ?? application.managerEmail!, fallback },
    {
      template,
      path: `/respond/${token}`,
      organisationId: access.program.ownerOrganisationId,
      // An inclusion program's name may say whom it is for (its target group): the manager's mail
      // never names it, and carries no variable that does.
      vars: (locale) => ({
        applicant: application.name,
        programRef:
          access.program.type === 'inclusion'
            ? translate(locale, 'mail', 'programRef.unnamed')
            : translate(locale, 'mail', 'programRef.named', { program: access.program.name }),
        organisation: application.organisationName,
        expires: formatDayForPeople(expiresAt, locale),
      }),
    },
  );
}

/** Creates a single-use, expiring confirmation link for the adept's manager and queues the mail. */
export async function requestConfirmation(
  m: Mutation,
  access: ProgramAccess,
  row: repo.ApplicationRow,
  application: Application,
): Promise<void> {
  const { token, hash } = newToken();
  const expiresAt = daysFromNow(CONFIRMATION_DAYS);
  await repo.insertConfirmation(m.tx, {
    applicationId: row.id,
    managerEmail: application.managerEmail!,
    managerName: application.managerName,
    tokenHash: hash,
    expiresAt,
  });
  await mailManager(m, access, application, 'managerConfirmation', token, expiresAt);
}

/** A reminder gives a fresh link (the old one stops working) and a new expiry. */
export async function remindConfirmation(m: Mutation, access: ProgramAccess, application: Application): Promise<void> {
  const { tx } = m;
  const [current] = await repo.confirmationsOf(tx, [application.id]);
  const { token, hash } = newToken();
  const expiresAt = daysFromNow(CONFIRMATION_DAYS);
  if (current && current.status === 'pending') {
    await repo.updateConfirmation(tx, current.id, { tokenHash: hash, expiresAt, remindedAt: new Date() });
  } else {
    await repo.insertConfirmation(tx, {
      applicationId: application.id,
      managerEmail: application.managerEmail!,
      managerName: application.managerName,
      tokenHash: hash,
      expiresAt,
      remindedAt: new Date(),
    });
  }
  await mailManager(m, access, application, 'confirmationReminder', token, expiresAt);
}
