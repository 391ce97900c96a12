import { asc, eq } from 'drizzle-orm';
import { schema, type DbOrTx } from '@lots/db';

/** The installation's first organisation (the one set up first): the statement's default organisation and country. */
export async function firstOrganisation(db: DbOrTx) {
  const [row] = await db
    .select({ name: schema.organisations.name, country: schema.organisations.country })
    .from(schema.organisations)
    .orderBy(asc(schema.organisations.createdAt), asc(schema.organisations.id))
    .limit(1);
  return row ?? null;
}

/** The first platform administrator's address (who set Lots up): the statement's default feedback address. */
export async function firstPlatformAdminEmail(db: DbOrTx): Promise<string | null> {
  const [row] = await db
    .select({ email: schema.user.email })
    .from(schema.user)
    .where(eq(schema.user.platformAdmin, true))
    .orderBy(asc(schema.user.createdAt), asc(schema.user.id))
    .limit(1);
  return row?.email ?? null;
}
