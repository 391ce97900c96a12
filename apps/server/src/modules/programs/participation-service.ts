import type { DbOrTx } from '@lots/db';
import type { ProgramInvitation } from '@lots/core';
import type { Actor } from '../../platform/actor';
import { AppError, notFound } from '../../platform/errors';
import type { Mutation } from '../../platform/mutation';
import { authorize } from '../../platform/authorize';
import { answerProgramInvitations } from './policy';
import * as repo from './participation-repository';

/**
 * No program is imposed on an organisation (issue 9.4): a partner organisation named in a joint
 * program is `invited` until its administrator or one of its coordinators accepts — only then do its
 * staff see the program and may apply — or declines. Both answers are audited.
 */
async function requireAnswerer(db: DbOrTx, actor: Actor) {
  await authorize(db, actor, answerProgramInvitations);
  return actor.person!;
}

/** My organisation's invitations to joint programs (pending first, then answered), newest first. */
export async function listInvitations(db: DbOrTx, actor: Actor): Promise<ProgramInvitation[]> {
  const person = await requireAnswerer(db, actor);
  const rows = await repo.invitationsOf(db, person.organisationId);
  return rows
    .map((r) => ({
      ...r,
      programType: r.programType as ProgramInvitation['programType'],
      programStatus: r.programStatus as ProgramInvitation['programStatus'],
      status: r.status,
      invitedAt: r.invitedAt.toISOString(),
      respondedAt: r.respondedAt?.toISOString() ?? null,
    }))
    .sort((a, b) => Number(b.status === 'invited') - Number(a.status === 'invited'));
}

/** Accepts or declines my organisation's invitation to a program; only a pending one can be answered. */
export async function answerInvitation(
  { tx, actor, audit }: Mutation,
  programId: string,
  answer: 'accepted' | 'declined',
): Promise<ProgramInvitation> {
  const person = await requireAnswerer(tx, actor);
  const row = await repo.participationOf(tx, programId, person.organisationId);
  // A program my organisation is not invited to does not exist for me.
  if (!row || row.owner === person.organisationId || row.programStatus === 'archived') throw notFound('Invitation');
  if (row.status !== 'invited') throw new AppError('conflict', `This invitation was already ${row.status}`, 'programId');
  if (!(await repo.answerParticipation(tx, programId, person.organisationId, answer, person.id)))
    throw new AppError('conflict', 'This invitation was already answered', 'programId');
  await audit({
    action: answer === 'accepted' ? 'program.participation.accept' : 'program.participation.decline',
    organisationId: person.organisationId,
    entity: 'program',
    entityId: programId,
  });
  const invitation = (await listInvitations(tx, actor)).find((i) => i.programId === programId);
  if (!invitation) throw notFound('Invitation');
  return invitation;
}

/**
 * Mails the administrators of newly invited organisations that a program waits for their answer,
 * in the mutation that invites them: each in their own language, else their country's.
 */
export async function mailInvitedOrganisations(
  m: Mutation,
  program: { id: string; name: string; ownerOrganisationName: string },
  organisationIds: string[],
): Promise<void> {
  for (const admin of await repo.administratorsOf(m.tx, organisationIds)) {
    await m.mail(
      { personId: admin.id, fallback: admin.country === 'NO' ? 'nb' : 'sv' },
      {
        template: 'participationInvitation',
        path: '/participation',
        organisationId: admin.organisationId,
        vars: { program: program.name, owner: program.ownerOrganisationName, organisation: admin.organisationName },
      },
    );
  }
}
