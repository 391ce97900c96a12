import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import type { MatchingRun, RunPairWhy } from '@lots/core';
import { createTestApp, type TestApp } from '../../testing/harness';
import { seedDemo } from '../../seed/demo';
import { createAccount } from '../../auth/accounts';

/** Mutual preferences on the ministries' demo program: who may state them, who sees them, and the stability report. */
describe('mutual preferences', () => {
  let t: TestApp;
  let programId: string;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.ctx);
    const [program] = await t.database.db
      .select()
      .from(schema.programs)
      .where(eq(schema.programs.name, 'Felles mentorprogram for ledere – kull 3'));
    programId = program!.id;
    for (const name of ['Oddveig Håvelsrud', 'Ole Bakken', 'Marte Lie', 'Hilde Strand']) {
      const [person] = await t.database.db.select().from(schema.people).where(eq(schema.people.name, name));
      const email = `${person!.id}@test.no`;
      const userId = await createAccount(t.database.db, { name, email, password: 'correct-horse-battery', locale: 'nb' });
      await t.database.db.update(schema.people).set({ userId }).where(eq(schema.people.id, person!.id));
      cookies[name] = await t.signIn(email, 'correct-horse-battery');
    }
  });
  afterAll(() => t.destroy());

  it('are refused while the program does not use them, and only accepted participants state them', async () => {
    const mine = await t.as(cookies['Ole Bakken']!).get(`/api/programs/${programId}/preferences/mine`);
    expect(mine.json()).toMatchObject({ role: 'adept', enabled: false });
    const mentors = mine.json().candidates;
    expect(mentors).toHaveLength(6);
    expect(JSON.stringify(mentors)).not.toMatch(/score|rank/i);
    expect(
      (
        await t
          .as(cookies['Ole Bakken']!)
          .put(`/api/programs/${programId}/preferences/mine`, { applicationIds: [mentors[0].applicationId] })
      ).statusCode,
    ).toBe(409);
    expect((await t.as(cookies['Oddveig Håvelsrud']!).get(`/api/programs/${programId}/preferences/mine`)).statusCode).toBe(403);
  });

  it('with preferences on: adepts rank up to five mentors, mentors mark adepts, nobody sees anyone else’s, and the run reports stability', async () => {
    const settings = (await t.as(cookies['Oddveig Håvelsrud']!).get(`/api/programs/${programId}/matching/settings`)).json();
    expect(
      (
        await t
          .as(cookies['Oddveig Håvelsrud']!)
          .put(`/api/programs/${programId}/matching/settings`, { ...settings, preferencesEnabled: true })
      ).statusCode,
    ).toBe(200);
    const ole = (await t.as(cookies['Ole Bakken']!).get(`/api/programs/${programId}/preferences/mine`)).json();
    const hilde = ole.candidates.find((c: { name: string }) => c.name === 'Hilde Strand');
    const ranked = [
      hilde.applicationId,
      ...ole.candidates
        .filter((c: { name: string }) => c.name !== 'Hilde Strand')
        .slice(0, 2)
        .map((c: { applicationId: string }) => c.applicationId),
    ];
    const saved = await t.as(cookies['Ole Bakken']!).put(`/api/programs/${programId}/preferences/mine`, { applicationIds: ranked });
    expect(saved.json().chosen).toEqual(ranked);
    expect(
      (
        await t.as(cookies['Ole Bakken']!).put(`/api/programs/${programId}/preferences/mine`, {
          applicationIds: ole.candidates.slice(0, 6).map((c: { applicationId: string }) => c.applicationId),
        })
      ).statusCode,
    ).toBe(400);
    const mentorView = (await t.as(cookies['Hilde Strand']!).get(`/api/programs/${programId}/preferences/mine`)).json();
    expect(mentorView.role).toBe('mentor');
    const oleAsCandidate = mentorView.candidates.find((c: { name: string }) => c.name === 'Ole Bakken');
    expect(
      (
        await t
          .as(cookies['Hilde Strand']!)
          .put(`/api/programs/${programId}/preferences/mine`, { applicationIds: [oleAsCandidate.applicationId] })
      ).statusCode,
    ).toBe(200);
    // Marte sees her own (empty) choices, never Ole's or Hilde's.
    const marte = (await t.as(cookies['Marte Lie']!).get(`/api/programs/${programId}/preferences/mine`)).json();
    expect(marte.chosen).toEqual([]);

    const started = (await t.as(cookies['Oddveig Håvelsrud']!).post(`/api/programs/${programId}/matching/runs`)).json();
    let run: MatchingRun = started;
    for (let i = 0; i < 100 && run.status !== 'done'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      run = (await t.as(cookies['Oddveig Håvelsrud']!).get(`/api/programs/${programId}/matching/runs/${started.id}`)).json();
    }
    expect(run.status).toBe('done');
    expect(run.stability).not.toBeNull();
    const olePair = run.pairs.find((p) => p.adept.name === 'Ole Bakken')!;
    const why = await t
      .as(cookies['Oddveig Håvelsrud']!)
      .get(`/api/programs/${programId}/matching/runs/${run.id}/pairs/${olePair.adept.applicationId}/why`);
    expect(why.statusCode, why.body).toBe(200);
    expect((why.json() as RunPairWhy).breakdown.find((c) => c.criterion === 'preferences')!.value).toBeGreaterThan(0);
    // Ole ranked Hilde (another ministry) first and Hilde marked Ole: a stable result pairs them (or the report names them as blocking).
    const together = olePair.mentor.name === 'Hilde Strand';
    const blocking = run.stability!.blockingPairs.some((b) => b.adept.name === 'Ole Bakken' && b.mentor.name === 'Hilde Strand');
    expect(together || blocking).toBe(true);
    expect(run.stability!.stable).toBe(!blocking && run.stability!.blockingPairs.length === 0);
  });
});
