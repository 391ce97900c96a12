import { and, asc, count, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { schema, type DbOrTx, type ReadDb } from '@lots/db';
import type { GroupKind, GroupRole } from '@lots/core';

const { directoryEntries, programGroups, programGroupMembers, applications, people, organisations } = schema;

type Reader = DbOrTx | ReadDb;
type Page = { limit: number; offset: number };

export type GroupRow = typeof programGroups.$inferSelect;

/** `%q%` for ILIKE with the user's own `%`, `_` and `\` taken literally. */
const pattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A person who is an accepted participant (mentor or adept) of the program, as SQL on a person id column. */
const acceptedIn = (programId: string, personId: SQL | typeof people.id) =>
  sql`exists (select 1 from ${applications} a where a.program_id = ${programId} and a.person_id = ${personId} and a.status = 'accepted')`;

/** The accepted participants among some people, with their role (a person is a mentor or an adept of a program). */
export async function participantRoles(db: Reader, programId: string, personIds: string[]) {
  if (!personIds.length) return new Map<string, 'mentor' | 'adept'>();
  const rows = await db
    .select({ personId: applications.personId, role: applications.role })
    .from(applications)
    .innerJoin(people, eq(people.id, applications.personId))
    .where(
      and(
        eq(applications.programId, programId),
        eq(applications.status, 'accepted'),
        inArray(applications.personId, personIds),
        eq(people.active, true),
      ),
    );
  return new Map(rows.map((r) => [r.personId, r.role]));
}

// ---- the directory ----

const entryColumns = {
  personId: people.id,
  name: people.name,
  title: people.title,
  organisationName: organisations.name,
  interests: directoryEntries.interests,
};

/**
 * One page of a program's directory, by name: the people who opted in and are still accepted
 * participants (someone who leaves the program leaves its directory). `q` matches name, title,
 * organisation or interests.
 */
export async function listDirectory(db: Reader, programId: string, filter: Page & { q?: string | undefined }) {
  const where = and(
    eq(directoryEntries.programId, programId),
    eq(people.active, true),
    acceptedIn(programId, people.id),
    filter.q
      ? or(
          ilike(people.name, pattern(filter.q)),
          ilike(people.title, pattern(filter.q)),
          ilike(organisations.name, pattern(filter.q)),
          ilike(directoryEntries.interests, pattern(filter.q)),
        )
      : undefined,
  );
  const from = () =>
    db
      .select(entryColumns)
      .from(directoryEntries)
      .innerJoin(people, eq(people.id, directoryEntries.personId))
      .innerJoin(organisations, eq(organisations.id, people.organisationId));
  const [rows, [total]] = await Promise.all([
    from().where(where).orderBy(asc(people.name), asc(people.id)).limit(filter.limit).offset(filter.offset),
    db
      .select({ n: count() })
      .from(directoryEntries)
      .innerJoin(people, eq(people.id, directoryEntries.personId))
      .innerJoin(organisations, eq(organisations.id, people.organisationId))
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function findEntry(db: Reader, programId: string, personId: string) {
  const [row] = await db
    .select(entryColumns)
    .from(directoryEntries)
    .innerJoin(people, eq(people.id, directoryEntries.personId))
    .innerJoin(organisations, eq(organisations.id, people.organisationId))
    .where(and(eq(directoryEntries.programId, programId), eq(directoryEntries.personId, personId)));
  return row;
}

export async function upsertEntry(db: DbOrTx, programId: string, personId: string, interests: string | null) {
  await db
    .insert(directoryEntries)
    .values({ programId, personId, interests })
    .onConflictDoUpdate({ target: [directoryEntries.programId, directoryEntries.personId], set: { interests } });
}

export async function deleteEntry(db: DbOrTx, programId: string, personId: string): Promise<boolean> {
  const rows = await db
    .delete(directoryEntries)
    .where(and(eq(directoryEntries.programId, programId), eq(directoryEntries.personId, personId)))
    .returning({ personId: directoryEntries.personId });
  return rows.length > 0;
}

// ---- groups ----

/** One page of a program's groups, oldest first: every one (`all`), or those a person is in (as member or coach). */
export async function listGroups(
  db: Reader,
  programId: string,
  viewer: { all: true } | { personId: string },
  filter: Page & { kind?: GroupKind | undefined },
) {
  const where = and(
    eq(programGroups.programId, programId),
    filter.kind ? eq(programGroups.kind, filter.kind) : undefined,
    'all' in viewer
      ? undefined
      : sql`exists (select 1 from ${programGroupMembers} m where m.group_id = ${programGroups.id} and m.person_id = ${viewer.personId})`,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(programGroups)
      .where(where)
      .orderBy(asc(programGroups.createdAt), asc(programGroups.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ n: count() }).from(programGroups).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** The members (coach first, then by name) of some groups. */
export async function membersOf(db: Reader, groupIds: string[]) {
  if (!groupIds.length) return [];
  return db
    .select({
      groupId: programGroupMembers.groupId,
      personId: people.id,
      name: people.name,
      title: people.title,
      organisationName: organisations.name,
      role: programGroupMembers.role,
    })
    .from(programGroupMembers)
    .innerJoin(people, eq(people.id, programGroupMembers.personId))
    .innerJoin(organisations, eq(organisations.id, people.organisationId))
    .where(inArray(programGroupMembers.groupId, groupIds))
    .orderBy(sql`${programGroupMembers.role} = 'coach' desc`, asc(people.name), asc(people.id));
}

export async function findGroup(db: Reader, programId: string, groupId: string): Promise<GroupRow | undefined> {
  const [row] = await db
    .select()
    .from(programGroups)
    .where(and(eq(programGroups.programId, programId), eq(programGroups.id, groupId)));
  return row;
}

export async function insertGroup(db: DbOrTx, values: typeof programGroups.$inferInsert): Promise<GroupRow> {
  const [row] = await db.insert(programGroups).values(values).returning();
  return row!;
}

export async function updateGroup(db: DbOrTx, groupId: string, values: { name: string; kind: GroupKind }): Promise<GroupRow> {
  const [row] = await db.update(programGroups).set(values).where(eq(programGroups.id, groupId)).returning();
  return row!;
}

/** Replaces a group's members; returns the people who were not in it before. */
export async function setMembers(db: DbOrTx, groupId: string, members: { personId: string; role: GroupRole }[]): Promise<string[]> {
  const before = new Set(
    (
      await db.select({ personId: programGroupMembers.personId }).from(programGroupMembers).where(eq(programGroupMembers.groupId, groupId))
    ).map((r) => r.personId),
  );
  await db.delete(programGroupMembers).where(eq(programGroupMembers.groupId, groupId));
  if (members.length) await db.insert(programGroupMembers).values(members.map((m) => ({ groupId, ...m })));
  return members.map((m) => m.personId).filter((p) => !before.has(p));
}

/**
 * One page of the people who may be put in a group: the program's accepted participants (one role
 * if asked), by name; `q` matches the name.
 */
export async function candidates(
  db: Reader,
  programId: string,
  filter: Page & { role?: 'mentor' | 'adept' | undefined; q?: string | undefined },
) {
  const where = and(
    eq(applications.programId, programId),
    eq(applications.status, 'accepted'),
    eq(people.active, true),
    filter.role ? eq(applications.role, filter.role) : undefined,
    filter.q ? ilike(people.name, pattern(filter.q)) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({ personId: people.id, name: people.name, organisationName: organisations.name, role: applications.role })
      .from(applications)
      .innerJoin(people, eq(people.id, applications.personId))
      .innerJoin(organisations, eq(organisations.id, people.organisationId))
      .where(where)
      .orderBy(asc(people.name), asc(people.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ n: count() }).from(applications).innerJoin(people, eq(people.id, applications.personId)).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Deletes a group; its members go with it, its meetings' audience is set to null (past meetings keep their invitations). */
export async function deleteGroup(db: DbOrTx, groupId: string): Promise<void> {
  await db.delete(programGroups).where(eq(programGroups.id, groupId));
}
