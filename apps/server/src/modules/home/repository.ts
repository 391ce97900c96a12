import { and, asc, eq, inArray } from 'drizzle-orm';
import { schema, type DbOrTx } from '@lots/db';

const { programs, programCoordinators } = schema;

/** Programs whose home-page tasks a coordinator sees: those they are listed for, from draft to running. */
const TASK_STATUSES = ['draft', 'open', 'selection', 'matching', 'running'] as const;

/** The programs a person is a listed coordinator of and that still have work in them, by name. */
export async function coordinatedPrograms(db: DbOrTx, personId: string) {
  return db
    .select({ id: programs.id, name: programs.name, languages: programs.languages, status: programs.status })
    .from(programCoordinators)
    .innerJoin(programs, eq(programs.id, programCoordinators.programId))
    .where(and(eq(programCoordinators.personId, personId), inArray(programs.status, [...TASK_STATUSES])))
    .orderBy(asc(programs.name), asc(programs.id))
    .limit(50);
}
