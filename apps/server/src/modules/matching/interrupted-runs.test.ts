import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';
import { failInterruptedRuns } from './run-service';

/**
 * Several Lots processes on one database: a process (re)starting, or sweeping every minute, fails
 * the matching runs of a process that died, never those another live process is computing.
 */
describe('interrupted matching runs', () => {
  let t: TestApp;
  let programId: string;
  const run = async (status: 'queued' | 'running' | 'done' | 'failed', heartbeatSecondsAgo: number) => {
    const [row] = await t.database.db
      .insert(schema.matchingRuns)
      .values({ programId, status, heartbeatAt: sql`now() - make_interval(secs => ${heartbeatSecondsAgo})` })
      .returning({ id: schema.matchingRuns.id });
    return row!.id;
  };
  const statusOf = async (id: string) => (await t.database.db.select().from(schema.matchingRuns).where(eq(schema.matchingRuns.id, id)))[0]!;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrganisation('Tullverket');
    const [program] = await t.database.db
      .insert(schema.programs)
      .values({ ownerOrganisationId: org, name: 'Mentorprogram 2027', type: 'classic', status: 'matching' })
      .returning({ id: schema.programs.id });
    programId = program!.id;
  });
  afterAll(() => t.destroy());

  it('fails queued and running runs whose heartbeat stopped, and leaves live and finished runs alone', async () => {
    const dead = await run('running', 120);
    const deadQueued = await run('queued', 90);
    const live = await run('running', 5);
    const done = await run('done', 3600);
    expect(await failInterruptedRuns(t.ctx)).toBe(2);
    expect(await statusOf(dead)).toMatchObject({ status: 'failed', error: 'interrupted: the server computing it stopped' });
    expect((await statusOf(dead)).finishedAt).not.toBeNull();
    expect((await statusOf(deadQueued)).status).toBe('failed');
    expect((await statusOf(live)).status).toBe('running');
    expect((await statusOf(done)).status).toBe('done');
    // A second sweep (another process) finds nothing more to do.
    expect(await failInterruptedRuns(t.ctx)).toBe(0);
  });
});
