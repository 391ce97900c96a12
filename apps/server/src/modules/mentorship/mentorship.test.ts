import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';
import { readPdf } from '../../testing/pdf';
import { sendNudges } from './nudges';
import { sendDigests } from '../applications';

/**
 * A pair's journey through the API, the confidentiality matrix (author, other party,
 * coordinator, organisation administrator, platform administrator) for everything the
 * pair writes, reminders on a controllable clock, and the agreement PDF.
 */
describe('the mentorship itself', () => {
  let t: TestApp;
  let pairId: string;
  const cookies: Record<'adept' | 'mentor' | 'coordinator' | 'orgAdmin' | 'platformAdmin' | 'stranger', string> = {} as never;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrganisation('Tullverket');
    const other = await t.createOrganisation('Kustbevakningen');
    const adept = await t.createMember(org, 'adept@tull.example', ['participant'], { name: 'Johan Nyberg' });
    const mentor = await t.createMember(other, 'mentor@kust.example', ['participant'], { name: 'Helena Stark' });
    const coordinator = await t.createMember(org, 'maria@tull.example', ['coordinator'], { name: 'Maria Sundberg' });
    await t.createMember(org, 'orgadmin@tull.example', ['org_admin'], { name: 'Karin Admin' });
    await t.createMember(org, 'platform@tull.example', ['participant'], { name: 'Platform Admin', platformAdmin: true });
    await t.createMember(org, 'stranger@tull.example', ['participant'], { name: 'Someone Else' });
    const [program] = await t.database.db
      .insert(schema.programs)
      .values({
        ownerOrganisationId: org,
        name: 'Mentorprogram 2027',
        type: 'classic',
        status: 'running',
        nudgeAfterWeeks: 6,
        endsOn: '2099-01-01',
      })
      .returning();
    await t.database.db.insert(schema.programOrganisations).values([
      { programId: program!.id, organisationId: org },
      { programId: program!.id, organisationId: other },
    ]);
    await t.database.db.insert(schema.programCoordinators).values({ programId: program!.id, personId: coordinator.personId });
    const [a] = await t.database.db
      .insert(schema.applications)
      .values({ programId: program!.id, personId: adept.personId, role: 'adept', status: 'accepted' })
      .returning();
    const [m] = await t.database.db
      .insert(schema.applications)
      .values({ programId: program!.id, personId: mentor.personId, role: 'mentor', status: 'accepted' })
      .returning();
    const [pair] = await t.database.db
      .insert(schema.pairs)
      .values({
        programId: program!.id,
        adeptApplicationId: a!.id,
        mentorApplicationId: m!.id,
        status: 'active',
        adeptResponse: 'accepted',
        mentorResponse: 'accepted',
      })
      .returning();
    pairId = pair!.id;
    cookies.adept = await t.signIn('adept@tull.example');
    cookies.mentor = await t.signIn('mentor@kust.example');
    cookies.coordinator = await t.signIn('maria@tull.example');
    cookies.orgAdmin = await t.signIn('orgadmin@tull.example');
    cookies.platformAdmin = await t.signIn('platform@tull.example');
    cookies.stranger = await t.signIn('stranger@tull.example');
  });
  afterAll(() => t.destroy());

  let goalId: string;
  it('the pair writes an agreement with the program’s clauses; both sign; the coordinator is told it started', async () => {
    const saved = await t.as(cookies.adept).put(`/api/mentorships/${pairId}/agreement`, {
      cadenceWeeksMin: 3,
      cadenceWeeksMax: 4,
      meetingMinutes: 90,
      mode: 'both',
      place: 'Tullverket, Stockholm',
      goals: ['Leda genom förändring', 'Svåra samtal'],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const agreement = saved.json().agreement;
    expect(agreement.version).toBe(1);
    expect(agreement.clauses.map((c: { key: string }) => c.key)).toEqual([
      'confidentiality',
      'voluntary',
      'ending',
      'noReference',
      'managerInformed',
    ]);
    goalId = agreement.goals[0].id;
    expect(
      (await t.as(cookies.adept).post(`/api/mentorships/${pairId}/agreement/sign`, { version: 1 })).json().agreement.adeptSignedAt,
    ).toBeTruthy();
    const both = await t.as(cookies.mentor).post(`/api/mentorships/${pairId}/agreement/sign`, { version: 1 });
    expect(both.json().startedAt).toBeTruthy();
    // The coordinator reads it in the next morning's digest, not in a mail per pair (issue 10 item 14).
    expect(await t.lastMailTo('maria@tull.example')).toBeUndefined();
  });

  it('any change needs both signatures again', async () => {
    const changed = await t.as(cookies.mentor).put(`/api/mentorships/${pairId}/agreement`, {
      cadenceWeeksMin: 3,
      cadenceWeeksMax: 4,
      meetingMinutes: 60,
      mode: 'digital',
      goals: ['Leda genom förändring', 'Svåra samtal'],
    });
    const agreement = changed.json().agreement;
    expect(agreement).toMatchObject({ version: 2, adeptSignedAt: null, mentorSignedAt: null });
    expect(agreement.goals[0].id).toBe(goalId);
    expect((await t.as(cookies.adept).post(`/api/mentorships/${pairId}/agreement/sign`, { version: 1 })).statusCode).toBe(409);
    await t.as(cookies.adept).post(`/api/mentorships/${pairId}/agreement/sign`, { version: 2 });
    await t.as(cookies.mentor).post(`/api/mentorships/${pairId}/agreement/sign`, { version: 2 });
  });

  it('logs meetings, shares an agenda, checks in on goals, writes private notes', async () => {
    const meeting = await t.as(cookies.adept).post(`/api/mentorships/${pairId}/meetings`, {
      heldOn: new Date(Date.now() - 86400000).toISOString(),
      durationMinutes: 90,
      mode: 'physical',
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    expect(meeting.json().meetings).toHaveLength(1);
    expect(
      (await t.as(cookies.mentor).post(`/api/mentorships/${pairId}/agenda`, { text: 'AGENDA: hur går omorganisationen?' })).json()
        .agenda[0],
    ).toMatchObject({ author: 'mentor', done: false });
    expect(
      (await t.as(cookies.adept).post(`/api/mentorships/${pairId}/checkins`, { goalId, progress: 3, comment: 'CHECKIN: bättre' }))
        .statusCode,
    ).toBe(201);
    expect(
      (await t.as(cookies.adept).post(`/api/mentorships/${pairId}/checkins`, { goalId: 'nope', progress: 3 })).json().error.field,
    ).toBe('goalId');
    expect((await t.as(cookies.adept).post(`/api/mentorships/${pairId}/notes`, { text: 'ADEPT-NOTE: jag är orolig' })).statusCode).toBe(
      201,
    );
    expect((await t.as(cookies.mentor).post(`/api/mentorships/${pairId}/notes`, { text: 'MENTOR-NOTE: fråga om chefen' })).statusCode).toBe(
      201,
    );
    expect((await t.as(cookies.adept).get(`/api/mentorships/${pairId}/notes`)).json().map((n: { text: string }) => n.text)).toEqual([
      'ADEPT-NOTE: jag är orolig',
    ]);
    expect((await t.as(cookies.mentor).get(`/api/mentorships/${pairId}/notes`)).json().map((n: { text: string }) => n.text)).toEqual([
      'MENTOR-NOTE: fråga om chefen',
    ]);
    const next = new Date(Date.now() + 14 * 86400000).toISOString();
    await t.as(cookies.mentor).put(`/api/mentorships/${pairId}/next-meeting`, { nextMeetingAt: next });
    const ics = await t.as(cookies.adept).get(`/api/mentorships/${pairId}/next-meeting.ics`);
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toContain('BEGIN:VEVENT');
    expect(ics.body).toContain('SUMMARY:Mentorsamtal: Johan Nyberg och Helena Stark');
  });

  it('downloads the signed agreement as a PDF in the reader’s language', async () => {
    for (const lang of ['sv', 'nb', 'en']) {
      const pdf = await t.as(cookies.mentor).get(`/api/mentorships/${pairId}/agreement.pdf?lang=${lang}`);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.rawPayload.length).toBeGreaterThan(1500);
      const text = (await readPdf(pdf.rawPayload)).text.replace(/\s+/g, ' ');
      expect(text).toContain({ sv: 'Mentorskapsavtal', nb: 'Mentoravtale', en: 'Mentoring agreement' }[lang]);
      // Named in the reader's language too ("Mentoravtale v1 – …pdf").
      expect(decodeURIComponent(pdf.headers['content-disposition'] as string)).toMatch(
        new RegExp(
          `filename\\*=UTF-8''${{ sv: 'Mentorskapsavtal', nb: 'Mentoravtale', en: 'Mentoring agreement' }[lang]} v\\d+ – .+\\.pdf$`,
        ),
      );
      expect(text).toContain('Johan Nyberg');
      expect(text).toContain('Leda genom förändring');
      expect(text).toContain({ sv: 'Tystnadsplikt', nb: 'Taushetsplikt', en: 'Confidentiality' }[lang]);
    }
  });

  it('confidentiality matrix: nobody but the pair reads pair content, and only the author reads a private note', async () => {
    const space = (await t.as(cookies.adept).get(`/api/mentorships/${pairId}`)).json();
    const meetingId = space.meetings[0].id as string;
    const agendaId = space.agenda[0].id as string;
    const noteId = (await t.as(cookies.adept).get(`/api/mentorships/${pairId}/notes`)).json()[0].id as string;
    const pairRoutes = [
      ['GET', `/api/mentorships/${pairId}`],
      ['GET', `/api/mentorships/${pairId}/notes`],
      ['GET', `/api/mentorships/${pairId}/agreement.pdf`],
      ['GET', `/api/mentorships/${pairId}/next-meeting.ics`],
      ['POST', `/api/mentorships/${pairId}/agenda`, { text: 'x' }],
      ['POST', `/api/mentorships/${pairId}/checkins`, { goalId, progress: 1 }],
      ['POST', `/api/mentorships/${pairId}/notes`, { text: 'x' }],
      [
        'PUT',
        `/api/mentorships/${pairId}/agreement`,
        { cadenceWeeksMin: 1, cadenceWeeksMax: 1, meetingMinutes: 30, mode: 'digital', goals: ['x'] },
      ],
      ['POST', `/api/mentorships/${pairId}/agreement/sign`, { version: 2 }],
      ['POST', `/api/mentorships/${pairId}/meetings`, { heldOn: new Date().toISOString(), durationMinutes: 30, mode: 'digital' }],
      ['DELETE', `/api/mentorships/${pairId}/meetings/${meetingId}`],
      ['PUT', `/api/mentorships/${pairId}/next-meeting`, { nextMeetingAt: null }],
      ['PATCH', `/api/mentorships/${pairId}/agenda/${agendaId}`, { done: true }],
      ['DELETE', `/api/mentorships/${pairId}/agenda/${agendaId}`],
      ['PATCH', `/api/mentorships/${pairId}/notes/${noteId}`, { text: 'x' }],
      ['DELETE', `/api/mentorships/${pairId}/notes/${noteId}`],
      ['POST', `/api/mentorships/${pairId}/continuation`, { choice: 'end' }],
      ['POST', `/api/mentorships/${pairId}/end`, {}],
    ] as const;
    for (const who of ['coordinator', 'orgAdmin', 'platformAdmin', 'stranger'] as const) {
      for (const [method, url, body] of pairRoutes) {
        const response = await t.as(cookies[who]).request(method, url, body);
        expect(response.statusCode, `${who} ${method} ${url}`).toBe(404);
        expect(response.body).not.toMatch(/NOTE|AGENDA|CHECKIN|förändring/);
      }
      const mine = await t.as(cookies[who]).get('/api/mentorships');
      expect(mine.json()).toEqual([]);
    }
    // The other party cannot reach the author's note by id either.
    const [adeptNote] = (await t.as(cookies.adept).get(`/api/mentorships/${pairId}/notes`)).json();
    expect((await t.as(cookies.mentor).patch(`/api/mentorships/${pairId}/notes/${adeptNote.id}`, { text: 'overwritten' })).statusCode).toBe(
      404,
    );
    expect((await t.as(cookies.mentor).delete(`/api/mentorships/${pairId}/notes/${adeptNote.id}`)).statusCode).toBe(404);
    // The coordinator's health view: that the pair meets, never what they say.
    const health = await t
      .as(cookies.coordinator)
      .get(`/api/programs/${(await t.database.db.select().from(schema.pairs).where(eq(schema.pairs.id, pairId)))[0]!.programId}/health`);
    expect(health.statusCode).toBe(200);
    expect(health.json().items[0]).toMatchObject({ agreementSigned: true, meetingsLogged: 1, quiet: false, status: 'active' });
    expect(health.body).not.toMatch(/NOTE|AGENDA|CHECKIN|förändring|Svåra|orolig/);
    // The pair themselves see the shared content; nothing above changed it.
    const mentorView = await t.as(cookies.mentor).get(`/api/mentorships/${pairId}`);
    expect(mentorView.body).toContain('AGENDA');
    expect(mentorView.body).toContain('CHECKIN');
    expect(mentorView.body).not.toContain('ADEPT-NOTE');
    expect(mentorView.json()).toMatchObject({ status: 'active', meetings: [{ id: meetingId }], agenda: [{ id: agendaId, done: false }] });
    expect((await t.as(cookies.adept).get(`/api/mentorships/${pairId}/notes`)).json()).toEqual([
      expect.objectContaining({ id: noteId, text: 'ADEPT-NOTE: jag är orolig' }),
    ]);
  });

  it('reminds on a controllable clock: meeting due, quiet pair, and a planned meeting to log — once each', async () => {
    const day = 86400000;
    expect(await sendNudges(t.ctx, new Date(Date.now() + 2 * day))).toBe(0);
    // Four and a half weeks later: the agreed cadence (every 3–4 weeks) has passed.
    expect(await sendNudges(t.ctx, new Date(Date.now() + 32 * day))).toBe(2 + 2); // meeting due + log the planned meeting
    expect((await t.lastMailTo('adept@tull.example'))?.template).toMatch(/meetingDue|logMeeting/);
    expect(await sendNudges(t.ctx, new Date(Date.now() + 33 * day))).toBe(0);
    // Seven weeks without a meeting: the pair has gone quiet.
    expect(await sendNudges(t.ctx, new Date(Date.now() + 50 * day))).toBe(2);
    const health = await t
      .as(cookies.coordinator)
      .get(`/api/programs/${(await t.database.db.select().from(schema.pairs).where(eq(schema.pairs.id, pairId)))[0]!.programId}/health`);
    expect(health.json().items[0].quiet).toBe(false); // not yet, in real time
  });

  it('either party ends the mentorship; the reason stays with the pair, the coordinator sees who and when', async () => {
    const ended = await t.as(cookies.mentor).post(`/api/mentorships/${pairId}/end`, { reason: 'REASON: byter jobb' });
    expect(ended.json()).toMatchObject({ status: 'ended', endedBy: 'mentor', endReason: 'REASON: byter jobb' });
    expect((await t.as(cookies.adept).get(`/api/mentorships/${pairId}`)).json().endReason).toBe('REASON: byter jobb');
    expect(await sendDigests(t.ctx)).toBe(1);
    const mail = await t.lastMailTo('maria@tull.example');
    expect(mail?.template).toBe('digest');
    expect(mail?.text).toContain('Johan Nyberg (adept) och Helena Stark (mentor)');
    expect(mail?.text).toContain('av mentorn');
    expect(mail?.text).not.toContain('REASON');
    const programId = (await t.database.db.select().from(schema.pairs).where(eq(schema.pairs.id, pairId)))[0]!.programId;
    const health = await t.as(cookies.coordinator).get(`/api/programs/${programId}/health`);
    expect(health.json().items[0]).toMatchObject({ status: 'ended', endedBy: 'mentor' });
    expect(health.body).not.toContain('REASON');
    expect(
      (
        await t.as(cookies.adept).post(`/api/mentorships/${pairId}/meetings`, {
          heldOn: new Date().toISOString(),
          durationMinutes: 60,
          mode: 'digital',
        })
      ).statusCode,
    ).toBe(409);
  });
});
