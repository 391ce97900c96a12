import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';
import { applyRetention } from './retention';

const DAY = 24 * 60 * 60 * 1000;
const STATES = ['open', 'selection', 'matching', 'running', 'closed', 'archived'] as const;
const PATH: Record<(typeof STATES)[number], string[]> = {
  open: [],
  selection: ['selection'],
  matching: ['selection', 'matching'],
  running: ['selection', 'matching', 'running'],
  closed: ['selection', 'matching', 'running', 'closed'],
  archived: ['selection', 'matching', 'running', 'closed', 'archived'],
};

/**
 * Issue 10, item 7: the special-category answer can be removed by the applicant at any time, in
 * every program state, from "my profile"; withdrawing, closing and archiving delete it after the
 * retention period (the retention job, with a clock the test moves); nobody else reads it.
 */
describe('the special-category answer', () => {
  let t: TestApp;
  let coordinator: string;
  let amina: string;
  let bo: string;
  let admin: string;
  let n = 0;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrganisation('Göteborgs Stad');
    await t.createMember(org, 'samordnare@goteborg.example', ['coordinator'], { name: 'Eva Lind' });
    await t.createMember(org, 'amina@goteborg.example', ['participant'], { name: 'Amina Said' });
    await t.createMember(org, 'bo@goteborg.example', ['participant'], { name: 'Bo Ek' });
    await t.createMember(org, 'admin@goteborg.example', ['org_admin'], { name: 'Ada Admin' });
    [coordinator, amina, bo, admin] = (await Promise.all(
      ['samordnare', 'amina', 'bo', 'admin'].map((p) => t.signIn(`${p}@goteborg.example`)),
    )) as [string, string, string, string];
  });
  afterAll(() => t.destroy());

  /** A program asking adepts the question, where Amina applied with the answer; then moved to `state`. */
  async function applied(state: (typeof STATES)[number]) {
    const programId = await t.createProgram(coordinator, {
      name: `Mentorskap för underrepresenterade grupper ${++n}`,
      type: 'inclusion',
      rules: { adept: [{ kind: 'underRepresentedGroup' }], mentor: [] },
    });
    const submitted = await t.as(amina).post(`/api/programs/${programId}/applications/mine/adept/submit`, {
      profile: { developmentGoals: 'Leda team' },
      sensitive: { underRepresented: true, consent: true },
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    for (const status of PATH[state]) {
      const moved = await t.as(coordinator).post(`/api/programs/${programId}/status`, { status });
      expect(moved.statusCode, moved.body).toBe(200);
    }
    return { programId, applicationId: submitted.json().id as string };
  }

  const stored = async (applicationId: string) =>
    t.database.db.select().from(schema.sensitiveAnswers).where(eq(schema.sensitiveAnswers.applicationId, applicationId));
  const mine = async (cookie: string) => {
    const page = await t.as(cookie).get('/api/me/applications?limit=100');
    expect(page.statusCode, page.body).toBe(200);
    return page;
  };
  const retention = async (days: number) =>
    (await t.ctx.system(applyRetention, t.config.sensitiveRetentionDays, new Date(Date.now() + days * DAY))).sensitive;

  it.each(STATES)('the applicant sees it on my profile and deletes it when the program is %s', async (state) => {
    const { programId, applicationId } = await applied(state);
    const before = (await mine(amina)).json().items.find((a: { id: string }) => a.id === applicationId);
    expect(before).toMatchObject({ programId, programStatus: state, role: 'adept', sensitive: { underRepresented: true } });
    expect(before.profile.developmentGoals).toBe('Leda team');

    // Nobody else can delete it or read it from their own profile.
    for (const other of [bo, coordinator, admin]) {
      expect((await t.as(other).delete(`/api/me/applications/${applicationId}/sensitive`)).statusCode).toBe(404);
      const theirs = await mine(other);
      expect(theirs.body).not.toContain(applicationId);
      expect(theirs.body).not.toContain('underRepresented":true');
    }
    expect(await stored(applicationId)).toHaveLength(1);

    const deleted = await t.as(amina).delete(`/api/me/applications/${applicationId}/sensitive`);
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect(await stored(applicationId)).toHaveLength(0);
    const after = (await mine(amina)).json().items.find((a: { id: string }) => a.id === applicationId);
    expect(after.sensitive).toBeNull();
    // Twice: nothing left to delete.
    expect((await t.as(amina).delete(`/api/me/applications/${applicationId}/sensitive`)).statusCode).toBe(404);

    // Audited without content: the application's id, no answer.
    const audits = await t.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'application.sensitive.delete'));
    const row = audits.find((a) => a.entityId === applicationId);
    expect(row).toBeDefined();
    expect(JSON.stringify(row!.data ?? null)).not.toMatch(/underRepresented|true/);
  });

  it('withdrawing deletes it after the retention period, not before', async () => {
    const { programId, applicationId } = await applied('open');
    expect((await t.as(amina).post(`/api/programs/${programId}/applications/mine/adept/withdraw`)).statusCode).toBe(200);
    const shown = (await mine(amina)).json().items.find((a: { id: string }) => a.id === applicationId);
    const deletesAt = new Date(shown.sensitive.deletesAt).getTime();
    expect(Math.abs(deletesAt - (Date.now() + t.config.sensitiveRetentionDays * DAY))).toBeLessThan(60_000);

    await retention(t.config.sensitiveRetentionDays - 1);
    expect(await stored(applicationId)).toHaveLength(1);
    expect(await retention(t.config.sensitiveRetentionDays + 1)).toBeGreaterThanOrEqual(1);
    expect(await stored(applicationId)).toHaveLength(0);
  });

  it('closing and archiving delete it after the retention period; reopening keeps it again', async () => {
    const closed = await applied('closed');
    const archived = await applied('archived');
    const reopened = await applied('closed');
    const running = await applied('running');
    expect((await t.as(coordinator).post(`/api/programs/${reopened.programId}/status`, { status: 'running' })).statusCode).toBe(200);
    // A running program's answer has no retention date.
    const shown = (await mine(amina)).json().items.find((a: { id: string }) => a.id === running.applicationId);
    expect(shown.sensitive.deletesAt).toBeNull();

    await retention(t.config.sensitiveRetentionDays - 1);
    for (const a of [closed, archived, reopened, running]) expect(await stored(a.applicationId)).toHaveLength(1);
    await retention(t.config.sensitiveRetentionDays + 1);
    expect(await stored(closed.applicationId)).toHaveLength(0);
    expect(await stored(archived.applicationId)).toHaveLength(0);
    expect(await stored(reopened.applicationId)).toHaveLength(1);
    expect(await stored(running.applicationId)).toHaveLength(1);
  });

  it('the coordinator still sees it in the review queue until it is deleted, others never', async () => {
    const { programId, applicationId } = await applied('selection');
    const queue = await t.as(coordinator).get(`/api/programs/${programId}/applications`);
    expect(queue.statusCode).toBe(200);
    expect(queue.json().items.find((a: { id: string }) => a.id === applicationId).sensitive).toMatchObject({ underRepresented: true });
    expect((await t.as(admin).get(`/api/programs/${programId}/applications`)).statusCode).toBe(403);
    await t.as(amina).delete(`/api/me/applications/${applicationId}/sensitive`);
    const again = await t.as(coordinator).get(`/api/programs/${programId}/applications`);
    expect(again.json().items.find((a: { id: string }) => a.id === applicationId).sensitive).toBeNull();
  });
});
