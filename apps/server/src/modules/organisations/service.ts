import type { Organisation, OrganisationInput } from '@lots/core';
import type { DbOrTx } from '@lots/db';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import type { Mutation } from '../../platform/mutation';
import { authorize } from '../../platform/authorize';
import { administerPlatform, organisationAbilities, organisationCan } from './policy';
import * as repo from './repository';

export async function listOrganisations(ctx: AppContext, actor: Actor): Promise<Organisation[]> {
  const rows = await repo.listOrganisations(ctx.db, actor.platformAdmin ? undefined : actor.person ? [actor.person.organisationId] : []);
  return rows.map((row) => ({ ...row, can: organisationCan(actor, row) }));
}

export async function getOrganisation(db: DbOrTx, actor: Actor, id: string): Promise<Organisation> {
  const row = await authorize(db, actor, organisationAbilities.read, id);
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
  await authorize(tx, actor, organisationAbilities.manage, id);
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
