import type { z } from 'zod';
import type { Directory, DirectoryEntry, Group, GroupList, directoryEntryInputSchema, groupInputSchema } from '@lots/core';
import type { DbOrTx } from '@lots/db';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/authorize';
import { AppError, invalid, notFound } from '../../platform/errors';
import type { Mutation } from '../../platform/mutation';
import { cancelGroupMeetings, inviteLateJoiners } from '../events';
import { networkingAbilities } from './policy';
import * as repo from './repository';

type Page = { limit: number; offset: number };

/** Whether a group belongs to a program (an event's audience may name only its own program's groups). */
export async function isGroupOf(db: DbOrTx, programId: string, groupId: string): Promise<boolean> {
  return (await repo.findGroup(db, programId, groupId)) !== undefined;
}

const entry = (row: DirectoryEntry): DirectoryEntry => ({
  personId: row.personId,
  name: row.name,
  title: row.title,
  organisationName: row.organisationName,
  interests: row.interests,
});

/**
 * The cohort directory: those who see the program's people see every entry; a participant who is
 * in it sees the others in it; a participant not (yet) in it sees only that they may join.
 */
export async function getDirectory(
  db: DbOrTx,
  actor: Actor,
  programId: string,
  query: Page & { q?: string | undefined },
): Promise<Directory> {
  const access = await authorize(db, actor, networkingAbilities.read, programId);
  const manage = networkingAbilities.manage.allows(actor, access);
  const personId = actor.person?.id;
  const participant = personId ? (await repo.participantRoles(db, programId, [personId])).has(personId) : false;
  const mine = participant && personId ? ((await repo.findEntry(db, programId, personId)) ?? null) : null;
  const browse = manage || mine !== null;
  const { rows, total } = browse ? await repo.listDirectory(db, programId, query) : { rows: [], total: 0 };
  return {
    items: rows.map(entry),
    total,
    limit: query.limit,
    offset: query.offset,
    mine: mine && entry(mine),
    can: { join: participant, browse },
  };
}

/** Joins the directory (or changes one's interests): an accepted participant's explicit consent. */
export async function joinDirectory(m: Mutation, programId: string, input: z.output<typeof directoryEntryInputSchema>) {
  const access = await authorize(m.tx, m.actor, networkingAbilities.read, programId);
  const personId = m.actor.person?.id;
  if (!personId || !(await repo.participantRoles(m.tx, programId, [personId])).has(personId))
    throw new AppError('forbidden', 'Only the program’s participants can be in its directory');
  await repo.upsertEntry(m.tx, programId, personId, input.interests?.trim() || null);
  await m.audit({
    action: 'directory.join',
    organisationId: access.program.ownerOrganisationId,
    entity: 'program',
    entityId: programId,
    data: { interests: input.interests ? true : false },
  });
}

/** Leaves the directory: the entry (the consent and the interests) is deleted. */
export async function leaveDirectory(m: Mutation, programId: string) {
  const access = await authorize(m.tx, m.actor, networkingAbilities.read, programId);
  const personId = m.actor.person?.id;
  if (!personId || !(await repo.deleteEntry(m.tx, programId, personId))) throw notFound('Directory entry');
  await m.audit({
    action: 'directory.leave',
    organisationId: access.program.ownerOrganisationId,
    entity: 'program',
    entityId: programId,
    data: {},
  });
}

async function presentGroups(db: DbOrTx, rows: repo.GroupRow[]): Promise<Group[]> {
  const members = await repo.membersOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    id: row.id,
    programId: row.programId,
    kind: row.kind,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    members: members
      .filter((m) => m.groupId === row.id)
      .map((m) => ({ personId: m.personId, name: m.name, title: m.title, organisationName: m.organisationName, role: m.role })),
  }));
}

/** One page of the groups: every one for those who manage them, else the viewer's own (as member or coach). */
export async function listGroups(
  db: DbOrTx,
  actor: Actor,
  programId: string,
  query: Page & { kind?: 'networking' | 'coaching' | undefined },
): Promise<GroupList> {
  const access = await authorize(db, actor, networkingAbilities.read, programId);
  const manage = networkingAbilities.manage.allows(actor, access);
  if (!manage && !actor.person) return { items: [], total: 0, limit: query.limit, offset: query.offset, can: { manage } };
  const viewer = manage ? ({ all: true } as const) : { personId: actor.person!.id };
  const { rows, total } = await repo.listGroups(db, programId, viewer, query);
  return { items: await presentGroups(db, rows), total, limit: query.limit, offset: query.offset, can: { manage } };
}

