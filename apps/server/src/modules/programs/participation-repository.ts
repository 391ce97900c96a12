import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import { schema, type DbOrTx } from '@lots/db';

const { programs, programOrganisations, organisations, people } = schema;

/** An organisation's invitations to programs it does not own (not archived ones), newest first. */
export async function invitationsOf(db: DbOrTx, organisationId: string) {
  return db
    .select({
      programId: programs.id,
      programName: programs.name,
      programType: programs.type,
      programStatus: programs.status,
      purpose: programs.purpose,
      startsOn: programs.startsOn,
      endsOn: programs.endsOn,
      ownerOrganisationName: organisations.name,
      organisationId: programOrganisations.organisationId,
      status: programOrganisations.status,
      invitedAt: programOrganisations.invitedAt,
      respondedAt: programOrganisations.respondedAt,
      respondedByName: people.name,
    })
    .from(programOrganisations)
    .innerJoin(programs, eq(programs.id, programOrganisations.programId))
    .innerJoin(organisations, eq(organisations.id, programs.ownerOrganisationId))
    .leftJoin(people, eq(people.id, programOrganisations.respondedBy))
    .where(
      and(
        eq(programOrganisations.organisationId, organisationId),
        ne(programs.ownerOrganisationId, organisationId),
        ne(programs.status, 'archived'),
      ),
    )
    .orderBy(desc(programOrganisations.invitedAt), asc(programs.name));
}

export async function participationOf(db: DbOrTx, programId: string, organisationId: string) {
  const [row] = await db
    .select({ status: programOrganisations.status, programStatus: programs.status, owner: programs.ownerOrganisationId })
    .from(programOrganisations)
    .innerJoin(programs, eq(programs.id, programOrganisations.programId))
    .where(and(eq(programOrganisations.programId, programId), eq(programOrganisations.organisationId, organisationId)));
  return row;
}

/** Answers a pending invitation; false when it was not pending any more. */
export async function answerParticipation(
  db: DbOrTx,
  programId: string,
  organisationId: string,
  status: 'accepted' | 'declined',
  personId: string,
) {
  const rows = await db
    .update(programOrganisations)
    .set({ status, respondedAt: new Date(), respondedBy: personId })
    .where(
      and(
        eq(programOrganisations.programId, programId),
        eq(programOrganisations.organisationId, organisationId),
        eq(programOrganisations.status, 'invited'),
      ),
    )
    .returning({ programId: programOrganisations.programId });
  return rows.length === 1;
}

/** The active administrators of some organisations, with their saved language and the organisation's country. */
export async function administratorsOf(db: DbOrTx, organisationIds: string[]) {
  if (!organisationIds.length) return [];
  const rows = await db
    .select({
      id: people.id,
      name: people.name,
      email: people.email,
      organisationId: people.organisationId,
      roles: people.roles,
      country: organisations.country,
      organisationName: organisations.name,
    })
    .from(people)
    .innerJoin(organisations, eq(organisations.id, people.organisationId))
    .where(and(inArray(people.organisationId, organisationIds), eq(people.active, true)));
  return rows.filter((r) => r.roles.includes('org_admin'));
}
