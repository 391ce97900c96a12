import PgBoss from 'pg-boss';
import type { Database } from '@lots/db';
import type { FastifyBaseLogger } from 'fastify';
import { SIGN_IN_MAIL_QUEUE, type SignInMailJob } from '../auth/sign-in-mail';
import { MATCHING_RUN_QUEUE, SURVEY_QUEUE } from '../modules';

export interface Jobs {
  boss: PgBoss;
  /** This process's workers of these queues fetch now instead of at their next poll (jobs just committed). */
  wake(queues: string[]): void;
  stop(): Promise<void>;
}

/**
 * pg-boss keeps jobs in the same PostgreSQL (schema `pgboss`): on a real server
 * through its own connection pool, on PGlite through the shared client (`db` option).
 * Mail does not go through pg-boss: its table is its own queue (decision 0030).
 */
export const DIGEST_QUEUE = 'applications-digest';
export const NUDGE_QUEUE = 'pair-nudges';
export const EVENT_REMINDER_QUEUE = 'event-reminders';
export const SENSITIVE_RETENTION_QUEUE = 'sensitive-retention';

/**
 * Scheduled work (each handler idempotent: a second run in the same morning sends nothing new),
 * and the sign-in mails asked for over HTTP (decision 0024).
 */
export interface ScheduledWork {
  digest: () => Promise<number>;
  nudges: () => Promise<number>;
  eventReminders: () => Promise<number>;
  /** Deletes the special-category answers and empties the applications whose retention period has passed (decisions 0103, 0108). */
  sensitiveRetention: () => Promise<{ sensitive: number; applications: number }>;
  signInMail: (job: SignInMailJob) => Promise<'sent' | 'unknown'>;
  /** Survey invitations and reminders (decision 0132): every hour, and at once for a program whose schedule changed. */
  surveys: (programId?: string) => Promise<{ invited: number; reminded: number }>;
  /** A matching run started by a coordinator (decision 0083): claimed once, computed, stored. */
  matchingRun: (runId: string) => Promise<string>;
}

/**
 * The queues, each created once with its options (pg-boss's createQueue does not change an
 * existing queue's options either): the coordinators' digest, the meeting reminders and nudges, the
 * survey invitations, the reminders before events, the matching runs (decision 0083: one job per
 * run, never retried, a run is computed at most once), the removal of special-category answers past
 * their retention period and the sign-in mails.
 */
const QUEUES: PgBoss.Queue[] = [
  { name: DIGEST_QUEUE, retryLimit: 2, expireInSeconds: 600 },
  { name: NUDGE_QUEUE, retryLimit: 2, expireInSeconds: 600 },
  { name: SURVEY_QUEUE, retryLimit: 2, expireInSeconds: 600 },
  { name: EVENT_REMINDER_QUEUE, retryLimit: 2, expireInSeconds: 600 },
  { name: MATCHING_RUN_QUEUE, retryLimit: 0, expireInSeconds: 15 * 60 },
  { name: SENSITIVE_RETENTION_QUEUE, retryLimit: 2, expireInSeconds: 600 },
  { name: SIGN_IN_MAIL_QUEUE, retryLimit: 3, retryDelay: 2, expireInSeconds: 120 },
];

const SCHEDULE_TIME_ZONE = 'Europe/Stockholm';
/** Scheduled work, in Swedish time: each queue's job is sent by pg-boss's cron once across processes. */
const SCHEDULES = [
  // The coordinators' digest of new applications and confirmations, every morning.
  { name: DIGEST_QUEUE, cron: '0 7 * * *' },
  // Meeting reminders and nudges to quiet pairs, every morning.
  { name: NUDGE_QUEUE, cron: '30 7 * * *' },
  { name: SURVEY_QUEUE, cron: '5 * * * *' },
  // Reminders before events (7 and 1 days before, and to those who have not answered), every quarter of an hour.
  { name: EVENT_REMINDER_QUEUE, cron: '*/15 * * * *' },
  // Special-category answers past their retention period are deleted every night.
  { name: SENSITIVE_RETENTION_QUEUE, cron: '20 3 * * *' },
];

/**
 * Whether pg-boss already holds this schedule exactly as `boss.schedule(name, cron, {}, options)` would write it
 * (its time zone column is `options.tz`).
 */
