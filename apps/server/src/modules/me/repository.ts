import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { schema, type DbOrTx } from '@lots/db';

const manager = alias(schema.people, 'manager');

/** The person of a user, with organisation, unit and manager names. */
export async function personOfUser(db: DbOrTx, userId: string) {
  const [person] = await db
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
    .where(eq(schema.people.userId, userId));
  return person;
}

export async function updateUser(db: DbOrTx, userId: string, values: { name?: string; locale?: string }) {
  await db
    .update(schema.user)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(schema.user.id, userId));
}

export async function updatePerson(db: DbOrTx, personId: string, values: { name?: string; title?: string | null }) {
  await db
    .update(schema.people)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(schema.people.id, personId));
}
