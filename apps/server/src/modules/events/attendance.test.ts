import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';

const HOUR = 3600_000;

describe('attendance: marked by coordinators or by check-in code, completion, trainings in the mentor register', () => {
  let t: TestApp;
  let programId: string;
  const who: Record<string, { personId: string; cookie: string }> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrganisation('Tullverket');
    for (const [key, roles] of [
      ['coordinator', ['coordinator']],
      ['mentor', ['participant']],
      ['adept', ['participant']],
      ['orgAdmin', ['org_admin']],
    ] as const) {
      const member = await t.createMember(org, `${key}@tull.example`, [...roles], { name: key });
      who[key] = { personId: member.personId, cookie: await t.signIn(`${key}@tull.example`) };
    }
    // Special-category rules: only the listed coordinators see who attends (decision 0011).
    const [program] = await t.database.db
      .insert(schema.programs)
      .values({
        ownerOrganisationId: org,
        name: 'Mentorprogram för chefer',
        type: 'classic',
        status: 'running',
        rules: { adept: [{ kind: 'underRepresentedGroup' }], mentor: [] },
      })
      .returning();
    programId = program!.id;
    await t.database.db.insert(schema.programOrganisations).values({ programId, organisationId: org });
    await t.database.db.insert(schema.programCoordinators).values({ programId, personId: who.coordinator!.personId });
    await t.createActivePair(programId, who.adept!.personId, who.mentor!.personId);
  });
  afterAll(() => t.destroy());

  const as = (key: string) => t.as(who[key]!.cookie);
  const create = async (body: Record<string, unknown>) => {
    const response = await as('coordinator').post(`/api/programs/${programId}/events`, body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json().events[0].id as string;
  };

  let training: string;
  let inspiration: string[];

  it('the coordinator marks attendance; attending a training records it in the mentor register', async () => {
    training = await create({
      kind: 'training',
      title: 'Mentor- och coachutbildning',
      startsAt: new Date(Date.now() - HOUR).toISOString(),
      endsAt: new Date(Date.now() + 2 * HOUR).toISOString(),
      location: 'Tullverket, Stockholm',
      audience: 'mentors',
      required: true,
    });
    const marked = await as('coordinator').put(`/api/programs/${programId}/events/${training}/attendance/${who.mentor!.personId}`, {
      attendance: 'attended',
    });
    expect(marked.statusCode, marked.body).toBe(200);
    const trainings = await t.database.db
      .select()
      .from(schema.mentorTrainings)
      .where(eq(schema.mentorTrainings.personId, who.mentor!.personId));
    expect(trainings).toMatchObject([{ name: 'Mentor- och coachutbildning', eventId: training }]);
    // The adept is not in the training's audience: no attendance to mark.
    const notFor = await as('coordinator').put(`/api/programs/${programId}/events/${training}/attendance/${who.adept!.personId}`, {
      attendance: 'attended',
    });
    expect(notFor.statusCode).toBe(404);
    // An absence needs no reason but may have one; a reason on a presence is refused, naming the field.
    const bad = await as('coordinator').put(`/api/programs/${programId}/events/${training}/attendance/${who.mentor!.personId}`, {
      attendance: 'attended',
      absenceReason: 'Sjuk',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('absenceReason');
    // Marked absent after all: the register entry goes.
    await as('coordinator').put(`/api/programs/${programId}/events/${training}/attendance/${who.mentor!.personId}`, {
      attendance: 'absent',
      absenceReason: 'Sjuk',
    });
    expect(
      await t.database.db.select().from(schema.mentorTrainings).where(eq(schema.mentorTrainings.personId, who.mentor!.personId)),
    ).toEqual([]);
    const list = await as('coordinator').get(`/api/programs/${programId}/events/${training}/attendance`);
    expect(list.json().items).toMatchObject([{ name: 'mentor', role: 'mentor', attendance: 'absent', absenceReason: 'Sjuk' }]);
  });

  it('participants check in with the code shown at the event; a wrong code names the field', async () => {
    const code = await as('coordinator').post(`/api/programs/${programId}/events/${training}/check-in-code`);
    expect(code.statusCode, code.body).toBe(200);
    expect(code.json().code).toMatch(/^\d{6}$/);
    const wrong = await as('mentor').post(`/api/programs/${programId}/events/${training}/check-in`, {
      code: code.json().code === '000000' ? '111111' : '000000',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.field).toBe('code');
    const right = await as('mentor').post(`/api/programs/${programId}/events/${training}/check-in`, { code: code.json().code });
    expect(right.statusCode, right.body).toBe(200);
    expect(right.json().myInvitation).toMatchObject({ attendance: 'attended' });
    expect(right.json().checkInCode).toBeNull();
    expect((await as('coordinator').get(`/api/programs/${programId}/events/${training}`)).json().checkInCode).toBe(code.json().code);
    expect(
      await t.database.db.select().from(schema.mentorTrainings).where(eq(schema.mentorTrainings.personId, who.mentor!.personId)),
    ).toHaveLength(1);
    // The adept cannot check in to the mentors' training (not theirs: 404).
    expect((await as('adept').post(`/api/programs/${programId}/events/${training}/check-in`, { code: code.json().code })).statusCode).toBe(
      404,
    );
  });

  it('others’ attendance is for the program’s listed coordinators only', async () => {
    for (const key of ['mentor', 'adept'])
      expect((await as(key).get(`/api/programs/${programId}/events/${training}/attendance`)).statusCode).not.toBe(200);
    // The owner's administrator manages the program, but in a special-category program does not see its people.
    expect((await as('orgAdmin').get(`/api/programs/${programId}/events/${training}/attendance`)).statusCode).toBe(403);
    expect((await as('orgAdmin').get(`/api/programs/${programId}/attendance`)).statusCode).toBe(403);
    expect((await as('mentor').get(`/api/programs/${programId}/attendance`)).statusCode).toBe(403);
  });

  it('required events feed completion: attended 1 of 2 inspiration meetings', async () => {
    inspiration = [];
    for (const offset of [-3 * HOUR, -2 * HOUR])
      inspiration.push(
        await create({
          kind: 'inspiration',
          title: 'Inspirationsträff',
          startsAt: new Date(Date.now() + offset).toISOString(),
          endsAt: new Date(Date.now() + offset + 2 * HOUR).toISOString(),
          mode: 'digital',
          onlineUrl: 'https://meet.example/inspiration',
          required: true,
        }),
      );
    await as('coordinator').put(`/api/programs/${programId}/events/${inspiration[0]}/attendance/${who.adept!.personId}`, {
      attendance: 'attended',
    });
    const mine = await as('adept').get(`/api/programs/${programId}/completion`);
    expect(mine.json()).toEqual({ required: 2, attended: 1, byKind: [{ kind: 'inspiration', required: 2, attended: 1 }] });
    const mentor = await as('mentor').get(`/api/programs/${programId}/completion`);
    expect(mentor.json()).toMatchObject({ required: 3, attended: 1 });
    const report = await as('coordinator').get(`/api/programs/${programId}/attendance?limit=10`);
    expect(report.statusCode, report.body).toBe(200);
    expect(report.json()).toMatchObject({ total: 2 });
    expect(
      report
        .json()
        .items.map((i: { name: string; completion: { attended: number; required: number } }) => [
          i.name,
          i.completion.attended,
          i.completion.required,
        ]),
    ).toEqual([
      ['adept', 1, 2],
      ['mentor', 1, 3],
    ]);
  });
});
