import type { Organisation, OrganisationInput } from '@lots/core';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { notFound } from '../../platform/errors';
import { requireMember, requirePlatformAdmin, requireRole } from '../../platform/policy';
import { audit } from '../../platform/audit';
import * as repo from './repository';

export async function listOrganisations(ctx: AppContext, actor: Actor): Promise<Organisation[]> {
  const rows = await repo.listOrganisations(ctx.db, actor.platformAdmin ? undefined : actor.person ? [actor.person.organisationId] : []);
  return rows;
}

export async function getOrganisation(ctx: AppContext, actor: Actor, id: string): Promise<Organisation> {
  requireMember(actor, id);
  const row = await repo.findOrganisation(ctx.db, id);
  if (!row) throw notFound('Organisation');
  return row;
}

export async function createOrganisation(ctx: AppContext, actor: Actor, input: OrganisationInput): Promise<Organisation> {
  requirePlatformAdmin(actor);
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
  requireRole(actor, id, 'org_admin');
  if (!(await repo.findOrganisation(ctx.db, id))) throw notFound('Organisation');
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
