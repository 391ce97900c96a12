import { formatDayForPeople, translator, type Locale } from '@lots/core';
import type { AppContext } from '../../context';
import type { Mutation } from '../../platform/mutation';
import * as repo from './repository';

/** How many started and how many ended mentorships a digest names; more are counted. */
export const DIGEST_PAIRS_LISTED = 25;

type News = Awaited<ReturnType<typeof repo.digestNews>> &
  Awaited<ReturnType<typeof repo.pairNews>> & { promoted: Awaited<ReturnType<typeof repo.promotedNews>> };

/** The digest's lines in one language: counts of applications and answers, then the mentorships started and ended. */
function newsText(locale: Locale, news: News, withApplications: boolean): string {
  const t = translator(locale);
  const lines: string[] = [];
  if (withApplications && (news.applications || news.confirmations))
    lines.push(t('mail:digest.applications', { applications: news.applications, confirmations: news.confirmations }));
  if (news.promoted.length) {
    const total = news.promoted[0]!.total;
    lines.push(t('mail:digest.promoted', { total }));
    for (const row of news.promoted)
      lines.push(t('mail:digest.promotedPerson', { name: row.name, date: formatDayForPeople(row.promotedAt!, locale) }));
    if (total > news.promoted.length) lines.push(t('mail:digest.more', { rest: total - news.promoted.length }));
  }
  for (const kind of ['started', 'ended'] as const) {
    const rows = news[kind];
    if (!rows.length) continue;
    const total = rows[0]!.total;
    lines.push(t(`mail:digest.${kind}`, { count: total }));
    for (const row of rows) {
      // The day in words, in the reader's language and time zone ("16 december 2026"; decision 0175).
      const date = formatDayForPeople((kind === 'started' ? row.startedAt : row.endedAt)!, locale);
      lines.push(
        kind === 'started'
          ? t('mail:digest.startedPair', { adept: row.adept, mentor: row.mentor, date })
          : t('mail:digest.endedPair', { adept: row.adept, mentor: row.mentor, date, by: t(`mail:endedBy.${row.endedBy ?? 'program'}`) }),
      );
    }
    if (total > rows.length) lines.push(t('mail:digest.more', { rest: total - rows.length }));
  }
  return lines.join('\n');
}

/**
 * The coordinators' daily digest, one mail per coordinator with an account and program with news:
 * for a program taking applications or in selection, the applications submitted and managers'
 * answers since the last digest; for every program from open until closed, the mentorships that
 * started (both signed) and ended, by name and day (Tullverket: the coordinator is told when a
 * mentorship starts or ends) — one summary a day instead of a mail per pair and coordinator.
 */
export async function sendDigests(ctx: AppContext, now = new Date()): Promise<number> {
  let sent = 0;
  // Each program in a transaction of its own (the system's work, decision 0081): one failing program does not hold back the others.
  for (const program of await repo.digestPrograms(ctx.db)) sent += await ctx.system(digestOfProgram, program, now);
  return sent;
}

type DigestProgram = Awaited<ReturnType<typeof repo.digestPrograms>>[number];

/** One program's digest to each of its coordinators with an account; returns how many mails. */
async function digestOfProgram(m: Mutation<null>, program: DigestProgram, now: Date): Promise<number> {
  const { tx } = m;
  const counts = await repo.digestNews(tx, program.id);
  const news: News = {
    ...counts,
    ...(await repo.pairNews(tx, program.id, counts.since, DIGEST_PAIRS_LISTED)),
    promoted: await repo.promotedNews(tx, program.id, counts.since, DIGEST_PAIRS_LISTED),
  };
  const withApplications = program.status === 'open' || program.status === 'selection';
  const applicationNews = withApplications && (news.applications > 0 || news.confirmations > 0);
  if (!applicationNews && !news.promoted.length && !news.started.length && !news.ended.length) return 0;
  const coordinators = await repo.coordinatorsWithAccounts(tx, program.id);
  for (const c of coordinators) {
    await m.mail(
      { personId: c.personId },
      {
        template: 'digest',
        path: `/programs/${program.id}${applicationNews || news.promoted.length ? '/review' : '/pairs'}`,
        organisationId: program.owner,
        vars: (locale) => ({ program: program.name, news: newsText(locale, news, withApplications) }),
      },
    );
  }
  await repo.markDigestSent(tx, program.id, now);
  return coordinators.length;
}
