import type { DbOrTx, Tx } from '@lots/db';
import { localeSchema, translate } from '@lots/core';
import type { AppContext } from '../../context';
import { resolveRecipient } from '../../mail/recipients';
import * as repo from './repository';
import { endPairsOfClosedProgram } from './state';

/**
 * Tells the adept's manager that the mentorship started (both signed) or ended — in a program that
 * requires the manager's confirmation (Tullverket: "the adept's manager shall know of and confirm
 * the mentorship"), and only there: in an inclusion program without it the manager learns nothing.
 * The mail carries no content: not the mentor, not the agreement, not who ended it or why. Like the
 * confirmation, it never names an inclusion program. In the manager's language (their account's, else
 * the adept's). The program's coordinators learn of starts and ends from their daily digest.
 */
export async function tellAdeptsManager(ctx: AppContext, tx: DbOrTx, pairId: string, event: 'started' | 'ended'): Promise<string[]> {
  const pair = await repo.adeptManagerOf(tx, pairId);
  if (!pair?.requiresManagerConfirmation || !pair.managerEmail) return [];
  const fallback = localeSchema.catch('sv').parse(pair.adeptLocale ?? 'sv');
  const manager = await resolveRecipient(tx, { email: pair.managerEmail, name: pair.managerName, fallback });
  const programRef =
    pair.programType === 'inclusion'
      ? translate(manager.locale, 'mail', 'programRef.unnamed')
      : translate(manager.locale, 'mail', 'programRef.named', { program: pair.program });
  const id = await ctx.mailer.queueIn(tx, {
    to: manager.to,
    organisationId: pair.owner,
    template: event === 'started' ? 'managerMentorshipStarted' : 'managerMentorshipEnded',
    locale: manager.locale,
    vars: { name: manager.name, url: '', adept: pair.adept, programRef },
    extras: { withoutLink: true },
  });
  return [id];
}

/** Closing a program ends its running pairs; the managers of those that had started are told. */
export async function endPairsOfClosedProgramAndTell(ctx: AppContext, tx: Tx, programId: string): Promise<string[]> {
  const ids: string[] = [];
  for (const pair of await endPairsOfClosedProgram(tx, programId))
    if (pair.startedAt) ids.push(...(await tellAdeptsManager(ctx, tx, pair.id, 'ended')));
  return ids;
}
