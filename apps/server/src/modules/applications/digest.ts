import { localeSchema } from '@lots/core';
import type { AppContext } from '../../context';
import * as repo from './repository';

/**
 * The coordinators' digest: for each program taking applications or in selection, the
 * number of applications submitted and manager answers received since the last digest.
 * Coordinators with an account get one mail per program, only when there is news.
 */
export async function sendDigests(ctx: AppContext, now = new Date()): Promise<number> {
  const active = await repo.digestPrograms(ctx.db);
  let sent = 0;
  for (const program of active) {
    const mailIds = await ctx.db.transaction(async (tx) => {
      const news = await repo.digestNews(tx, program.id);
      if (!news.applications && !news.confirmations) return [];
      const coordinators = await repo.coordinatorsWithAccounts(tx, program.id);
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
              applications: news.applications,
              confirmations: news.confirmations,
            },
          }),
        );
      }
      await repo.markDigestSent(tx, program.id, now);
      return ids;
    });
    await ctx.mailer.dispatch(...mailIds);
    sent += mailIds.length;
  }
  return sent;
}