type GroupInput = z.output<typeof groupInputSchema>;

/** The members as stored: every named person an accepted participant; a coach group's coach and members mentors. */
async function checkedMembers(tx: DbOrTx, programId: string, input: GroupInput) {
  const ids = [...input.memberIds, ...(input.coachId ? [input.coachId] : [])];
  const roles = await repo.participantRoles(tx, programId, ids);
  if (input.memberIds.some((id) => !roles.has(id)))
    throw invalid('memberIds', 'every member must be an accepted participant of the program');
  if (input.kind === 'coaching') {
    if (roles.get(input.coachId!) !== 'mentor') throw invalid('coachId', 'the coach must be a mentor of the program');
    if (input.memberIds.some((id) => roles.get(id) !== 'mentor')) throw invalid('memberIds', 'a coach group coaches mentors');
  }
  return [
    ...(input.coachId ? [{ personId: input.coachId, role: 'coach' as const }] : []),
    ...input.memberIds.map((personId) => ({ personId, role: 'member' as const })),
  ];
}

/** Forms a networking group (3–8 participants) or a coach group (a mentor coaching 1–8 mentors). */
export async function createGroup(m: Mutation, programId: string, input: GroupInput): Promise<Group> {
  const access = await authorize(m.tx, m.actor, networkingAbilities.manage, programId);
  const members = await checkedMembers(m.tx, programId, input);
  const row = await repo.insertGroup(m.tx, { programId, kind: input.kind, name: input.name });
  await repo.setMembers(m.tx, row.id, members);
  await m.audit({
    action: 'group.create',
    organisationId: access.program.ownerOrganisationId,
    entity: 'program_group',
    entityId: row.id,
    data: { programId, kind: row.kind, members: members.length },
  });
  return (await presentGroups(m.tx, [row]))[0]!;
}

/**
 * Changes a group's name and members. People added are invited to the group's coming meetings (like
 * a late joiner, the same invitation mail); those removed keep the invitations they have.
 */
export async function updateGroup(m: Mutation, programId: string, groupId: string, input: GroupInput): Promise<Group> {
  const access = await authorize(m.tx, m.actor, networkingAbilities.manage, programId);
  const group = await repo.findGroup(m.tx, programId, groupId);
  if (!group) throw notFound('Group');
  if (group.kind !== input.kind) throw invalid('kind', 'a group keeps its kind');
  const members = await checkedMembers(m.tx, programId, input);
  const row = await repo.updateGroup(m.tx, groupId, { name: input.name, kind: group.kind });
  const added = await repo.setMembers(m.tx, groupId, members);
  await m.audit({
    action: 'group.update',
    organisationId: access.program.ownerOrganisationId,
    entity: 'program_group',
    entityId: groupId,
    data: { programId, members: members.length, added: added.length },
  });
  await inviteLateJoiners(m, programId, added);
  return (await presentGroups(m.tx, [row]))[0]!;
}

/**
 * Removes a group (the web app asks for a confirmation first): its members and its coming meetings
 * go — those meetings are cancelled with a METHOD:CANCEL to the invited; past meetings and their
 * attendance stay (their audience no longer names a group).
 */
export async function deleteGroup(m: Mutation, programId: string, groupId: string): Promise<void> {
  const access = await authorize(m.tx, m.actor, networkingAbilities.manage, programId);
  const group = await repo.findGroup(m.tx, programId, groupId);
  if (!group) throw notFound('Group');
  const cancelled = await cancelGroupMeetings(m, programId, groupId);
  await repo.deleteGroup(m.tx, groupId);
  await m.audit({
    action: 'group.delete',
    organisationId: access.program.ownerOrganisationId,
    entity: 'program_group',
    entityId: groupId,
    data: { programId, kind: group.kind, cancelledMeetings: cancelled },
  });
}

/** The people who may be put in a group (accepted participants), one page. */
export async function groupCandidates(
  db: DbOrTx,
  actor: Actor,
  programId: string,
  query: Page & { role?: 'mentor' | 'adept' | undefined; q?: string | undefined },
) {
  await authorize(db, actor, networkingAbilities.manage, programId);
  const { rows, total } = await repo.candidates(db, programId, query);
  return { items: rows, total, limit: query.limit, offset: query.offset };
}
