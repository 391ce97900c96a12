import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import type { Application, MatchingRun } from '@lots/core';
import { createTestApp, OPENABLE_PROGRAM, type TestApp } from '../../testing/harness';

/**
 * Göteborg: "en erfaren chef från en annan del i staden"; Tullverket: "i vart fall utanför den egna
 * arbetskretsen". The distance between mentor and adept is computed from the unit tree and the
 * managers, never passed in silence without a unit, and shown on the matching and review screens.
 */
describe('the distance between mentor and adept', () => {
  let t: TestApp;
  let maria: string;
  let programId: string;
  const app: Record<string, string> = {};

  async function run(): Promise<MatchingRun> {
    const started = await t.as(maria).post(`/api/programs/${programId}/matching/runs`);
    expect(started.statusCode, started.body).toBe(202);
    for (let i = 0; i < 100; i++) {
      const current = (await t.as(maria).get(`/api/programs/${programId}/matching/runs/${started.json().id}`)).json() as MatchingRun;
      if (current.status === 'done' || current.status === 'failed') {
        expect(current.error).toBeNull();
        return current;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('run did not finish');
  }

  async function setDistance(distance: string) {
    const settings = (await t.as(maria).get(`/api/programs/${programId}/matching/settings`)).json();
    const saved = await t.as(maria).put(`/api/programs/${programId}/matching/settings`, {
      ...settings,
      hardRules: { ...settings.hardRules, distance },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().hardRules.distance).toBe(distance);
  }

  beforeAll(async () => {
    t = await createTestApp();
    const gbg = await t.createOrganisation('Göteborgs Stad');
    const nordost = await t.createUnit(gbg, 'Område Nordost');
    const forskola = await t.createUnit(gbg, 'Förskola Nordost', nordost);
    const hjallbo = await t.createUnit(gbg, 'Förskola Hjällbo', forskola);
    const aldre = await t.createUnit(gbg, 'Äldreomsorg Nordost', nordost);
    const sydvast = await t.createUnit(gbg, 'Område Sydväst');
    const skola = await t.createUnit(gbg, 'Skola Sydväst', sydvast);
    await t.createMember(gbg, 'maria@goteborg.example', ['coordinator'], { name: 'Maria Koordinator' });
    maria = await t.signIn('maria@goteborg.example');
    const person = async (name: string, unitId: string | null, managerId: string | null = null) => {
      const [row] = await t.database.db
        .insert(schema.people)
        .values({ organisationId: gbg, name, email: `${name.split(' ')[0]!.toLowerCase()}@goteborg.example`, unitId, managerId })
        .returning({ id: schema.people.id });
      return row!.id;
    };
    const boss = await person('Berit Chef', forskola);
    const people = {
      adept: await person('Anna Adept', forskola, boss),
      noUnitAdept: await person('Nils Utanenhet', null),
      sub: await person('Sara Underenhet', hjallbo),
      sibling: await person('Stina Grannenhet', aldre),
      sameBoss: await person('Sven Sammachef', skola, boss),
      elsewhere: await person('Erik Sydväst', skola),
    };
    const created = await t.as(maria).post('/api/programs', {
      ...OPENABLE_PROGRAM,
      name: 'Mentorprogram för enhetschefer',
      type: 'classic',
      requiresManagerConfirmation: false,
    });
    expect(created.statusCode, created.body).toBe(201);
    programId = created.json().id;
    for (const status of ['open', 'selection'])
      expect((await t.as(maria).post(`/api/programs/${programId}/status`, { status })).statusCode).toBe(200);
    for (const [key, personId] of Object.entries(people)) {
      const [row] = await t.database.db
        .insert(schema.applications)
        .values({
          programId,
          personId,
          role: key === 'adept' || key === 'noUnitAdept' ? 'adept' : 'mentor',
          status: 'accepted',
          submittedAt: new Date(),
        })
        .returning({ id: schema.applications.id });
      app[key] = row!.id;
    }
  });
  afterAll(() => t.destroy());

  it('"another part of the city": a sibling unit, a sub-unit and the same manager do not pass; a person without a unit is named', async () => {
    await setDistance('topLevelUnit');
    const result = await run();
    expect(result.pairs.map((p) => [p.adept.applicationId, p.mentor.applicationId])).toEqual([[app.adept, app.elsewhere]]);
    const pair = result.pairs[0]!;
    expect(pair.adept.unitPath).toEqual(['Område Nordost', 'Förskola Nordost']);
    expect(pair.mentor.unitPath).toEqual(['Område Sydväst', 'Skola Sydväst']);
    const noUnit = result.unmatched.find((u) => u.adept.applicationId === app.noUnitAdept)!;
    expect(noUnit.reason).toBe('no-feasible-mentor');
    expect(noUnit.adept.unitPath).toEqual([]);
    expect(new Set(noUnit.forbidden.flatMap((f) => f.rules))).toEqual(new Set(['unitUnknown']));
  });

  it('"outside the own unit subtree": the sibling unit passes, the sub-unit does not', async () => {
    await setDistance('unitSubtree');
    const lockSub = await t.as(maria).post(`/api/programs/${programId}/matching/constraints`, {
      kind: 'lock',
      adeptApplicationId: app.adept,
      mentorApplicationId: app.sub,
    });
    expect(lockSub.statusCode).toBe(400);
    expect(lockSub.json().error.field).toBe('reason');
    expect(lockSub.json().error.message).toContain('sameUnitSubtree');
    const lockBoss = await t.as(maria).post(`/api/programs/${programId}/matching/assign`, {
      adeptApplicationId: app.adept,
      mentorApplicationId: app.sameBoss,
    });
    expect(lockBoss.statusCode).toBe(400);
    expect(lockBoss.json().error.message).toContain('sameManager');
    const sibling = await t.as(maria).post(`/api/programs/${programId}/matching/constraints`, {
      kind: 'lock',
      adeptApplicationId: app.adept,
      mentorApplicationId: app.sibling,
    });
    expect(sibling.statusCode, sibling.body).toBe(200);
    const withReason = await t.as(maria).post(`/api/programs/${programId}/matching/constraints`, {
      kind: 'lock',
      adeptApplicationId: app.adept,
      mentorApplicationId: app.sub,
      reason: 'Ny chef sedan en månad, känner inte varandra',
    });
    expect(withReason.statusCode, withReason.body).toBe(200);
    const constraints = (await t.as(maria).get(`/api/programs/${programId}/matching/constraints`)).json();
    expect(constraints.find((c: { mentor: { applicationId: string } }) => c.mentor.applicationId === app.sub).ruleBreaks).toEqual([
      'sameUnitSubtree',
    ]);
  });

  it('settings saved with the old switches read as the strictest level they asked for', async () => {
    await t.database.db
      .update(schema.matchingSettings)
      .set({ hardRules: { outsideOrganisation: false, outsideUnit: true, outsideReportingLine: true } as never })
      .where(eq(schema.matchingSettings.programId, programId));
    const settings = (await t.as(maria).get(`/api/programs/${programId}/matching/settings`)).json();
    expect(settings.hardRules.distance).toBe('unitSubtree');
    expect(settings.hardRules).not.toHaveProperty('outsideUnit');
  });

  it('bad input names the field', async () => {
    const settings = (await t.as(maria).get(`/api/programs/${programId}/matching/settings`)).json();
    const bad = await t.as(maria).put(`/api/programs/${programId}/matching/settings`, {
      ...settings,
      hardRules: { ...settings.hardRules, distance: 'galaxy' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('hardRules.distance');
  });

  it('the review screen shows each applicant’s unit path', async () => {
    const list = (await t.as(maria).get(`/api/programs/${programId}/applications`)).json().items as Application[];
    expect(list.find((a) => a.id === app.sub)!.unitPath).toEqual(['Område Nordost', 'Förskola Nordost', 'Förskola Hjällbo']);
    expect(list.find((a) => a.id === app.noUnitAdept)!.unitPath).toEqual([]);
  });
});
