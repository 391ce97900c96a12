import type { NetworkMember, NetworkMemberPage, Organisation, OrganisationInput, OrganisationNetworks } from '@lots/core';
import type { DbOrTx } from '@lots/db';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import type { Mutation } from '../../platform/mutation';
import { authorize } from '../../platform/authorize';
import { conflict, invalid, notFound } from '../../platform/errors';
import { administerPlatform, organisationAbilities, organisationCan } from './policy';
import * as repo from './repository';

export async function listOrganisations(ctx: AppContext, actor: Actor): Promise<Organisation[]> {
  const rows = await repo.listOrganisations(ctx.db, actor.platformAdmin ? undefined : actor.person ? [actor.person.organisationId] : []);
  return rows.map((row) => ({ ...row, can: organisationCan(actor, row) }));
}

export async function getOrganisation(db: DbOrTx, actor: Actor, id: string): Promise<Organisation> {
  await authorize(db, actor, organisationAbilities.read, id);
  const row = await repo.findOrganisation(db, id);
  if (!row) throw notFound('Organisation');
  return { ...row, can: organisationCan(actor, row) };
}

export async function createOrganisation({ tx, actor, audit }: Mutation, input: OrganisationInput): Promise<Organisation> {
  await authorize(tx, actor, administerPlatform);
  const id = await repo.insertOrganisation(tx, input);
  await audit({ action: 'organisation.create', organisationId: id, entity: 'organisation', entityId: id, data: { name: input.name } });
  return getOrganisation(tx, actor, id);
}

export async function updateOrganisation(
  { tx, actor, audit }: Mutation,
  id: string,
  patch: Partial<OrganisationInput>,
): Promise<Organisation> {
  const current = await authorize(tx, actor, organisationAbilities.manage, id);
  if (patch.kind && patch.kind !== current.kind) {
    // A network's members and an organisation's networks stay consistent: no network inside a network (decision 0125).
    const links = await repo.networkLinks(tx, id);
    if (current.kind === 'network' && links.members > 0) throw conflict('A network with members cannot change its kind', 'kind');
    if (patch.kind === 'network' && links.memberOf > 0) throw conflict('A member of a network cannot become a network itself', 'kind');
  }
  await repo.updateOrganisation(tx, id, patch);
  await audit({ action: 'organisation.update', organisationId: id, entity: 'organisation', entityId: id, data: patch });
  return getOrganisation(tx, actor, id);
}

/**
 * Every organisation's name, for choosing partners of a joint program. Names of public
 * bodies are not secret; nothing else about them is shown.
 */
export async function organisationDirectory(ctx: AppContext) {
  return repo.directory(ctx.db);
}

/** The network itself, after the route's ability: only an organisation of kind `network` has members. */
async function requireNetwork(db: DbOrTx, actor: Actor, ability: typeof organisationAbilities.read, networkId: string) {
  const network = await authorize(db, actor, ability, networkId);
  if (network.kind !== 'network') throw conflict('This organisation is not a network', 'orgId');
  return network;
}

/** One page of a network's member organisations (the network's staff and platform administrators). */
export async function listNetworkMembers(
  db: DbOrTx,
  actor: Actor,
  networkId: string,
  page: { limit: number; offset: number },
): Promise<NetworkMemberPage> {
  await requireNetwork(db, actor, organisationAbilities.read, networkId);
  return repo.networkMembersPage(db, networkId, page);
}

/**
 * The network's administrator adds an existing organisation that is not a network itself (decision
 * 0125). Names of public bodies are not secret (the directory lists them), so an unknown id is a 400.
 */
export async function addNetworkMember({ tx, actor, audit }: Mutation, networkId: string, organisationId: string): Promise<NetworkMember> {
  await requireNetwork(tx, actor, organisationAbilities.manage, networkId);
  const member = await repo.findOrganisation(tx, organisationId);
  if (!member) throw invalid('organisationId', 'no such organisation');
  if (member.kind === 'network') throw invalid('organisationId', 'a network cannot be a member of a network');
  if (!(await repo.insertNetworkMember(tx, networkId, organisationId)))
    throw conflict('This organisation is already a member of the network', 'organisationId');
  await audit({ action: 'organisation.member.add', organisationId: networkId, entity: 'organisation', entityId: organisationId });
  return { organisationId: member.id, name: member.name, kind: member.kind, country: member.country };
}

/**
 * Removes a member, unless it still takes part in (or is invited to) a program of the network
 * that is announced and not closed: its staff apply, coordinate or meet there (409).
 */
export async function removeNetworkMember({ tx, actor, audit }: Mutation, networkId: string, organisationId: string) {
  await requireNetwork(tx, actor, organisationAbilities.manage, networkId);
  if (!(await repo.isNetworkMember(tx, networkId, organisationId))) throw notFound('Member');
  const running = await repo.runningNetworkProgramsOf(tx, networkId, organisationId);
  if (running > 0) throw conflict('The organisation still takes part in a running program of the network', 'memberId');
  await repo.deleteNetworkMember(tx, networkId, organisationId);
  await audit({ action: 'organisation.member.remove', organisationId: networkId, entity: 'organisation', entityId: organisationId });
  return { ok: true as const };
}

/** The networks an organisation is a member of: its staff see them. */
export async function networksOfOrganisation(db: DbOrTx, actor: Actor, organisationId: string): Promise<OrganisationNetworks> {
  await authorize(db, actor, organisationAbilities.read, organisationId);
  return repo.networksOf(db, organisationId);
}
