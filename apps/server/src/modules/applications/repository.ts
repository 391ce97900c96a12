import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { schema, type DbOrTx } from '@lots/db';

const { applications, sensitiveAnswers, managerConfirmations, recommendations, nominations, people, organisations, user } = schema;

export type ApplicationRow = typeof applications.$inferSelect;

export async function findApplication(db: DbOrTx, programId: string, id: string) {
  const [row] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.programId, programId), eq(applications.id, id)));
  return row;
}

export async function findByPersonRole(db: DbOrTx, programId: string, personId: string, role: string) {
  const [row] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.programId, programId), eq(applications.personId, personId), eq(applications.role, role)));
  return row;
}

export async function listApplications(db: DbOrTx, programId: string, filter: { role?: string; status?: string; ids?: string[] } = {}) {
  const conditions = [eq(applications.programId, programId)];
  if (filter.role) conditions.push(eq(applications.role, filter.role));
  if (filter.status) conditions.push(eq(applications.status, filter.status));
  if (filter.ids) conditions.push(inArray(applications.id, filter.ids.length ? filter.ids : ['00000000-0000-0000-0000-000000000000']));
  return db
    .select()
    .from(applications)
    .where(and(...conditions));
}

export async function insertApplication(db: DbOrTx, values: typeof applications.$inferInsert) {
  const [row] = await db.insert(applications).values(values).returning();
  return row!;
}

export async function updateApplication(db: DbOrTx, id: string, values: Partial<typeof applications.$inferInsert>) {
  const [row] = await db
    .update(applications)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(applications.id, id))
    .returning();
  return row!;
}

/** People behind applications, with their organisation, manager and language. */
export async function applicantsOf(db: DbOrTx, personIds: string[]) {
  if (!personIds.length) return [];
  const rows = await db
    .select({
      id: people.id,
      name: people.name,
      email: people.email,
      title: people.title,
      organisationId: people.organisationId,
      organisationName: organisations.name,
      managerId: people.managerId,
      managerEmail: people.managerEmail,
      locale: user.locale,
    })
    .from(people)
    .innerJoin(organisations, eq(organisations.id, people.organisationId))
    .leftJoin(user, eq(user.id, people.userId))
    .where(inArray(people.id, personIds));
  const managerIds = rows.map((r) => r.managerId).filter((id): id is string => Boolean(id));
  const managers = managerIds.length
    ? await db.select({ id: people.id, name: people.name, email: people.email }).from(people).where(inArray(people.id, managerIds))
    : [];
  const managerById = new Map(managers.map((m) => [m.id, m]));
  return rows.map((r) => {
    const manager = r.managerId ? managerById.get(r.managerId) : undefined;
    return { ...r, managerName: manager?.name ?? null, managerEmail: manager?.email ?? r.managerEmail };
  });
}

export async function sensitiveOf(db: DbOrTx, applicationIds: string[]) {
  if (!applicationIds.length) return [];
  return db.select().from(sensitiveAnswers).where(inArray(sensitiveAnswers.applicationId, applicationIds));
}

export async function setSensitive(db: DbOrTx, applicationId: string, value: { underRepresented: boolean } | null) {
  await db.delete(sensitiveAnswers).where(eq(sensitiveAnswers.applicationId, applicationId));
  if (value) await db.insert(sensitiveAnswers).values({ applicationId, underRepresented: value.underRepresented, consentAt: new Date() });
}

/** The newest confirmation request of each application. */
export async function confirmationsOf(db: DbOrTx, applicationIds: string[]) {
  if (!applicationIds.length) return [];
  const rows = await db
    .select()
    .from(managerConfirmations)
    .where(inArray(managerConfirmations.applicationId, applicationIds))
    .orderBy(desc(managerConfirmations.createdAt));
  const latest = new Map<string, (typeof rows)[number]>();
  for (const r of rows) if (!latest.has(r.applicationId)) latest.set(r.applicationId, r);
  return [...latest.values()];
}

export async function insertConfirmation(db: DbOrTx, values: typeof managerConfirmations.$inferInsert) {
  await db.insert(managerConfirmations).values(values);
}

export async function updateConfirmation(db: DbOrTx, id: string, values: Partial<typeof managerConfirmations.$inferInsert>) {
  await db.update(managerConfirmations).set(values).where(eq(managerConfirmations.id, id));
}

export async function recommendationsOf(db: DbOrTx, applicationIds: string[]) {
  if (!applicationIds.length) return [];
  return db.select().from(recommendations).where(inArray(recommendations.applicationId, applicationIds)).orderBy(recommendations.createdAt);
}

export async function insertRecommendation(db: DbOrTx, values: typeof recommendations.$inferInsert) {
  await db.insert(recommendations).values(values);
}

export async function findConfirmationByHash(db: DbOrTx, tokenHash: string) {
  const [row] = await db.select().from(managerConfirmations).where(eq(managerConfirmations.tokenHash, tokenHash));
  return row;
}

export async function findRecommendationByHash(db: DbOrTx, tokenHash: string) {
  const [row] = await db.select().from(recommendations).where(eq(recommendations.tokenHash, tokenHash));
  return row;
}

/** Answers a pending request once: returns false when it was answered already. */
export async function answerConfirmation(db: DbOrTx, id: string, status: string, comment: string | null) {
  const rows = await db
    .update(managerConfirmations)
    .set({ status, comment, respondedAt: new Date() })
    .where(and(eq(managerConfirmations.id, id), eq(managerConfirmations.status, 'pending')))
    .returning({ id: managerConfirmations.id });
  return rows.length === 1;
}

export async function answerRecommendation(db: DbOrTx, id: string, verdict: string, comment: string | null) {
  const rows = await db
    .update(recommendations)
    .set({ verdict, comment, respondedAt: new Date() })
    .where(and(eq(recommendations.id, id), eq(recommendations.verdict, 'pending')))
    .returning({ id: recommendations.id });
  return rows.length === 1;
}

export async function nominationsOf(db: DbOrTx, programId: string) {
  const nominee = people;
  return db
    .select({
      id: nominations.id,
      programId: nominations.programId,
      nomineePersonId: nominations.nomineePersonId,
      nominatorPersonId: nominations.nominatorPersonId,
      motivation: nominations.motivation,
      createdAt: nominations.createdAt,
      nomineeName: nominee.name,
      nomineeEmail: nominee.email,
      nominatorName: sql<string>`(select p.name from people p where p.id = ${nominations.nominatorPersonId})`,
    })
    .from(nominations)
    .innerJoin(nominee, eq(nominee.id, nominations.nomineePersonId))
    .where(eq(nominations.programId, programId))
    .orderBy(desc(nominations.createdAt));
}

export async function insertNomination(db: DbOrTx, values: typeof nominations.$inferInsert) {
  const [row] = await db.insert(nominations).values(values).returning({ id: nominations.id });
  return row!.id;
}
