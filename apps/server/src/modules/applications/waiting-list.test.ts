import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import type { Application } from '@lots/core';
import { createTestApp, type TestApp } from '../../testing/harness';
import { sendDigests } from './digest';

/**
 * Decision 0107: a cohort of two places, five adepts. When an accepted adept withdraws or is moved
 * off the accepted list before matching, the first on the waiting list (in the order they applied)
 * moves up, with one mail saying so, and the coordinators' digest names them. Once matching has
 * started nobody moves up by themself.
 */
describe('moving up from the waiting list', () => {
  let t: TestApp;
  let oddveig: string;
  let programId: string;
  const adepts: { id: string; cookie: string; email: string }[] = [];

  const decisionMails = async (email: string) =>
    (await t.database.db.select().from(schema.mailMessages).where(eq(schema.mailMessages.to, email))).filter(
      (m) => m.template === 'decision',
    );
  const statusOf = async (i: number) =>
    (await t.as(oddveig).get(`/api/programs/${programId}/applications/${adepts[i]!.id}`)).json().status as Application['status'];

  beforeAll(async () => {
    t = await createTestApp();
    const kdd = await t.createOrganisation('Kommunal- og distriktsdepartementet');
    await t.createMember(kdd, 'oddveig@kdd.example', ['coordinator'], { name: 'Oddveig Håvelsrud' });
    oddveig = await t.signIn('oddveig@kdd.example');
    programId = await t.createProgram(oddveig, { name: 'Felles mentorprogram – kull 5', capacity: 2, requiresManagerConfirmation: false });
    for (let i = 0; i < 5; i++) {
      const email = `adept${i}@kdd.example`;
      await t.createMember(kdd, email, ['participant'], { name: `Adept Nummer${i}` });
      const cookie = await t.signIn(email);
      const submitted = await t.as(cookie).post(`/api/programs/${programId}/applications/mine/adept/submit`, {
        profile: { yearsAsManager: 1 },
      });
      expect(submitted.statusCode, submitted.body).toBe(200);
      adepts.push({ id: submitted.json().id, cookie, email });
    }
    const decided = await t.as(oddveig).post(`/api/programs/${programId}/decisions`, {
      applicationIds: adepts.map((a) => a.id),
      decision: 'accepted',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect((decided.json() as Application[]).map((a) => a.status)).toEqual([
      'accepted',
      'accepted',
      'waitlisted',
      'waitlisted',
      'waitlisted',
    ]);
    // The digest so far (applications) is sent: what follows is news.
    await sendDigests(t.ctx);
  });
  afterAll(() => t.destroy());

  it('an accepted adept withdraws: the first on the waiting list moves up with one mail, the others stay without one', async () => {
    const withdrawn = await t.as(adepts[0]!.cookie).post(`/api/programs/${programId}/applications/mine/adept/withdraw`);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(await statusOf(2)).toBe('accepted');
    expect(await statusOf(3)).toBe('waitlisted');
    const mails = await decisionMails(adepts[2]!.email);
    expect(mails).toHaveLength(2); // the waiting list, then moving up — nothing else
    expect(mails.map((m) => m.text).find((text) => text.includes('flyttats upp från reservlistan'))).toContain('antagen som adept');
    expect(await decisionMails(adepts[3]!.email)).toHaveLength(1);
  });

  it('a coordinator moves an accepted adept to rejected: the next in line moves up, never the rejected one', async () => {
    const rejected = await t.as(oddveig).post(`/api/programs/${programId}/decisions`, {
      applicationIds: [adepts[1]!.id],
      decision: 'rejected',
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(await statusOf(1)).toBe('rejected');
    expect(await statusOf(3)).toBe('accepted');
    expect(await statusOf(4)).toBe('waitlisted');
    expect((await decisionMails(adepts[3]!.email)).filter((m) => m.text.includes('flyttats upp'))).toHaveLength(1);
    expect(await decisionMails(adepts[4]!.email)).toHaveLength(1);
  });

  it('the coordinators’ digest names who moved up', async () => {
    expect(await sendDigests(t.ctx)).toBe(1);
    const digest = await t.lastMailTo('oddveig@kdd.example');
    expect(digest?.template).toBe('digest');
    expect(digest!.text).toContain('flyttade upp från reservlistan när en plats blev ledig: 2');
    expect(digest!.text).toContain('Adept Nummer2');
    expect(digest!.text).toContain('Adept Nummer3');
    expect(digest!.text).not.toContain('Adept Nummer4');
    // Told once: the next digest has nothing to say.
    expect(await sendDigests(t.ctx)).toBe(0);
  });

  it('once matching has started a freed place is the coordinator’s to fill: nobody moves up by themself', async () => {
    for (const status of ['selection', 'matching'])
      expect((await t.as(oddveig).post(`/api/programs/${programId}/status`, { status })).statusCode).toBe(200);
    const withdrawn = await t.as(adepts[2]!.cookie).post(`/api/programs/${programId}/applications/mine/adept/withdraw`);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(await statusOf(4)).toBe('waitlisted');
    expect(await decisionMails(adepts[4]!.email)).toHaveLength(1);
  });
});
