import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';

/** One training recorded for several mentors of the register at once (issue 10 item 13). */
describe('bulk training records', () => {
  let t: TestApp;
  let maria: string;
  let johan: string;
  let P: string;
  const person: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const tull = await t.createOrganisation('Tullverket');
    await t.createMember(tull, 'maria@tull.example', ['coordinator'], { name: 'Maria Sundberg' });
    await t.createMember(tull, 'johan@tull.example', ['participant'], { name: 'Johan Nyberg' });
    maria = await t.signIn('maria@tull.example');
    johan = await t.signIn('johan@tull.example');
    for (const [key, name] of [
      ['anna', 'Anna Mentor'],
      ['bo', 'Bo Mentor'],
      ['cia', 'Cia Mentor'],
      ['outsider', 'Olof Utanför'],
    ] as const) {
      const [row] = await t.database.db
        .insert(schema.people)
        .values({ organisationId: tull, name, email: `${key}@tull.example` })
        .returning({ id: schema.people.id });
      person[key] = row!.id;
    }
    P = await t.createProgram(maria, { name: 'Mentorprogram 2027' });
    await t.database.db.insert(schema.applications).values(
      ['anna', 'bo', 'cia'].map((key) => ({
        programId: P,
        personId: person[key]!,
        role: 'mentor' as const,
        status: 'accepted' as const,
      })),
    );
  });
  afterAll(() => t.destroy());

  const trainings = () => t.database.db.select().from(schema.mentorTrainings);

  it('refuses the whole request when one person is not a mentor of the program, naming the index', async () => {
    const response = await t.as(maria).post('/api/mentor-register/trainings', {
      personIds: [person.anna, person.outsider, person.cia],
      name: 'Mentorutbildning',
      completedOn: '2026-03-01',
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.field).toBe('personIds.1');
    const twice = await t.as(maria).post('/api/mentor-register/trainings', {
      personIds: [person.anna, person.anna],
      name: 'Mentorutbildning',
      completedOn: '2026-03-01',
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.field).toBe('personIds.1');
    const bad = await t.as(maria).post('/api/mentor-register/trainings', { personIds: [person.anna], name: 'Kurs', completedOn: '1 mars' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('completedOn');
    expect(await trainings()).toEqual([]);
  });

  it('a participant may not record trainings (403)', async () => {
    const response = await t.as(johan).post('/api/mentor-register/trainings', {
      personIds: [person.anna],
      name: 'Kurs',
      completedOn: '2026-03-01',
    });
    expect(response.statusCode).toBe(403);
    expect(await trainings()).toEqual([]);
  });

  it('records one training for three mentors in one mutation, audited once with the count', async () => {
    const response = await t.as(maria).post('/api/mentor-register/trainings', {
      personIds: [person.anna, person.bo, person.cia],
      name: 'Mentorutbildning',
      completedOn: '2026-03-01',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toEqual({ recorded: 3 });
    expect(
      (await trainings()).map((r) => [r.personId, r.name, r.completedOn]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual(
      [person.anna, person.bo, person.cia]
        .map((id) => [id, 'Mentorutbildning', '2026-03-01'])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    const audits = await t.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'training.create'));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.data).toMatchObject({ count: 3, name: 'Mentorutbildning' });
    const register = ((await t.as(maria).get('/api/mentor-register')).json() as { items: { name: string; trainings: unknown[] }[] }).items;
    expect(register.map((e) => [e.name, e.trainings])).toEqual(
      ['Anna Mentor', 'Bo Mentor', 'Cia Mentor'].map((name) => [
        name,
        [{ name: 'Mentorutbildning', completedOn: '2026-03-01', provider: null, validUntil: null }],
      ]),
    );
  });
});
