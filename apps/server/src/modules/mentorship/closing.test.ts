import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';

/** At the program's end: each party chooses to continue or to end; closing the program keeps the choice. */
describe('continuation at the program’s end', () => {
  let t: TestApp;
  let programId: string;
  const pairIds: string[] = [];
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrganisation('Göteborgs Stad');
    const coordinator = await t.createMember(org, 'evelina@gbg.example', ['coordinator'], { name: 'Evelina' });
    const soon = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const later = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
    const [program] = await t.database.db
      .insert(schema.programs)
      .values({ ownerOrganisationId: org, name: 'Enhetschefer 2026', type: 'classic', status: 'running', endsOn: soon })
      .returning();
    const [farProgram] = await t.database.db
      .insert(schema.programs)
      .values({ ownerOrganisationId: org, name: 'Enhetschefer 2027', type: 'classic', status: 'running', endsOn: later })
      .returning();
    programId = program!.id;
    await t.database.db.insert(schema.programOrganisations).values([
      { programId, organisationId: org },
      { programId: farProgram!.id, organisationId: org },
    ]);
    await t.database.db.insert(schema.programCoordinators).values({ programId, personId: coordinator.personId });
    for (const [i, pid] of [programId, programId, farProgram!.id].entries()) {
      const adept = await t.createMember(org, `adept${i}@gbg.example`, ['participant'], { name: `Adept ${i}` });
      const mentor = await t.createMember(org, `mentor${i}@gbg.example`, ['participant'], { name: `Mentor ${i}` });
      const [a] = await t.database.db
        .insert(schema.applications)
        .values({ programId: pid, personId: adept.personId, role: 'adept', status: 'accepted' })
        .returning();
      const [m] = await t.database.db
        .insert(schema.applications)
        .values({ programId: pid, personId: mentor.personId, role: 'mentor', status: 'accepted' })
        .returning();
      const [pair] = await t.database.db
        .insert(schema.pairs)
        .values({
          programId: pid,
          adeptApplicationId: a!.id,
          mentorApplicationId: m!.id,
          status: 'active',
          adeptResponse: 'accepted',
          mentorResponse: 'accepted',
          startedAt: new Date(),
        })
        .returning();
      pairIds.push(pair!.id);
      cookies[`adept${i}`] = await t.signIn(`adept${i}@gbg.example`);
      cookies[`mentor${i}`] = await t.signIn(`mentor${i}@gbg.example`);
    }
    cookies.coordinator = await t.signIn('evelina@gbg.example');
    const foreign = await t.createOrganisation('Tullverket');
    await t.createMember(foreign, 'maria@tull.example', ['coordinator', 'org_admin'], { name: 'Maria' });
    cookies.foreign = await t.signIn('maria@tull.example');
  });

  it('the health view and the clause texts are the program managers’ only', async () => {
    const clauses = { clauses: [{ key: 'confidentiality', sv: 'a', nb: 'b', en: 'c' }] };
    for (const url of [`/api/programs/${programId}/health`, `/api/programs/${programId}/clauses`]) {
      expect((await t.as(cookies.adept0!).get(url)).statusCode, url).toBe(403);
      expect((await t.as(cookies.foreign!).get(url)).statusCode, url).toBe(404);
      expect((await t.as(cookies.coordinator!).get(url)).statusCode, url).toBe(200);
    }
    const put = (who: string) =>
      t.app.inject({ method: 'PUT', url: `/api/programs/${programId}/clauses`, headers: { cookie: cookies[who]! }, payload: clauses });
    expect((await put('mentor0')).statusCode).toBe(403);
    expect((await put('foreign')).statusCode).toBe(404);
    const before = (await t.as(cookies.coordinator!).get(`/api/programs/${programId}/clauses`)).json();
    expect(before.map((c: { key: string }) => c.key)).toContain('voluntary');
  });
  afterAll(() => t.destroy());

  it('is chosen near the end only; each party sees both choices', async () => {
    const early = await t.as(cookies.adept2!).post(`/api/mentorships/${pairIds[2]}/continuation`, { choice: 'continue' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.field).toBe('choice');
    await t.as(cookies.adept0!).post(`/api/mentorships/${pairIds[0]}/continuation`, { choice: 'continue' });
    const both = await t.as(cookies.mentor0!).post(`/api/mentorships/${pairIds[0]}/continuation`, { choice: 'continue' });
    expect(both.json()).toMatchObject({ myContinuation: 'continue', otherContinuation: 'continue' });
    await t.as(cookies.adept1!).post(`/api/mentorships/${pairIds[1]}/continuation`, { choice: 'continue' });
    await t.as(cookies.mentor1!).post(`/api/mentorships/${pairIds[1]}/continuation`, { choice: 'end' });
  });

  it('closing the program ends the pairs that do not both continue, and keeps status, dates and choices', async () => {
    const closed = await t.as(cookies.coordinator!).post(`/api/programs/${programId}/status`, { status: 'closed' });
    expect(closed.statusCode, closed.body).toBe(200);
    const health = (await t.as(cookies.coordinator!).get(`/api/programs/${programId}/health`)).json().items;
    const continuing = health.find((h: { pairId: string }) => h.pairId === pairIds[0]);
    const ending = health.find((h: { pairId: string }) => h.pairId === pairIds[1]);
    expect(continuing).toMatchObject({ status: 'active', endedAt: null, continuation: { adept: 'continue', mentor: 'continue' } });
    expect(ending).toMatchObject({ status: 'ended', endedBy: 'program', continuation: { adept: 'continue', mentor: 'end' } });
    expect(ending.endedAt).toBeTruthy();
    expect((await t.as(cookies.adept1!).get(`/api/mentorships/${pairIds[1]}`)).json()).toMatchObject({
      status: 'ended',
      endedBy: 'program',
    });
  });

  it('after closing, the pair space is read-only (409 program_closed) except private notes and ending', async () => {
    // The pair that continues on its own is still active, but its program is closed.
    const pairId = pairIds[0]!;
    const adept = t.as(cookies.adept0!);
    const shown = (await adept.get(`/api/mentorships/${pairId}`)).json();
    expect(shown).toMatchObject({ status: 'active', programClosed: true });
    const goalId = '00000000-0000-4000-8000-000000000001';
    const writes: [string, string, unknown][] = [
      ['POST', `/api/mentorships/${pairId}/meetings`, { heldOn: new Date().toISOString(), durationMinutes: 60, mode: 'digital' }],
      ['PUT', `/api/mentorships/${pairId}/next-meeting`, { nextMeetingAt: new Date(Date.now() + 7 * 86_400_000).toISOString() }],
      ['POST', `/api/mentorships/${pairId}/agenda`, { text: 'Nästa steg' }],
      ['POST', `/api/mentorships/${pairId}/checkins`, { goalId, progress: 3 }],
      [
        'PUT',
        `/api/mentorships/${pairId}/agreement`,
        { cadenceWeeksMin: 2, cadenceWeeksMax: 4, meetingMinutes: 60, mode: 'digital', goals: ['Ett mål'] },
      ],
      ['POST', `/api/mentorships/${pairId}/agreement/sign`, { version: 1 }],
      ['POST', `/api/mentorships/${pairId}/continuation`, { choice: 'end' }],
    ];
    for (const [method, url, body] of writes) {
      const response = await adept.request(method as 'POST', url, body);
      expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(409);
      expect(response.json().error).toMatchObject({ code: 'program_closed', field: 'status' });
    }
    // Private notes stay the author's own to write, change and delete.
    const note = await adept.post(`/api/mentorships/${pairId}/notes`, { text: 'Tankar efter programmet' });
    expect(note.statusCode, note.body).toBe(201);
    // Either may still end it (voluntariness).
    const ended = await t.as(cookies.mentor0!).post(`/api/mentorships/${pairId}/end`, { reason: null });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ status: 'ended', endedBy: 'mentor' });
  });
});
