import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql, type SQL } from 'drizzle-orm';
import { schema } from '@lots/db';
import type { MatchingRun } from '@lots/core';
import { createTestApp, type TestApp } from '../../testing/harness';
import { computeRun } from './compute-run';
import { MATCHING_RUN_QUEUE } from './start-run';

/**
 * Decision 0083: starting a run writes the queued run and its pg-boss job in one transaction; a
 * worker claims the run (once: a second claim gets nothing), computes and stores it; a run that
 * cannot be computed is failed with its reason.
 */
describe('matching runs as jobs', () => {
  let t: TestApp;
  let coordinator: string;
  let orgId: string;
  let programId: string;

  const insertProgram = async (status: 'draft') => {
    const [program] = await t.database.db
      .insert(schema.programs)
      .values({ ownerOrganisationId: orgId, name: `Program ${status}`, type: 'classic', status })
      .returning({ id: schema.programs.id });
    return program!.id;
  };
  const queuedRun = async (forProgram: string) => {
    const [row] = await t.database.db
      .insert(schema.matchingRuns)
      .values({ programId: forProgram })
      .returning({ id: schema.matchingRuns.id });
    return row!.id;
  };
  const rows = async (query: SQL) => ((await t.database.db.execute(query)) as unknown as { rows: unknown[] }).rows;
  const runRow = async (id: string) => (await t.database.db.select().from(schema.matchingRuns).where(eq(schema.matchingRuns.id, id)))[0]!;

  beforeAll(async () => {
    t = await createTestApp();
    orgId = await t.createOrganisation('Tullverket');
    await t.createMember(orgId, 'maria@tull.example', ['coordinator', 'participant']);
    coordinator = await t.signIn('maria@tull.example');
    programId = await t.createProgram(coordinator, { name: 'Mentorprogram 2027' });
    expect((await t.as(coordinator).post(`/api/programs/${programId}/status`, { status: 'selection' })).statusCode).toBeLessThan(300);
  });
  afterAll(() => t.destroy());

  it('answers 202 with the queued run, whose job was written with it, and the worker finishes it', async () => {
    const started = await t.as(coordinator).post(`/api/programs/${programId}/matching/runs`);
    expect(started.statusCode, started.body).toBe(202);
    const run = started.json() as MatchingRun;
    expect(run.status).toBe('queued');
    const jobs = await rows(sql`select name, data from pgboss.job where id = ${run.id}`);
    expect(jobs).toEqual([{ name: MATCHING_RUN_QUEUE, data: { runId: run.id } }]);
    let current = run;
    for (let i = 0; i < 300 && current.status !== 'done' && current.status !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      current = (await t.as(coordinator).get(`/api/programs/${programId}/matching/runs/${run.id}`)).json() as MatchingRun;
    }
    expect(current).toMatchObject({ status: 'done', error: null, progress: 100, matchedCount: 0 });
    // Its starter is audited; the worker's work is kept in the run row (decision 0080).
    const audits = await t.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, run.id));
    expect(audits.map((a) => a.action)).toEqual(['matching.run']);
  });

  it('computes a run once: of two workers given the same run, one computes and the other finds it taken', async () => {
    const id = await queuedRun(programId);
    const outcomes = await Promise.all([computeRun(t.ctx, id), computeRun(t.ctx, id)]);
    expect(outcomes.sort()).toEqual(['done', 'not queued']);
    expect((await runRow(id)).status).toBe('done');
    // A finished run is never taken again.
    expect(await computeRun(t.ctx, id)).toBe('not queued');
  });

  it('fails a run that cannot be computed, with the reason', async () => {
    const draft = await insertProgram('draft');
    const id = await queuedRun(draft);
    expect(await computeRun(t.ctx, id)).toBe('failed');
    const row = await runRow(id);
    expect(row.status).toBe('failed');
    expect(row.error).toMatch(/no longer in selection, matching or running \(it is draft\)/);
    expect(row.finishedAt).not.toBeNull();
  });

  it('refuses to start a run in a program that is not matchable, and leaves no run or job behind', async () => {
    const draftProgram = await t.createProgram(coordinator, { name: 'Utkast' }, { open: false });
    const before = await rows(sql`select count(*)::int as n from pgboss.job where name = ${MATCHING_RUN_QUEUE}`);
    const refused = await t.as(coordinator).post(`/api/programs/${draftProgram}/matching/runs`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.field).toBe('status');
    const after = await rows(sql`select count(*)::int as n from pgboss.job where name = ${MATCHING_RUN_QUEUE}`);
    expect(after).toEqual(before);
    expect(await t.database.db.select().from(schema.matchingRuns).where(eq(schema.matchingRuns.programId, draftProgram))).toEqual([]);
  });
});
