import { and, asc, count, desc, eq, or, sql, sum } from 'drizzle-orm';
import { schema, type DbOrTx } from '@lots/db';
import type { CostSettings } from '@lots/core';

const {
  applications,
  meetings,
  organisations,
  pairs,
  people,
  programInvoices,
  programOrganisations,
  programCostSettings,
  programSharedCosts,
} = schema;

/** The organisations that take part (the owner and partners that accepted), with their cap and kind, by name. */
export async function participatingOrganisations(db: DbOrTx, programId: string) {
  return db
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind, adeptCap: programOrganisations.adeptCap })
    .from(programOrganisations)
    .innerJoin(organisations, eq(organisations.id, programOrganisations.organisationId))
    .where(and(eq(programOrganisations.programId, programId), eq(programOrganisations.status, 'accepted')))
    .orderBy(asc(organisations.name), asc(organisations.id));
}

export async function settingsOf(db: DbOrTx, programId: string): Promise<CostSettings | undefined> {
  const [row] = await db
    .select({
      splitRule: programCostSettings.splitRule,
      percentages: programCostSettings.percentages,
      withdrawalRule: programCostSettings.withdrawalRule,
      graceMonths: programCostSettings.graceMonths,
    })
    .from(programCostSettings)
    .where(eq(programCostSettings.programId, programId));
  return row;
}

export async function saveSettings(db: DbOrTx, programId: string, settings: CostSettings) {
  await db
    .insert(programCostSettings)
    .values({ programId, ...settings })
    .onConflictDoUpdate({ target: programCostSettings.programId, set: { ...settings, updatedAt: new Date() } });
}

/**
 * Everyone who was accepted into the program: accepted applications, and withdrawn ones that had
 * been matched into a pair (they were accepted, then left). With their organisation.
 */
export async function acceptedParticipants(db: DbOrTx, programId: string) {
  const matched = sql`exists (select 1 from ${pairs} where ${pairs.adeptApplicationId} = ${applications.id} or ${pairs.mentorApplicationId} = ${applications.id})`;
  return db
    .select({
      applicationId: applications.id,
      personId: people.id,
      name: people.name,
      organisationId: people.organisationId,
      role: applications.role,
      status: applications.status,
      updatedAt: applications.updatedAt,
    })
    .from(applications)
    .innerJoin(people, eq(people.id, applications.personId))
    .where(
      and(
        eq(applications.programId, programId),
        or(eq(applications.status, 'accepted'), and(eq(applications.status, 'withdrawn'), matched)),
      ),
    )
    .orderBy(asc(people.name), asc(applications.role));
}

export async function pairsOf(db: DbOrTx, programId: string) {
  return db
    .select({
      adeptApplicationId: pairs.adeptApplicationId,
      mentorApplicationId: pairs.mentorApplicationId,
      status: pairs.status,
      endedAt: pairs.endedAt,
      endedBy: pairs.endedBy,
    })
    .from(pairs)
    .where(eq(pairs.programId, programId));
}

/** Minutes of meetings the program's pairs logged. */
export async function loggedMinutes(db: DbOrTx, programId: string): Promise<number> {
  const [row] = await db
    .select({ minutes: sum(meetings.durationMinutes) })
    .from(meetings)
    .innerJoin(pairs, eq(pairs.id, meetings.pairId))
    .where(eq(pairs.programId, programId));
  return Number(row?.minutes ?? 0);
}

/** The amounts of every shared cost (for the split), oldest first. */
export async function costAmounts(db: DbOrTx, programId: string) {
  return db
    .select({ id: programSharedCosts.id, amount: programSharedCosts.amount, vat: programSharedCosts.vat })
    .from(programSharedCosts)
    .where(eq(programSharedCosts.programId, programId))
    .orderBy(asc(programSharedCosts.incurredOn), asc(programSharedCosts.createdAt), asc(programSharedCosts.id));
}

const costColumns = {
  id: programSharedCosts.id,
  category: programSharedCosts.category,
  description: programSharedCosts.description,
  amount: programSharedCosts.amount,
  vat: programSharedCosts.vat,
  currency: programSharedCosts.currency,
  incurredOn: programSharedCosts.incurredOn,
  note: programSharedCosts.note,
  attachmentName: programSharedCosts.attachmentName,
  attachmentType: programSharedCosts.attachmentType,
  /** Bytes of the attachment: base64 length × 3/4 less padding. */
  attachmentSize: sql<
    number | null
  >`(length(${programSharedCosts.attachmentData}) * 3 / 4 - (case when ${programSharedCosts.attachmentData} like '%==' then 2 when ${programSharedCosts.attachmentData} like '%=' then 1 else 0 end))::int`,
};

/** One page of the shared costs, newest first, and how many there are. */
export async function costPage(db: DbOrTx, programId: string, page: number, pageSize: number) {
  const items = await db
    .select(costColumns)
    .from(programSharedCosts)
    .where(eq(programSharedCosts.programId, programId))
    .orderBy(desc(programSharedCosts.incurredOn), desc(programSharedCosts.createdAt), asc(programSharedCosts.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ n: count() }).from(programSharedCosts).where(eq(programSharedCosts.programId, programId));
  return { items, total: total?.n ?? 0 };
}

