import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';

const HOUR = 3600_000;

describe('a program can require a completed training before a mentor is matched', () => {
  let t: TestApp;
  let programId: string;
  let applicationId: string;
  let coordinator: string;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrganisation('Tullverket');
    const c = await t.createMember(org, 'samordnare@tull.example', ['coordinator']);
    const mentor = await t.createMember(org, 'mentor@tull.example', ['participant'], { name: 'Helena Stark' });
    const [program] = await t.database.db
      .insert(schema.programs)
      .values({
        ownerOrganisationId: org,
        name: 'Mentorprogram 2027',
        type: 'classic',
        status: 'running',
        rules: { adept: [], mentor: [{ kind: 'completedTraining' }] },
      })
      .returning();
    programId = program!.id;
    await t.database.db.insert(schema.programOrganisations).values({ programId, organisationId: org });
    await t.database.db.insert(schema.programCoordinators).values({ programId, personId: c.personId });
    const [application] = await t.database.db
      .insert(schema.applications)
      .values({ programId, personId: mentor.personId, role: 'mentor', status: 'accepted' })
      .returning();
    applicationId = application!.id;
    coordinator = await t.signIn('samordnare@tull.example');
  });
  afterAll(() => t.destroy());

  const eligibility = async () => {
    const response = await t.as(coordinator).get(`/api/programs/${programId}/applications/${applicationId}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json().eligibility as { status: string; results: { kind: string; passed: boolean | null; reason: string }[] };
  };

  it('without a training the mentor is not eligible (the matching engine takes eligible people only), with a reason', async () => {
    expect(await eligibility()).toMatchObject({
      status: 'ineligible',
      results: [{ kind: 'completedTraining', passed: false, reason: 'completedTraining.missing' }],
    });
  });

  it('attending the program’s training event records it and makes the mentor eligible', async () => {
    const created = await t.as(coordinator).post(`/api/programs/${programId}/events`, {
      kind: 'training',
      title: 'Mentor- och coachutbildning',
      startsAt: new Date(Date.now() - HOUR).toISOString(),
      endsAt: new Date(Date.now() + HOUR).toISOString(),
      location: 'Stockholm',
      audience: 'mentors',
    });
    expect(created.statusCode, created.body).toBe(201);
    const eventId = created.json().events[0].id;
    const [mentor] = await t.database.db.select().from(schema.applications);
    const marked = await t.as(coordinator).put(`/api/programs/${programId}/events/${eventId}/attendance/${mentor!.personId}`, {
      attendance: 'attended',
    });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(await eligibility()).toMatchObject({
      status: 'eligible',
      results: [{ kind: 'completedTraining', passed: true, reason: 'completedTraining.ok' }],
    });
  });

  it('a training from outside Lots that has expired does not count', async () => {
    await t.database.db.delete(schema.mentorTrainings);
    const [mentor] = await t.database.db.select().from(schema.applications);
    await t.database.db.insert(schema.mentorTrainings).values({
      personId: mentor!.personId,
      name: 'Coachutbildning',
      provider: 'Extern',
      completedOn: '2020-01-01',
      validUntil: '2021-01-01',
    });
    expect(await eligibility()).toMatchObject({ status: 'ineligible', results: [{ reason: 'completedTraining.expired' }] });
  });
});
