import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { schema } from '@lots/db';
import type { Me, Role } from '@lots/core';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';

const manager = alias(schema.people, 'manager');

export async function getMe(ctx: AppContext, actor: Actor): Promise<Me> {
  const [person] = await ctx.db
    .select({
      id: schema.people.id,
      organisationId: schema.people.organisationId,
      organisationName: schema.organisations.name,
      unitId: schema.people.unitId,
      unitName: schema.units.name,
      title: schema.people.title,
      managerName: manager.name,
      managerEmail: schema.people.managerEmail,
      managerEmailLinked: manager.email,
      roles: schema.people.roles,
    })
    .from(schema.people)
    .innerJoin(schema.organisations, eq(schema.organisations.id, schema.people.organisationId))
    .leftJoin(schema.units, eq(schema.units.id, schema.people.unitId))
    .leftJoin(manager, eq(manager.id, schema.people.managerId))
    .where(eq(schema.people.userId, actor.userId));
  return {
    user: { id: actor.userId, name: actor.name, email: actor.email, locale: actor.locale, platformAdmin: actor.platformAdmin },
    person: person
      ? {
          id: person.id,
          organisationId: person.organisationId,
          organisationName: person.organisationName,
          unitId: person.unitId,
          unitName: person.unitName,
          title: person.title,
          managerName: person.managerName,
          managerEmail: person.managerEmailLinked ?? person.managerEmail,
          roles: person.roles as Role[],
        }
      : null,
  };
}

export async function updateMe(
  ctx: AppContext,
  actor: Actor,
  patch: { name?: string; locale?: Me['user']['locale']; title?: string | null },
): Promise<Me> {
  await ctx.db.transaction(async (tx) => {
    if (patch.name !== undefined || patch.locale !== undefined) {
      await tx
        .update(schema.user)
        .set({
          ...(patch.name !== undefined && { name: patch.name }),
          ...(patch.locale !== undefined && { locale: patch.locale }),
          updatedAt: new Date(),
        })
        .where(eq(schema.user.id, actor.userId));
    }
    if (actor.person && (patch.name !== undefined || patch.title !== undefined)) {
      await tx
        .update(schema.people)
        .set({
          ...(patch.name !== undefined && { name: patch.name }),
          ...(patch.title !== undefined && { title: patch.title ?? null }),
          updatedAt: new Date(),
        })
        .where(eq(schema.people.id, actor.person.id));
    }
  });
  const updated: Actor = { ...actor, name: patch.name ?? actor.name, locale: patch.locale ?? actor.locale };
  return getMe(ctx, updated);
}
