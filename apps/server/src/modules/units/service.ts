import type { Unit, UnitInput } from '@lots/core';
import type { DbOrTx } from '@lots/db';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import type { Mutation } from '../../platform/mutation';
import { conflict, invalid, notFound } from '../../platform/errors';
import { authorize } from '../../platform/authorize';
import { organisationAbilities } from '../organisations';
import * as repo from './repository';

export async function listUnits(ctx: AppContext, actor: Actor, organisationId: string): Promise<Unit[]> {
  await authorize(ctx.db, actor, organisationAbilities.read, organisationId);
  return repo.listUnits(ctx.db, organisationId);
}

async function getUnit(db: DbOrTx, organisationId: string, id: string): Promise<Unit> {
  const unit = await repo.findUnit(db, organisationId, id);
  if (!unit) throw notFound('Unit');
  return unit;
}

/** A parent must be a unit of the same organisation, and never the unit itself or one below it. */
async function checkParent(db: DbOrTx, organisationId: string, unitId: string | null, parentId: string | null | undefined) {
  if (!parentId) return;
  const all = await repo.listUnits(db, organisationId);
  const byId = new Map(all.map((u) => [u.id, u]));
  if (!byId.has(parentId)) throw invalid('parentId', 'no such unit in this organisation');
  for (let cursor: string | null = parentId; cursor; cursor = byId.get(cursor)?.parentId ?? null) {
    if (cursor === unitId) throw invalid('parentId', 'a unit cannot be placed under itself or one of its sub-units');
  }
}

export async function createUnit({ tx, actor, audit }: Mutation, organisationId: string, input: UnitInput): Promise<Unit> {
  await authorize(tx, actor, organisationAbilities.manage, organisationId);
  await checkParent(tx, organisationId, null, input.parentId);
  const id = await repo.insertUnit(tx, organisationId, { name: input.name, parentId: input.parentId ?? null });
  await audit({ action: 'unit.create', organisationId, entity: 'unit', entityId: id, data: { name: input.name } });
  return getUnit(tx, organisationId, id);
}

export async function updateUnit(
  { tx, actor, audit }: Mutation,
  organisationId: string,
  id: string,
  patch: Partial<UnitInput>,
): Promise<Unit> {
  await authorize(tx, actor, organisationAbilities.manage, organisationId);
  await getUnit(tx, organisationId, id);
  await checkParent(tx, organisationId, id, patch.parentId);
  await repo.updateUnit(tx, id, patch);
  await audit({ action: 'unit.update', organisationId, entity: 'unit', entityId: id, data: patch });
  return getUnit(tx, organisationId, id);
}

export async function deleteUnit({ tx, actor, audit }: Mutation, organisationId: string, id: string): Promise<void> {
  await authorize(tx, actor, organisationAbilities.manage, organisationId);
  const unit = await getUnit(tx, organisationId, id);
  if (unit.peopleCount > 0) throw conflict('The unit still has people; move them first');
  if ((await repo.countChildren(tx, id)) > 0) throw conflict('The unit still has sub-units; move or delete them first');
  await repo.deleteUnit(tx, id);
  await audit({ action: 'unit.delete', organisationId, entity: 'unit', entityId: id, data: { name: unit.name } });
}
