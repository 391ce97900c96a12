import type { DbOrTx } from '@lots/db';
import { localeSchema, translate, type Application, type Locale } from '@lots/core';
import type { AppContext } from '../../context';
import { daysFromNow, newToken } from '../../platform/tokens';
import type { ProgramAccess } from '../programs';
import * as repo from './repository';

export const CONFIRMATION_DAYS = 14;

/** The language to write to someone by e-mail address: their own if they are in Lots, else the given one. */
export async function localeOfAddress(db: DbOrTx, email: string, fallback: Locale): Promise<Locale> {
  return localeSchema.catch(fallback).parse((await repo.userLocaleByEmail(db, email)) ?? fallback);
}

/** Mails the adept's manager a link to the confirmation page (first request or reminder). */
async function mailManager(
  ctx: AppContext,
  tx: DbOrTx,
  access: ProgramAccess,
  application: Application,
  template: 'managerConfirmation' | 'confirmationReminder',
  token: string,
  expiresAt: Date,
  fallback: Locale,
) {
  const locale = await localeOfAddress(tx, application.managerEmail!, fallback);
  // An inclusion program's name may say whom it is for (its target group): the manager's mail
  // never names it, and carries no variable that does.
  const programRef =
    access.program.type === 'inclusion'
      ? translate(locale, 'mail', 'programRef.unnamed')
      : translate(locale, 'mail', 'programRef.named', { program: access.program.name });
  return ctx.mailer.queueIn(tx, {
    to: application.managerEmail!,
    organisationId: access.program.ownerOrganisationId,
    template,
    locale,
    vars: {
      name: application.managerName ?? application.managerEmail!,
      url: `${ctx.config.publicUrl}/respond/${token}`,
      applicant: application.name,
      programRef,
      organisation: application.organisationName,
      expires: expiresAt.toISOString().slice(0, 10),
    },
  });
}

/** Creates a single-use, expiring confirmation link for the adept's manager and queues the mail. */
export async function requestConfirmation(
  ctx: AppContext,
  tx: DbOrTx,
  access: ProgramAccess,
  row: repo.ApplicationRow,
  application: Application,
  fallback: Locale,
): Promise<string> {
  const { token, hash } = newToken();
  const expiresAt = daysFromNow(CONFIRMATION_DAYS);
  await repo.insertConfirmation(tx, {
    applicationId: row.id,
    managerEmail: application.managerEmail!,
    managerName: application.managerName,
    tokenHash: hash,
    expiresAt,
  });
  return mailManager(ctx, tx, access, application, 'managerConfirmation', token, expiresAt, fallback);
}

/** A reminder gives a fresh link (the old one stops working) and a new expiry. */
export async function remindConfirmation(
  ctx: AppContext,
  tx: DbOrTx,
  access: ProgramAccess,
  application: Application,
  fallback: Locale,
): Promise<string> {
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
  return mailManager(ctx, tx, access, application, 'confirmationReminder', token, expiresAt, fallback);
}
