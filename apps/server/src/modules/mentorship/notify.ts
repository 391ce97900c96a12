import { eq } from 'drizzle-orm';
import { schema, type DbOrTx } from '@lots/db';
import { localeSchema, translate } from '@lots/core';
import type { AppContext } from '../../context';
import { partiesOf } from './present';
import type { PairAccess } from './policy';

/** Tells the program's coordinators that a mentorship started or ended: names and dates, nothing else. */
export async function notifyCoordinators(
  ctx: AppContext,
  tx: DbOrTx,
  access: PairAccess,
  event: 'mentorshipStarted' | 'mentorshipEnded',
  endedBy?: 'adept' | 'mentor' | 'program',
): Promise<string[]> {
  const [program] = await tx
    .select({ name: schema.programs.name, owner: schema.programs.ownerOrganisationId })
    .from(schema.programs)
    .where(eq(schema.programs.id, access.pair.programId));
  const parties = await partiesOf(tx, [access.adeptPersonId, access.mentorPersonId]);
  const coordinators = await tx
    .select({ name: schema.people.name, email: schema.people.email, locale: schema.user.locale })
    .from(schema.programCoordinators)
    .innerJoin(schema.people, eq(schema.people.id, schema.programCoordinators.personId))
    .innerJoin(schema.user, eq(schema.user.id, schema.people.userId))
    .where(eq(schema.programCoordinators.programId, access.pair.programId));
  const ids: string[] = [];
  for (const c of coordinators) {
    const locale = localeSchema.catch('sv').parse(c.locale);
    ids.push(
      await ctx.mailer.queueIn(tx, {
        to: c.email,
        organisationId: program?.owner ?? null,
        template: event,
        locale,
        vars: {
          name: c.name,
          url: `${ctx.config.publicUrl}/programs/${access.pair.programId}/pairs`,
          program: program?.name ?? '',
          adept: parties.get(access.adeptPersonId)?.name ?? '',
          mentor: parties.get(access.mentorPersonId)?.name ?? '',
          date: new Date().toISOString().slice(0, 10),
          by: endedBy ? translate(locale, 'mail', `endedBy.${endedBy}`) : '',
        },
      }),
    );
  }
  return ids;
}
