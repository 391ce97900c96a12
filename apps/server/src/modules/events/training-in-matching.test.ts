import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import type { MatchingRun } from '@lots/core';
import { createTestApp, type TestApp } from '../../testing/harness';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * Tullverket: mentors go through the mentor/coach training before they are matched. A training from
 * outside Lots is recorded in the register with its provider and how long it counts; the matching run
 * takes only mentors whose training is valid when the program starts.
 */
describe('the training rule in a matching run, with trainings recorded from outside Lots', () => {
  let t: TestApp;
  let coordinator: string;
  let programId: string;
  const person: Record<string, string> = {};
  const application: Record<string, string> = {};

  async function run(): Promise<MatchingRun> {
    const started = await t.as(coordinator).post(`/api/programs/${programId}/matching/runs`);
    expect(started.statusCode, started.body).toBe(202);
    for (let i = 0; i < 200; i++) {
      const current = (await t.as(coordinator).get(`/api/programs/${programId}/matching/runs/${started.json().id}`)).json() as MatchingRun;
      if (current.status === 'done' || current.status === 'failed') {
        expect(current.error).toBeNull();
        return current;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('run did not finish');
  }

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrganisation('Tullverket');
    await t.createMember(org, 'samordnare@tull.example', ['coordinator'], { name: 'Sam Samordnare' });
    coordinator = await t.signIn('samordnare@tull.example');
    for (const [key, name] of [
      ['adept', 'Ada Adept'],
      ['adept2', 'Bo Adept'],
      ['expired', 'Erik Utgången'],
      ['valid', 'Vera Giltig'],
    ] as const)
      person[key] = (await t.createMember(org, `${key}@tull.example`, ['participant'], { name })).personId;
    // Adepts and mentors in different parts of the agency (the default distance rule needs their units).
    const units = { adept: await t.createUnit(org, 'Brottsbekämpning'), mentor: await t.createUnit(org, 'Uppbörd') };
    for (const [key, personId] of Object.entries(person))
      await t.database.db
        .update(schema.people)
        .set({ unitId: key.startsWith('adept') ? units.adept : units.mentor })
        .where(eq(schema.people.id, personId));
    programId = await t.createProgram(coordinator, { name: 'Mentorprogram 2027', requiresManagerConfirmation: false });
    // The program starts in 30 days and requires a completed training of its mentors.
    await t.database.db
      .update(schema.programs)
      .set({ startsOn: day(30), rules: { adept: [], mentor: [{ kind: 'completedTraining' }] } })
      .where(eq(schema.programs.id, programId));
    expect((await t.as(coordinator).post(`/api/programs/${programId}/status`, { status: 'selection' })).statusCode).toBe(200);
    for (const key of ['adept', 'adept2', 'expired', 'valid']) {
      const [row] = await t.database.db
        .insert(schema.applications)
        .values({
          programId,
          personId: person[key]!,
          role: key.startsWith('adept') ? 'adept' : 'mentor',
          status: 'accepted',
          submittedAt: new Date(),
        })
        .returning({ id: schema.applications.id });
      application[key] = row!.id;
    }
  });
  afterAll(() => t.destroy());

  /** The mentors each unmatched adept could not have because of the training rule. */
  const notEligible = (result: MatchingRun) =>
    result.unmatched.map((u) => [
      u.adept.applicationId,
      u.forbidden
        .filter((f) => f.rules.includes('mentorNotEligible'))
        .flatMap((f) => f.examples.map((m) => m.applicationId))
        .sort(),
    ]);

  it('without a training no mentor is a candidate: every adept is left unmatched with the rule named', async () => {
    const result = await run();
    expect(result.pairs).toEqual([]);
    const both = [application.expired!, application.valid!].sort();
    expect(notEligible(result).sort()).toEqual(
      [
        [application.adept, both],
        [application.adept2, both],
      ].sort(),
    );
  });

  it('a coordinator records a training from outside Lots with its provider and validity; the register shows them', async () => {
    const expired = await t.as(coordinator).post(`/api/mentor-register/${person.expired}/trainings`, {
      name: 'Coachutbildning',
      provider: 'Coachakademin',
      completedOn: day(-400),
      // Runs out before the program starts.
      validUntil: day(10),
    });
    expect(expired.statusCode, expired.body).toBe(201);
    expect(expired.json().trainings).toEqual([
      { name: 'Coachutbildning', completedOn: day(-400), provider: 'Coachakademin', validUntil: day(10) },
    ]);
    const valid = await t.as(coordinator).post('/api/mentor-register/trainings', {
      personIds: [person.valid],
      name: 'Mentorutbildning',
      provider: 'Statskontoret',
      completedOn: day(-100),
      validUntil: day(400),
    });
    expect(valid.statusCode, valid.body).toBe(201);
    const register = await t.as(coordinator).get('/api/mentor-register');
    const vera = register.json().items.find((e: { personId: string }) => e.personId === person.valid);
    expect(vera.trainings).toEqual([{ name: 'Mentorutbildning', completedOn: day(-100), provider: 'Statskontoret', validUntil: day(400) }]);
  });

  it('a validity before the completion date is refused naming the field', async () => {
    const response = await t.as(coordinator).post(`/api/mentor-register/${person.valid}/trainings`, {
      name: 'Coachutbildning',
      completedOn: day(-10),
      validUntil: day(-20),
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('validUntil');
  });

  it('the matching run pairs only the mentor whose training is valid at the start; the expired one is forbidden by the rule', async () => {
    const eligibility = async (key: string) =>
      (await t.as(coordinator).get(`/api/programs/${programId}/applications/${application[key]}`)).json().eligibility;
    expect(await eligibility('expired')).toMatchObject({ status: 'ineligible', results: [{ reason: 'completedTraining.expired' }] });
    expect(await eligibility('valid')).toMatchObject({ status: 'eligible', results: [{ reason: 'completedTraining.ok' }] });

    const result = await run();
    expect(result.pairs).toHaveLength(1);
    expect(result.pairs[0]!.mentor.applicationId).toBe(application.valid);
    const left = result.pairs[0]!.adept.applicationId === application.adept ? application.adept2 : application.adept;
    expect(notEligible(result)).toEqual([[left, [application.expired]]]);
  });

  it('an override by the coordinator lets the mentor without a valid training into the next run', async () => {
    const overridden = await t.as(coordinator).post(`/api/programs/${programId}/applications/${application.expired}/overrides`, {
      kind: 'completedTraining',
      reason: 'Förnyar certifikatet i januari',
    });
    expect(overridden.statusCode, overridden.body).toBeLessThan(300);
    const result = await run();
    expect(result.pairs.map((p) => p.mentor.applicationId).sort()).toEqual([application.expired, application.valid].sort());
    expect(result.unmatched).toEqual([]);
  });
});