function scheduledAsWanted(schedules: PgBoss.Schedule[], name: string, cron: string, options: { tz: string }): boolean {
  const found = schedules.find((schedule) => schedule.name === name);
  return (
    found !== undefined &&
    found.cron === cron &&
    JSON.stringify(found.data ?? null) === '{}' &&
    JSON.stringify(found.options ?? null) === JSON.stringify(options)
  );
}

/**
 * Several Lots processes may share one PostgreSQL. pg-boss installs its schema under its
 * own advisory lock, but creating queues (partitions of its job table) concurrently
 * deadlocks, so start and setup run under a lock of ours. A schedule fires once across
 * processes: pg-boss lets one process per 30 s evaluate cron (a timestamp claimed with an
 * UPDATE) and sends the job with a singleton key per minute; a job is fetched by one worker
 * (SKIP LOCKED).
 */
export async function startJobs(
  database: Database,
  databaseUrl: string | undefined,
  scheduled: ScheduledWork,
  log: FastifyBaseLogger,
): Promise<Jobs> {
  const boss = databaseUrl
    ? new PgBoss({ connectionString: databaseUrl, max: 4 })
    : new PgBoss({ db: database.sql, supervise: true, schedule: true });
  boss.on('error', (error) => log.error({ err: error }, 'job queue error'));
  await database.exclusive('lots.jobs', async () => {
    await boss.start();
    // A queue or schedule that already exists as wanted is left alone (decision 0207): on a warm
    // start that is every one, and each createQueue is a statement and each schedule an UPDATE
    // committed (and, on the embedded database, flushed to disk) before the server could listen.
    const [queues, schedules] = await Promise.all([boss.getQueues(), boss.getSchedules()]);
    const existing = new Set(queues.map((queue) => queue.name));
    for (const queue of QUEUES) if (!existing.has(queue.name)) await boss.createQueue(queue.name, queue);
    for (const wanted of SCHEDULES) {
      const options = { tz: SCHEDULE_TIME_ZONE };
      if (!scheduledAsWanted(schedules, wanted.name, wanted.cron, options)) await boss.schedule(wanted.name, wanted.cron, {}, options);
    }
  });
  // Magic links and password resets, made off the request so every address answers alike (decision 0024).
  await boss.work<SignInMailJob>(SIGN_IN_MAIL_QUEUE, { pollingIntervalSeconds: 1, batchSize: 5 }, async (jobs) => {
    for (const job of jobs) {
      const outcome = await scheduled.signInMail(job.data);
      log.info({ kind: job.data.kind, outcome }, 'sign-in mail');
    }
  });
  // One run at a time per process (its worker thread takes a core); other processes take the next.
  const matchingWorker = await boss.work<{ runId: string }>(MATCHING_RUN_QUEUE, { pollingIntervalSeconds: 0.5 }, async (jobs) => {
    for (const job of jobs) {
      const outcome = await scheduled.matchingRun(job.data.runId);
      log.info({ runId: job.data.runId, outcome }, 'matching run');
    }
  });
  await boss.work(DIGEST_QUEUE, async () => {
    const sent = await scheduled.digest();
    log.info({ sent }, 'coordinator digests');
  });
  const surveyWorker = await boss.work<{ programId?: string }>(SURVEY_QUEUE, { pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) {
      const done = await scheduled.surveys(job.data?.programId);
      log.info(done, 'survey invitations and reminders');
    }
  });
  // The workers of the queues that mutations queue jobs in, woken when one commits here (decision 0197).
  const workers = new Map<string, string>([
    [MATCHING_RUN_QUEUE, matchingWorker],
    [SURVEY_QUEUE, surveyWorker],
  ]);
  await boss.work(NUDGE_QUEUE, async () => {
    const sent = await scheduled.nudges();
    log.info({ sent }, 'pair nudges');
  });
  await boss.work(EVENT_REMINDER_QUEUE, async () => {
    const sent = await scheduled.eventReminders();
    log.info({ sent }, 'event reminders');
  });
  await boss.work(SENSITIVE_RETENTION_QUEUE, async () => {
    const removed = await scheduled.sensitiveRetention();
    log.info(removed, 'special-category answers and applications past retention removed');
  });
  return {
    boss,
    wake(queues) {
      for (const queue of queues) {
        const id = workers.get(queue);
        if (id) boss.notifyWorker(id);
      }
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
