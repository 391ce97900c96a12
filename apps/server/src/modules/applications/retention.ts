import type { DbOrTx } from '@lots/db';
import type { Mutation } from '../../platform/mutation';
import * as repo from './repository';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Retention of what an application holds about a person (decisions 0103 and 0108). A period starts
 * when the application is withdrawn, or its program is closed or archived; when it has passed, the
 * nightly job deletes the special-category answer and empties the application. Reopening a closed
 * program stops it again, except for withdrawn applications.
 */

/** A withdrawal starts the period of the application and of its special-category answer. */
export async function startRetentionOfApplication(db: DbOrTx, applicationId: string, at: Date) {
  await repo.startSensitiveRetention(db, { applicationId }, at);
  await repo.startApplicationRetention(db, { applicationId }, at);
}

/**
 * Closing starts the period of every special-category answer and of the applications without a
 * pair (a pair's space shows its match explanation while the program runs on); archiving starts it
 * for every application.
 */
export async function startRetentionOfProgram(db: DbOrTx, programId: string, to: 'closed' | 'archived', at: Date) {
  await repo.startSensitiveRetention(db, { programId }, at);
  await repo.startApplicationRetention(db, { programId, unpairedOnly: to === 'closed' }, at);
}

/** A reopened program keeps its applicants' data again, except that of withdrawn applications. */
export async function stopRetentionOfProgram(db: DbOrTx, programId: string) {
  await repo.stopSensitiveRetentionOfProgram(db, programId);
  await repo.stopApplicationRetentionOfProgram(db, programId);
}

/**
 * The retention job (the pg-boss schedule `sensitive-retention`, once a day across processes):
 * deletes the special-category answers and empties the applications whose period has passed.
 * `now` is a parameter so tests move the clock. Audited with counts only.
 */
export async function applyRetention(
  m: Mutation<null>,
  retentionDays: number,
  now: Date,
): Promise<{ sensitive: number; applications: number }> {
  const before = new Date(now.getTime() - retentionDays * DAY);
  const sensitive = await repo.deleteExpiredSensitive(m.tx, before);
  const applications = await repo.emptyExpiredApplications(m.tx, before, now);
  if (sensitive > 0)
    await m.audit({
      action: 'application.sensitive.retention',
      organisationId: null,
      entity: 'application',
      entityId: null,
      data: { deleted: sensitive },
    });
  if (applications > 0)
    await m.audit({
      action: 'application.retention',
      organisationId: null,
      entity: 'application',
      entityId: null,
      data: { emptied: applications },
    });
  return { sensitive, applications };
}
