import type { DbOrTx } from '@lots/db';
import { localeSchema, type Locale, type ProgramInvitation } from '@lots/core';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { AppError, notFound } from '../../platform/errors';
import { audit } from '../../platform/audit';
import { authorize } from '../../platform/authorize';
import { answerProgramInvitations } from './policy';
import * as repo from './participation-repository';

/**
 * No program is imposed on an organisation (issue 9.4): a partner organisation named in a joint
 * program is `invited` until its administrator or one of its coordinators accepts — only then do its
 * staff see the program and may apply — or declines. Both answers are audited.
 */
async function requireAnswerer(ctx: AppContext, actor: Actor) {
  await authorize(ctx.db, actor, answerProgramInvitations);
  return actor.person!;
}

/** My organisation's invitations to joint programs (pending first, then answered), newest first. */
export async function listInvitations(ctx: AppContext, actor: Actor): Promise<ProgramInvitation[]> {
  const person = await requireAnswerer(ctx, actor);
  const rows = await repo.invitationsOf(ctx.db, person.organisationId);
  return rows
    .map((r) => ({
      ...r,
      programType: r.programType as ProgramInvitation['programType'],
      programStatus: r.programStatus as ProgramInvitation['programStatus'],
      status: r.status as ProgramInvitation['status'],
      invitedAt: r.invitedAt.toISOString(),
      respondedAt: r.respondedAt?.toISOString() ?? null,
    }))
    .sort((a, b) => Number(b.status === 'invited') - Number(a.status === 'invited'));
}

/** Accepts or declines my organisation's invitation to a program; only a pending one can be answered. */
export async function answerInvitation(
  ctx: AppContext,
  actor: Actor,
  programId: string,
  answer: 'accepted' | 'declined',
): Promise<ProgramInvitation> {
  const person = await requireAnswerer(ctx, actor);
  await ctx.db.transaction(async (tx) => {
    const row = await repo.participationOf(tx, programId, person.organisationId);
    // A program my organisation is not invited to does not exist for me.
    if (!row || row.owner === person.organisationId || row.programStatus === 'archived') throw notFound('Invitation');
    if (row.status !== 'invited') throw new AppError('conflict', `This invitation was already ${row.status}`, 'programId');
    if (!(await repo.answerParticipation(tx, programId, person.organisationId, answer, person.id)))
      throw new AppError('conflict', 'This invitation was already answered', 'programId');
    await audit(
      tx,
      actor,
      person.organisationId,
      answer === 'accepted' ? 'program.participation.accept' : 'program.participation.decline',
      'program',
      programId,
      {},
    );
  });
  const invitation = (await listInvitations(ctx, actor)).find((i) => i.programId === programId);
  if (!invitation) throw notFound('Invitation');
  return invitation;
}

/** The language to write to an organisation's administrator in: their own, else the country's. */
function localeFor(saved: string | null, country: string | null): Locale {
  return localeSchema.catch(country === 'NO' ? 'nb' : 'sv').parse(saved ?? (country === 'NO' ? 'nb' : 'sv'));
}

/**
 * Mails the administrators of newly invited organisations (each in their language) that a program
 * waits for their answer; called in the transaction that invites them. Returns the mail ids.
 */
export async function mailInvitedOrganisations(
  ctx: AppContext,
  tx: DbOrTx,
  program: { id: string; name: string; ownerOrganisationName: string },
  organisationIds: string[],
): Promise<string[]> {
  const admins = await repo.administratorsOf(tx, organisationIds);
  const ids: string[] = [];
  for (const admin of admins) {
    ids.push(
      await ctx.mailer.queueIn(tx, {
        to: admin.email,
        organisationId: admin.organisationId,
        template: 'participationInvitation',
        locale: localeFor(admin.locale, admin.country),
        vars: {
          name: admin.name,
          url: `${ctx.config.publicUrl}/participation`,
          program: program.name,
          owner: program.ownerOrganisationName,
          organisation: admin.organisationName,
        },
      }),
    );
  }
  return ids;
}
