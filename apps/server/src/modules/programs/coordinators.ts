import type { DbOrTx } from '@lots/db';
import type { CoordinatorCandidatePage, CoordinatorCandidateQuery } from '@lots/core';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/authorize';
import { networkMemberIds } from '../organisations';
import { createPrograms, requireManage } from './policy';
import * as repo from './repository';

/**
 * Who may be offered as coordinators of a program its creator is about to make (decision 0121):
 * people with the coordinator or administrator role in the creator's own organisation and, when
 * that organisation is a network, in its member organisations.
 */
export async function candidatesForNewProgram(
  db: DbOrTx,
  actor: Actor,
  query: CoordinatorCandidateQuery,
): Promise<CoordinatorCandidatePage> {
  await authorize(db, actor, createPrograms);
  const own = actor.person!.organisationId;
  return repo.coordinatorCandidates(db, [own, ...(await networkMemberIds(db, own))], query);
}

/**
 * Who may be offered as coordinators of an existing program, to those who manage it: people with
 * the coordinator or administrator role in the organisations that take part (the owner and the
 * partners that accepted) and, when the owner is a network, in its member organisations.
 */
export async function candidatesForProgram(
  db: DbOrTx,
  actor: Actor,
  programId: string,
  query: CoordinatorCandidateQuery,
): Promise<CoordinatorCandidatePage> {
  const access = await requireManage(db, actor, programId);
  const members = await networkMemberIds(db, access.program.ownerOrganisationId);
  return repo.coordinatorCandidates(db, [...new Set([...access.organisationIds, ...members])], query);
}
