import PgBoss from 'pg-boss';
import type { Database } from '@lots/db';
import type { FastifyBaseLogger } from 'fastify';
import { MAIL_QUEUE, type Mailer } from '../mail/mailer';

export interface Jobs {
  boss: PgBoss;
  stop(): Promise<void>;
}

/**
 * pg-boss keeps jobs in the same PostgreSQL (schema `pgboss`): on a real server
 * through its own connection pool, on PGlite through the shared client (`db` option).
 */
export const DIGEST_QUEUE = 'applications-digest';

/** Scheduled work besides mail. */
export interface ScheduledWork {
  digest: () => Promise<number>;
  nudges: () => Promise<number>;
}

export const NUDGE_QUEUE = 'pair-nudges';

export async function startJobs(
  database: Database,
  databaseUrl: string | undefined,
  mailer: Mailer,
  scheduled: ScheduledWork,
  log: FastifyBaseLogger,
): Promise<Jobs> {
  const boss = databaseUrl
    ? new PgBoss({ connectionString: databaseUrl, max: 4 })
    : new PgBoss({ db: database.sql, supervise: true, schedule: true });
  boss.on('error', (error) => log.error({ err: error }, 'job queue error'));
  await boss.start();
  await boss.createQueue(MAIL_QUEUE, { name: MAIL_QUEUE, retryLimit: 8, retryDelay: 5, retryBackoff: true });
  await boss.work<{ id: string }>(MAIL_QUEUE, { pollingIntervalSeconds: 1, batchSize: 5 }, async (jobs) => {
    for (const job of jobs) {
      const outcome = await mailer.deliver(job.data.id);
      log.info({ mailId: job.data.id, outcome }, 'mail delivery');
    }
  });
  // The coordinators' digest of new applications and confirmations, every morning.
  await boss.createQueue(DIGEST_QUEUE, { name: DIGEST_QUEUE, retryLimit: 2 });
  await boss.schedule(DIGEST_QUEUE, '0 7 * * *', {}, { tz: 'Europe/Stockholm' });
  await boss.work(DIGEST_QUEUE, async () => {
    const sent = await scheduled.digest();
    log.info({ sent }, 'coordinator digests');
  });
  // Meeting reminders and nudges to quiet pairs, every morning.
  await boss.createQueue(NUDGE_QUEUE, { name: NUDGE_QUEUE, retryLimit: 2 });
  await boss.schedule(NUDGE_QUEUE, '30 7 * * *', {}, { tz: 'Europe/Stockholm' });
  await boss.work(NUDGE_QUEUE, async () => {
    const sent = await scheduled.nudges();
    log.info({ sent }, 'pair nudges');
  });
  return {
    boss,
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
