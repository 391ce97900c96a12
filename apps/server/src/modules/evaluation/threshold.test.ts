import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@lots/db';
import { loadConfig } from '../../config';
import { createTestApp, linkIn, type TestApp } from '../../testing/harness';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Issue 13: the minimum group size is configurable per installation (MIN_GROUP_SIZE), never below 3.
 * An installation with k = 3 publishes a figure from three answers, and says so on the page's data.
 */
describe('the installation’s minimum group size', () => {
  let t: TestApp;
  let programId: string;
  let coordinator: string;
  const adepts = ['a0@tull.example', 'a1@tull.example', 'a2@tull.example'];

  beforeAll(async () => {
    t = await createTestApp({ MIN_GROUP_SIZE: '3' });
    const tull = await t.createOrganisation('Tullverket');
    const maria = await t.createMember(tull, 'maria@tull.example', ['coordinator']);
    const [program] = await t.database.db
      .insert(schema.programs)
      .values({ ownerOrganisationId: tull, name: 'Tre', type: 'classic', status: 'running', startsOn: '2026-01-01', endsOn: today() })
      .returning();
    programId = program!.id;
    await t.database.db.insert(schema.programOrganisations).values({ programId, organisationId: tull });
    await t.database.db.insert(schema.programCoordinators).values({ programId, personId: maria.personId });
    for (const [i, email] of adepts.entries()) {
      const a = await t.createMember(tull, email, ['participant']);
      const m = await t.createMember(tull, `m${i}@tull.example`, ['participant']);
      await t.createActivePair(programId, a.personId, m.personId);
    }
    coordinator = await t.signIn('maria@tull.example');
  });
  afterAll(() => t.destroy());

  it('is never below 3: a configuration asking for 2 is refused at start, naming the setting', () => {
    expect(() => loadConfig({ NODE_ENV: 'test', MIN_GROUP_SIZE: '2' })).toThrow(/MIN_GROUP_SIZE/);
    expect(loadConfig({ NODE_ENV: 'test' }).minGroupSize).toBe(5);
  });

  it('with k = 3, three answers are published and two are not', async () => {
    const created = await t.as(coordinator).post(`/api/programs/${programId}/surveys`, {
      kind: 'end',
      instruments: ['mentoring-functions'],
      audience: 'adept',
    });
    expect(created.statusCode, created.body).toBe(201);
    const results = async () => {
      const list = (await t.as(coordinator).get(`/api/programs/${programId}/surveys`)).json();
      expect(list.minGroupSize).toBe(3);
      const waveId = list.surveys[0].waves[0].id;
      const res = await t.as(coordinator).get(`/api/programs/${programId}/surveys/waves/${waveId}/results`);
      return res.json().measures.find((m: { measure: string }) => m.measure === 'careerSupport').total;
    };
    for (const [i, email] of adepts.entries()) {
      const mail = await t.waitForMailTo(email, 'surveyInvitation');
      const token = new URL(linkIn(mail.text)).pathname.split('/').pop()!;
      const answered = await t.as(undefined).post(`/api/survey-links/${token}/answers`, {
        answers: { 'mentoring-functions.career1': 4, 'mentoring-functions.career2': 4, 'mentoring-functions.career3': 4 },
      });
      expect(answered.statusCode, answered.body).toBe(200);
      if (i === 1) expect(await results()).toEqual({ n: 0, value: null, suppressed: 'primary' });
    }
    expect(await results()).toEqual({ n: 3, value: 4, suppressed: null });
  });
});
