import { and, eq, gt, inArray, isNotNull, sql } from 'drizzle-orm';
import { schema } from '@lots/db';
import { localeSchema } from '@lots/core';
import type { AppContext } from '../../context';

const { programs, applications, managerConfirmations, programDigests, programCoordinators, people, user } = schema;

/**
 * The coordinators' digest: for each program taking applications or in selection, the
 * number of applications submitted and manager answers received since the last digest.
 * Coordinators with an account get one mail per program, only when there is news.
 */
export async function sendDigests(ctx: AppContext, now = new Date()): Promise<number> {
  const active = await ctx.db
    .select({ id: programs.id, name: programs.name, owner: programs.ownerOrganisationId })
    .from(programs)
    .where(inArray(programs.status, ['open', 'selection']));
  let sent = 0;
  for (const program of active) {
    const mailIds = await ctx.db.transaction(async (tx) => {
      const [digest] = await tx.select().from(programDigests).where(eq(programDigests.programId, program.id)).for('update');
      const since = digest?.lastSentAt ?? new Date(0);
      const [apps] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(applications)
        .where(and(eq(applications.programId, program.id), isNotNull(applications.submittedAt), gt(applications.submittedAt, since)));
      const [answers] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(managerConfirmations)
        .innerJoin(applications, eq(applications.id, managerConfirmations.applicationId))
        .where(
          and(
            eq(applications.programId, program.id),
            isNotNull(managerConfirmations.respondedAt),
            gt(managerConfirmations.respondedAt, since),
          ),
        );
      if (!apps?.n && !answers?.n) return [];
      const coordinators = await tx
        .select({ name: people.name, email: people.email, locale: user.locale })
        .from(programCoordinators)
        .innerJoin(people, eq(people.id, programCoordinators.personId))
        .innerJoin(user, eq(user.id, people.userId))
        .where(eq(programCoordinators.programId, program.id));
      const ids: string[] = [];
      for (const c of coordinators) {
        ids.push(
          await ctx.mailer.queueIn(tx, {
            to: c.email,
            organisationId: program.owner,
            template: 'digest',
            locale: localeSchema.catch('sv').parse(c.locale),
            vars: {
              name: c.name,
              url: `${ctx.config.publicUrl}/programs/${program.id}/review`,
              program: program.name,
              applications: apps?.n ?? 0,
              confirmations: answers?.n ?? 0,
            },
          }),
        );
      }
      await tx
        .insert(programDigests)
        .values({ programId: program.id, lastSentAt: now })
        .onConflictDoUpdate({ target: programDigests.programId, set: { lastSentAt: now } });
      return ids;
    });
    await ctx.mailer.dispatch(...mailIds);
    sent += mailIds.length;
  }
  return sent;
}
