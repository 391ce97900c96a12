import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';
import { applyRetention } from './retention';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Decision 0108: a withdrawn application, and the applications of a closed program that never got a
 * pair, are emptied a retention period after the withdrawal or the closing — profile, answers, the
 * manager, the decision message, recommendations and the manager's confirmation — by the nightly
 * job (its clock moved by the test). An application behind a pair keeps its profile until the
 * program is archived; reopening a closed program keeps its applications again. The row stays.
 */
describe('retention of applications', () => {
  let t: TestApp;
  let coordinator: string;
  let programId: string;
  const cookie: Record<string, string> = {};
  const person: Record<string, string> = {};
  const app: Record<string, string> = {};

  const retention = async (days: number) =>
    (await t.ctx.system(applyRetention, t.config.sensitiveRetentionDays, new Date(Date.now() + days * DAY))).applications;
  const row = async (id: string) => (await t.database.db.select().from(schema.applications).where(eq(schema.applications.id, id)))[0]!;
  const asked = async (id: string) =>
    (await t.database.db.select().from(schema.recommendations).where(eq(schema.recommendations.applicationId, id))).length +
    (await t.database.db.select().from(schema.managerConfirmations).where(eq(schema.managerConfirmations.applicationId, id))).length;
  const status = async (to: string) => {
    const moved = await t.as(coordinator).post(`/api/programs/${programId}/status`, { status: to });
    expect(moved.statusCode, moved.body).toBe(200);
  };
  /** What the applicant reads on My profile, and what the coordinator reads in the review. */
  const seen = async (key: string) => {
    const mine = (await t.as(cookie[key]!).get('/api/me/applications?limit=100'))
      .json()
      .items.find((a: { id: string }) => a.id === app[key]);
    const review = await t.as(coordinator).get(`/api/programs/${programId}/applications/${app[key]}`);
    expect(review.statusCode, review.body).toBe(200);
    return JSON.stringify(mine) + JSON.stringify(review.json());
  };

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrganisation('Försäkringskassan');
    await t.createMember(org, 'samordnare@fk.example', ['coordinator'], { name: 'Sam Ordnare' });
    coordinator = await t.signIn('samordnare@fk.example');
    for (const [key, name] of [
      ['wanda', 'Wanda Withdraw'],
      ['ulf', 'Ulf Utan'],
      ['pia', 'Pia Par'],
      ['max', 'Max Mentor'],
    ] as const) {
      person[key] = (await t.createMember(org, `${key}@fk.example`, ['participant'], { name })).personId;
      cookie[key] = await t.signIn(`${key}@fk.example`);
    }
    programId = await t.createProgram(coordinator, { name: 'Mentorskap 2029', requiresManagerConfirmation: true });
    for (const key of ['wanda', 'ulf']) {
      const sent = await t.as(cookie[key]!).post(`/api/programs/${programId}/applications/mine/adept/submit`, {
        profile: { yearsAsManager: 1, developmentGoals: `HEMLIGT MÅL ${key}` },
        managerEmail: `chef.${key}@fk.example`,
      });
      expect(sent.statusCode, sent.body).toBe(200);
      app[key] = sent.json().id;
    }
    const recommendation = await t.as(coordinator).post(`/api/programs/${programId}/recommendations`, {
      name: 'Rolf Rekommendant',
      email: 'rolf@fk.example',
      applicationIds: [app.wanda, app.ulf],
    });
    expect(recommendation.statusCode, recommendation.body).toBe(201);
  });
  afterAll(() => t.destroy());

  it('a withdrawn application is emptied after the period, not before; the others are kept', async () => {
    expect((await t.as(cookie.wanda!).post(`/api/programs/${programId}/applications/mine/adept/withdraw`)).statusCode).toBe(200);
    expect(await retention(t.config.sensitiveRetentionDays - 1)).toBe(0);
    expect(await seen('wanda')).toContain('HEMLIGT MÅL wanda');

    expect(await retention(t.config.sensitiveRetentionDays + 1)).toBe(1);
    const wanda = await row(app.wanda!);
    expect(wanda).toMatchObject({
      status: 'withdrawn',
      profile: {},
      answers: {},
      managerEmail: null,
      managerName: null,
      decisionMessage: null,
    });
    expect(wanda.personalDataRemovedAt).not.toBeNull();
    expect(await asked(app.wanda!)).toBe(0);
    const shown = await seen('wanda');
    expect(shown).not.toContain('HEMLIGT MÅL');
    expect(shown).not.toContain('chef.wanda@fk.example');
    expect(shown).not.toContain('Rolf Rekommendant');
    // Ulf's application, in a program still open, is untouched.
    expect(await seen('ulf')).toContain('HEMLIGT MÅL ulf');
    expect(await asked(app.ulf!)).toBe(2);
    // Audited with the count only.
    const [audit] = await t.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'application.retention'));
    expect(audit!.data).toEqual({ emptied: 1 });
    // Nothing left to do: a second run empties nothing.
    expect(await retention(t.config.sensitiveRetentionDays + 1)).toBe(0);
  });

  it('closing empties the applications without a pair after the period; reopening keeps them again', async () => {
    await status('selection');
    const rejected = await t
      .as(coordinator)
      .post(`/api/programs/${programId}/decisions`, { applicationIds: [app.ulf], decision: 'rejected' });
    expect(rejected.statusCode, rejected.body).toBe(200);
    await status('matching');
    await status('running');
    const pairId = await t.createActivePair(programId, person.pia!, person.max!);
    const [pair] = await t.database.db.select().from(schema.pairs).where(eq(schema.pairs.id, pairId));
    app.pia = pair!.adeptApplicationId;
    app.max = pair!.mentorApplicationId;
    await t.database.db
      .update(schema.applications)
      .set({ profile: { developmentGoals: 'HEMLIGT MÅL pia' } })
      .where(eq(schema.applications.id, app.pia));

    // Pia withdraws while her pair runs: her application stays while the pair's space exists.
    expect((await t.as(cookie.pia!).post(`/api/programs/${programId}/applications/mine/adept/withdraw`)).statusCode).toBe(200);
    expect(await retention(t.config.sensitiveRetentionDays + 1)).toBe(0);

    await status('closed');
    await status('running');
    expect(await retention(t.config.sensitiveRetentionDays + 1)).toBe(0);
    expect(await seen('ulf')).toContain('HEMLIGT MÅL ulf');

    await status('closed');
    expect(await retention(t.config.sensitiveRetentionDays - 1)).toBe(0);
    expect(await retention(t.config.sensitiveRetentionDays + 1)).toBe(1);
    expect(await row(app.ulf!)).toMatchObject({ status: 'rejected', profile: {}, managerEmail: null });
    expect(await asked(app.ulf!)).toBe(0);
    expect(await seen('ulf')).not.toContain('HEMLIG');
    // The pair's applications keep their profile while the program is closed but not archived.
    expect((await row(app.pia!)).profile).toEqual({ developmentGoals: 'HEMLIGT MÅL pia' });
  });

  it('archiving empties the pairs’ applications too, after the period', async () => {
    await status('archived');
    expect(await retention(t.config.sensitiveRetentionDays - 1)).toBe(0);
    expect(await retention(t.config.sensitiveRetentionDays + 1)).toBe(2);
    expect(await row(app.pia!)).toMatchObject({ status: 'withdrawn', profile: {} });
    expect(await row(app.max!)).toMatchObject({ status: 'accepted', profile: {} });
  });
});
