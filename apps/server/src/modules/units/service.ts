import type { Unit, UnitInput } from '@lots/core';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { conflict, invalid, notFound } from '../../platform/errors';
import { authorize } from '../../platform/authorize';
import { organisationAbilities } from '../organisations';
import { audit } from '../../platform/audit';
import * as repo from './repository';

export async function listUnits(ctx: AppContext, actor: Actor, organisationId: string): Promise<Unit[]> {
  await authorize(ctx.db, actor, organisationAbilities.read, organisationId);
  return repo.listUnits(ctx.db, organisationId);
}

async function getUnit(ctx: AppContext, organisationId: string, id: string): Promise<Unit> {
  const unit = await repo.findUnit(ctx.db, organisationId, id);
  if (!unit) throw notFound('Unit');
  return unit;
}

/** A parent must be a unit of the same organisation, and never the unit itself or one below it. */
async function checkParent(ctx: AppContext, organisationId: string, unitId: string | null, parentId: string | null | undefined) {
  if (!parentId) return;
  const all = await repo.listUnits(ctx.db, organisationId);
  const byId = new Map(all.map((u) => [u.id, u]));
  if (!byId.has(parentId)) throw invalid('parentId', 'no such unit in this organisation');
  for (let cursor: string | null = parentId; cursor; cursor = byId.get(cursor)?.parentId ?? null) {
    if (cursor === unitId) throw invalid('parentId', 'a unit cannot be placed under itself or one of its sub-units');
  }
}

export async function createUnit(ctx: AppContext, actor: Actor, organisationId: string, input: UnitInput): Promise<Unit> {
  await authorize(ctx.db, actor, organisationAbilities.manage, organisationId);
  await checkParent(ctx, organisationId, null, input.parentId);
  const id = await ctx.db.transaction(async (tx) => {
    const id = await repo.insertUnit(tx, organisationId, { name: input.name, parentId: input.parentId ?? null });
    await audit(tx, actor, organisationId, 'unit.create', 'unit', id, { name: input.name });
    return id;
  });
  return getUnit(ctx, organisationId, id);
}

export async function updateUnit(
  ctx: AppContext,
  actor: Actor,
  organisationId: string,
  id: string,
  patch: Partial<UnitInput>,
): Promise<Unit> {
  await authorize(ctx.db, actor, organisationAbilities.manage, organisationId);
  await getUnit(ctx, organisationId, id);
  await checkParent(ctx, organisationId, id, patch.parentId);
  await ctx.db.transaction(async (tx) => {
    await repo.updateUnit(tx, id, patch);
    await audit(tx, actor, organisationId, 'unit.update', 'unit', id, patch);
  });
  return getUnit(ctx, organisationId, id);
}

export async function deleteUnit(ctx: AppContext, actor: Actor, organisationId: string, id: string): Promise<void> {
  await authorize(ctx.db, actor, organisationAbilities.manage, organisationId);
  const unit = await getUnit(ctx, organisationId, id);
  if (unit.peopleCount > 0) throw conflict('The unit still has people; move them first');
  if ((await repo.countChildren(ctx.db, id)) > 0) throw conflict('The unit still has sub-units; move or delete them first');
  await ctx.db.transaction(async (tx) => {
    await repo.deleteUnit(tx, id);
    await audit(tx, actor, organisationId, 'unit.delete', 'unit', id, { name: unit.name });
  });
}
