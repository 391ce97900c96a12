import { and, asc, eq, sql } from 'drizzle-orm';
import { schema, type DbOrTx } from '@lots/db';

const { formQuestions } = schema;

export async function listQuestions(db: DbOrTx, programId: string, role?: (typeof formQuestions.$inferSelect)['role']) {
  return db
    .select()
    .from(formQuestions)
    .where(role ? and(eq(formQuestions.programId, programId), eq(formQuestions.role, role)) : eq(formQuestions.programId, programId))
    .orderBy(asc(formQuestions.role), asc(formQuestions.position), asc(formQuestions.id));
}

export async function insertQuestion(db: DbOrTx, values: Omit<typeof formQuestions.$inferInsert, 'position'>) {
  const [max] = await db
    .select({ n: sql<number>`coalesce(max(${formQuestions.position}), -1)::int` })
    .from(formQuestions)
    .where(and(eq(formQuestions.programId, values.programId), eq(formQuestions.role, values.role)));
  const [row] = await db
    .insert(formQuestions)
    .values({ ...values, position: (max?.n ?? -1) + 1 })
    .returning();
  return row!;
}

export async function updateQuestion(db: DbOrTx, programId: string, id: string, values: Partial<typeof formQuestions.$inferInsert>) {
  if (Object.keys(values).length === 0) {
    // Nothing to change (an empty PATCH): the question as it is, if it is this program's.
    const rows = await db
      .select()
      .from(formQuestions)
      .where(and(eq(formQuestions.programId, programId), eq(formQuestions.id, id)));
    return rows[0];
  }
  const rows = await db
    .update(formQuestions)
    .set(values)
    .where(and(eq(formQuestions.programId, programId), eq(formQuestions.id, id)))
    .returning();
  return rows[0];
}

export async function deleteQuestion(db: DbOrTx, programId: string, id: string) {
  const rows = await db
    .delete(formQuestions)
    .where(and(eq(formQuestions.programId, programId), eq(formQuestions.id, id)))
    .returning({ id: formQuestions.id });
  return rows.length > 0;
}

/** Copies a program's form to another program (copy to next cohort). */
export async function copyQuestions(db: DbOrTx, fromProgramId: string, toProgramId: string) {
  const questions = await listQuestions(db, fromProgramId);
  if (questions.length === 0) return;
  await db.insert(formQuestions).values(questions.map(({ id: _id, programId: _p, ...q }) => ({ ...q, programId: toProgramId })));
}

/** How many questions of its own a program's form asks (the checklist before opening, decision 0150). */
export async function countQuestions(db: DbOrTx, programId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(formQuestions)
    .where(eq(formQuestions.programId, programId));
  return row?.n ?? 0;
}