/** Every shared cost (for an organisation's invoice basis file), oldest first. */
export async function allCosts(db: DbOrTx, programId: string) {
  return db
    .select(costColumns)
    .from(programSharedCosts)
    .where(eq(programSharedCosts.programId, programId))
    .orderBy(asc(programSharedCosts.incurredOn), asc(programSharedCosts.createdAt), asc(programSharedCosts.id));
}

export type CostRow = Awaited<ReturnType<typeof allCosts>>[number];

export async function insertCost(db: DbOrTx, values: typeof programSharedCosts.$inferInsert) {
  const [row] = await db.insert(programSharedCosts).values(values).returning({ id: programSharedCosts.id });
  return row!.id;
}

export async function deleteCost(db: DbOrTx, programId: string, costId: string) {
  const rows = await db
    .delete(programSharedCosts)
    .where(and(eq(programSharedCosts.programId, programId), eq(programSharedCosts.id, costId)))
    .returning({ id: programSharedCosts.id });
  return rows.length > 0;
}

export async function attachmentOf(db: DbOrTx, programId: string, costId: string) {
  const [row] = await db
    .select({
      name: programSharedCosts.attachmentName,
      contentType: programSharedCosts.attachmentType,
      data: programSharedCosts.attachmentData,
    })
    .from(programSharedCosts)
    .where(and(eq(programSharedCosts.programId, programId), eq(programSharedCosts.id, costId)));
  return row;
}

export async function invoicesOf(db: DbOrTx, programId: string) {
  return db
    .select({
      organisationId: programInvoices.organisationId,
      invoicedOn: programInvoices.invoicedOn,
      reference: programInvoices.reference,
    })
    .from(programInvoices)
    .where(eq(programInvoices.programId, programId));
}

export async function saveInvoice(
  db: DbOrTx,
  values: { programId: string; organisationId: string; invoicedOn: string; reference: string; markedBy: string | null },
) {
  await db
    .insert(programInvoices)
    .values(values)
    .onConflictDoUpdate({
      target: [programInvoices.programId, programInvoices.organisationId],
      set: { invoicedOn: values.invoicedOn, reference: values.reference, markedBy: values.markedBy, markedAt: new Date() },
    });
}

export async function deleteInvoice(db: DbOrTx, programId: string, organisationId: string) {
  const rows = await db
    .delete(programInvoices)
    .where(and(eq(programInvoices.programId, programId), eq(programInvoices.organisationId, organisationId)))
    .returning({ id: programInvoices.organisationId });
  return rows.length > 0;
}

export async function setAdeptCap(db: DbOrTx, programId: string, organisationId: string, adeptCap: number | null) {
  await db
    .update(programOrganisations)
    .set({ adeptCap })
    .where(and(eq(programOrganisations.programId, programId), eq(programOrganisations.organisationId, organisationId)));
}

/** Each organisation of the program with its own cap of adepts: the cap and how many of its staff are accepted as adepts. */
export async function adeptCaps(db: DbOrTx, programId: string) {
  const rows = await db
    .select({
      organisationId: programOrganisations.organisationId,
      cap: programOrganisations.adeptCap,
      accepted: sql<number>`(select count(*) from ${applications} a join ${people} p on p.id = a.person_id
        where a.program_id = ${programId} and a.role = 'adept' and a.status = 'accepted'
          and p.organisation_id = ${programOrganisations}.organisation_id)`.mapWith(Number),
    })
    .from(programOrganisations)
    .where(and(eq(programOrganisations.programId, programId), sql`${programOrganisations.adeptCap} is not null`));
  return rows.map((r) => ({ ...r, cap: r.cap! }));
}

/** Organisations whose accepted adepts in the program exceed their own cap. */
export async function organisationsOverCap(db: DbOrTx, programId: string) {
  return (await adeptCaps(db, programId)).filter((r) => r.accepted > r.cap);
}

/** A shared cost's amounts, for a change to it. */
export async function findCost(db: DbOrTx, programId: string, costId: string) {
  const [row] = await db
    .select({
      id: programSharedCosts.id,
      amount: programSharedCosts.amount,
      vat: programSharedCosts.vat,
      currency: programSharedCosts.currency,
    })
    .from(programSharedCosts)
    .where(and(eq(programSharedCosts.programId, programId), eq(programSharedCosts.id, costId)));
  return row;
}

export async function updateCost(db: DbOrTx, programId: string, costId: string, values: Partial<typeof programSharedCosts.$inferInsert>) {
  await db
    .update(programSharedCosts)
    .set(values)
    .where(and(eq(programSharedCosts.programId, programId), eq(programSharedCosts.id, costId)));
}

/** How many participating organisations' shares of the program are marked invoiced. */
export async function invoicedCount(db: DbOrTx, programId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(programInvoices).where(eq(programInvoices.programId, programId));
  return row?.n ?? 0;
}
