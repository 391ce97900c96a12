import type { DbOrTx } from '@lots/db';
import { localeSchema, translate } from '@lots/core';
import type { AppContext } from '../../context';
import { partiesOf } from './present';
import type { PairAccess } from './policy';
import * as repo from './repository';

/** Tells the program's coordinators that a mentorship started or ended: names and dates, nothing else. */
export async function notifyCoordinators(
  ctx: AppContext,
  tx: DbOrTx,
  access: PairAccess,
  event: 'mentorshipStarted' | 'mentorshipEnded',
  endedBy?: 'adept' | 'mentor' | 'program',
): Promise<string[]> {
  const program = await repo.programOf(tx, access.pair.programId);
  const parties = await partiesOf(tx, [access.adeptPersonId, access.mentorPersonId]);
  const coordinators = await repo.coordinatorsWithAccounts(tx, access.pair.programId);
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
