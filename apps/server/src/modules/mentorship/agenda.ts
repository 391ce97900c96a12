import type { Mutation } from '../../platform/mutation';
import { invalid, notFound } from '../../platform/errors';
import { loadPairAccess } from './policy';
import { latestAgreement, presentMentorship } from './present';
import { requireProgramOpen, requireWritable } from './service';
import * as repo from './repository';

/** Adds an item to the pair's agenda; audited with the author's role, never the item's text. */
export async function addAgendaItem({ tx, actor, audit }: Mutation, pairId: string, text: string) {
  const access = await loadPairAccess(tx, actor, pairId);
  await requireWritable(tx, access);
  await repo.insertAgendaItem(tx, { pairId, text, authorId: actor.person!.id });
  await audit({ action: 'agenda.add', organisationId: null, entity: 'pair', entityId: pairId, data: { role: access.role } });
  return presentMentorship(tx, access, actor.locale);
}

export async function updateAgendaItem(
  { tx, actor, audit }: Mutation,
  pairId: string,
  itemId: string,
  change: { done?: boolean; remove?: boolean },
) {
  const access = await loadPairAccess(tx, actor, pairId);
  await requireProgramOpen(tx, access);
  if (!(await repo.changeAgendaItem(tx, pairId, itemId, change))) throw notFound('Agenda item');
  await audit({
    action: change.remove ? 'agenda.delete' : 'agenda.update',
    organisationId: null,
    entity: 'pair',
    entityId: pairId,
    data: { role: access.role, itemId, fields: Object.keys(change) },
  });
  return presentMentorship(tx, access, actor.locale);
}

/** A goal check-in; audited with the author's role and the goal's id, never the comment. */
export async function addCheckin(
  { tx, actor, audit }: Mutation,
  pairId: string,
  input: { goalId: string; progress: number; comment?: string | null },
) {
  const access = await loadPairAccess(tx, actor, pairId);
  await requireWritable(tx, access);
  const agreement = await latestAgreement(tx, pairId);
  if (!agreement?.goals.some((g) => g.id === input.goalId)) throw invalid('goalId', 'no such goal in the agreement');
  await repo.insertCheckin(tx, {
    pairId,
    goalId: input.goalId,
    progress: input.progress,
    comment: input.comment ?? null,
    authorId: actor.person!.id,
  });
  await audit({
    action: 'checkin.add',
    organisationId: null,
    entity: 'pair',
    entityId: pairId,
    data: { role: access.role, goalId: input.goalId },
  });
  return presentMentorship(tx, access, actor.locale);
}
