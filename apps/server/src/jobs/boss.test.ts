import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/harness';
import { MATCHING_RUN_QUEUE } from '../modules';
import { NUDGE_QUEUE, startJobs, type ScheduledWork } from './boss';

/** What the second start's workers would do if a job came due during the test: nothing to send. */
const nothingDue: ScheduledWork = {
  digest: async () => 0,
  nudges: async () => 0,
  eventReminders: async () => 0,
  sensitiveRetention: async () => ({ sensitive: 0, applications: 0 }),
  signInMail: async () => 'unknown',
  surveys: async () => ({ invited: 0, reminded: 0 }),
  matchingRun: async () => 'failed',
};

describe('job queues and schedules at start (decision 0207)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.destroy());

  const schedules = async () =>
    (
      await t.database.sql.executeSql(
        `select name, cron, timezone, data, options, updated_on::text as "updatedOn" from pgboss.schedule order by name`,
      )
    ).rows as { name: string; cron: string; timezone: string; data: unknown; options: unknown; updatedOn: string }[];
  const queueNames = async () =>
    ((await t.database.sql.executeSql('select name from pgboss.queue order by name')).rows as { name: string }[]).map((r) => r.name);

  it('a later start writes only what is missing or differs: the rest is left as it is', async () => {
    const before = await schedules();
    expect(before.map((s) => s.name)).toEqual([
      'applications-digest',
      'event-reminders',
      'pair-nudges',
      'sensitive-retention',
      'survey-schedule',
    ]);
    const queuesBefore = await queueNames();
    // One schedule changed by hand, one queue gone.
    await t.database.sql.executeSql(
      `update pgboss.schedule set cron = '* * * * *', updated_on = now() - interval '1 day' where name = $1`,
      [NUDGE_QUEUE],
    );
    await t.jobs.boss.deleteQueue(MATCHING_RUN_QUEUE);
    expect(await queueNames()).not.toContain(MATCHING_RUN_QUEUE);

    const again = await startJobs(t.database, t.config.databaseUrl, nothingDue, t.app.log);
    try {
      const after = await schedules();
      for (const schedule of after) {
        const earlier = before.find((s) => s.name === schedule.name)!;
        expect({ ...schedule, updatedOn: undefined }, schedule.name).toEqual({ ...earlier, updatedOn: undefined });
        // Left alone: not even its update time moved; the changed one is written back as wanted.
        if (schedule.name === NUDGE_QUEUE) expect(schedule.updatedOn).not.toBe(earlier.updatedOn);
        else expect(schedule.updatedOn, schedule.name).toBe(earlier.updatedOn);
      }
      expect(after.find((s) => s.name === NUDGE_QUEUE)).toMatchObject({ cron: '30 7 * * *', timezone: 'Europe/Stockholm' });
      expect(await queueNames()).toEqual(queuesBefore);
      const matching = await again.boss.getQueue(MATCHING_RUN_QUEUE);
      expect(matching).toMatchObject({ name: MATCHING_RUN_QUEUE, retryLimit: 0, expireInSeconds: 900 });
    } finally {
      await again.stop();
    }
  });
});
