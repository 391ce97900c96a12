import type { Organisation, OrganisationInput } from '@lots/core';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/authorize';
import { administerPlatform, organisationAbilities, organisationCan } from './policy';
import { audit } from '../../platform/audit';
import * as repo from './repository';

export async function listOrganisations(ctx: AppContext, actor: Actor): Promise<Organisation[]> {
  const rows = await repo.listOrganisations(ctx.db, actor.platformAdmin ? undefined : actor.person ? [actor.person.organisationId] : []);
  return rows.map((row) => ({ ...row, can: organisationCan(actor, row) }));
}

export async function getOrganisation(ctx: AppContext, actor: Actor, id: string): Promise<Organisation> {
  const row = await authorize(ctx.db, actor, organisationAbilities.read, id);
  return { ...row, can: organisationCan(actor, row) };
}

export async function createOrganisation(ctx: AppContext, actor: Actor, input: OrganisationInput): Promise<Organisation> {
  await authorize(ctx.db, actor, administerPlatform);
  const id = await ctx.db.transaction(async (tx) => {
    const id = await repo.insertOrganisation(tx, input);
    await audit(tx, actor, id, 'organisation.create', 'organisation', id, { name: input.name });
    return id;
  });
  return getOrganisation(ctx, actor, id);
}

export async function updateOrganisation(
  ctx: AppContext,
  actor: Actor,
  id: string,
  patch: Partial<OrganisationInput>,
): Promise<Organisation> {
  await authorize(ctx.db, actor, organisationAbilities.manage, id);
  await ctx.db.transaction(async (tx) => {
    await repo.updateOrganisation(tx, id, patch);
    await audit(tx, actor, id, 'organisation.update', 'organisation', id, patch);
  });
  return getOrganisation(ctx, actor, id);
}

/**
 * Every organisation's name, for choosing partners of a joint program. Names of public
 * bodies are not secret; nothing else about them is shown.
 */
export async function organisationDirectory(ctx: AppContext) {
  return repo.directory(ctx.db);
}
