import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { schema, type DbOrTx, type ReadDb } from '@lots/db';

const { programResources, applications, programCoordinators } = schema;
type Reader = DbOrTx | ReadDb;

/** A resource as listed: everything but the file's bytes (their size instead). */
const listed = {
  id: programResources.id,
  programId: programResources.programId,
  audience: programResources.audience,
  locale: programResources.locale,
  title: programResources.title,
  description: programResources.description,
  url: programResources.url,
  fileName: programResources.fileName,
  fileType: programResources.fileType,
  /** Bytes of the file: base64 length × 3/4 less padding. */
  fileSize: sql<
    number | null
  >`(length(${programResources.fileData}) * 3 / 4 - (case when ${programResources.fileData} like '%==' then 2 when ${programResources.fileData} like '%=' then 1 else 0 end))::int`,
  createdAt: programResources.createdAt,
};
export type ResourceRow = Omit<typeof programResources.$inferSelect, 'fileData'> & { fileSize: number | null };

/**
 * Whether a resource's audience includes a person, as SQL: everyone who sees the program; the
 * program's accepted mentors or adepts; its listed coordinators.
 */
function audienceIncludes(personId: string | null): SQL {
  if (!personId) return sql`${programResources.audience} = 'everyone'`;
  const accepted = (role: 'mentor' | 'adept') =>
    sql`exists (select 1 from ${applications} a where a.program_id = ${programResources.programId} and a.person_id = ${personId}
      and a.status = 'accepted' and a.role = ${role})`;
  const coordinator = sql`exists (select 1 from ${programCoordinators} c where c.program_id = ${programResources.programId} and c.person_id = ${personId})`;
  return sql`(${programResources.audience} = 'everyone'
    or (${programResources.audience} = 'mentors' and ${accepted('mentor')})
    or (${programResources.audience} = 'adepts' and ${accepted('adept')})
    or (${programResources.audience} = 'coordinators' and ${coordinator}))`;
}

/** One page of a program's resources, newest first: every one (`all`), or those meant for a person. */
export async function listResources(
  db: Reader,
  programId: string,
  viewer: { all: true } | { personId: string | null },
  page: { limit: number; offset: number },
) {
  const where =
    'all' in viewer
      ? eq(programResources.programId, programId)
      : and(eq(programResources.programId, programId), audienceIncludes(viewer.personId));
  const [rows, [total]] = await Promise.all([
    db
      .select(listed)
      .from(programResources)
      .where(where)
      .orderBy(desc(programResources.createdAt), asc(programResources.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(programResources).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function insertResource(db: DbOrTx, values: typeof programResources.$inferInsert): Promise<ResourceRow> {
  const [row] = await db.insert(programResources).values(values).returning(listed);
  return row!;
}

/**
 * A resource's file, if the resource is the program's and has one: for every viewer (`all`), or only
 * when its audience includes the person.
 */
export async function resourceFile(db: Reader, programId: string, resourceId: string, viewer: { all: true } | { personId: string | null }) {
  const [row] = await db
    .select({ name: programResources.fileName, contentType: programResources.fileType, data: programResources.fileData })
    .from(programResources)
    .where(
      and(
        eq(programResources.programId, programId),
        eq(programResources.id, resourceId),
        'all' in viewer ? undefined : audienceIncludes(viewer.personId),
      ),
    );
  return row?.name && row.contentType && row.data ? { name: row.name, contentType: row.contentType, data: row.data } : null;
}

export async function deleteResource(db: DbOrTx, programId: string, resourceId: string): Promise<boolean> {
  const rows = await db
    .delete(programResources)
    .where(and(eq(programResources.programId, programId), eq(programResources.id, resourceId)))
    .returning({ id: programResources.id });
  return rows.length > 0;
}
