import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { uid: e.uid, summary: e.summary, start: e.startDate, end: e.endDate };
  });
}

describe('the personal calendar feed: my events, my pair’s next meeting, program dates; a secret I can rotate', () => {
  let t: TestApp;
  let programId: string;
  let eventId: string;
  let pairId: string;
  let adept: string;
  let mentor: string;
  let coordinator: string;
  let outsider: string;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrganisation('Departementene');
    const a = await t.createMember(org, 'adept@dep.example', ['participant'], { name: 'Kari Nordmann' });
    const m = await t.createMember(org, 'mentor@dep.example', ['participant'], { name: 'Ola Hansen' });
    const c = await t.createMember(org, 'koordinator@dep.example', ['coordinator']);
    await t.createMember(org, 'annen@dep.example', ['participant']);
    await t.database.db.update(schema.user).set({ locale: 'nb' }).where(eq(schema.user.id, a.userId));
    const [program] = await t.database.db
      .insert(schema.programs)
      .values({
        ownerOrganisationId: org,
        name: 'Felles mentorprogram',
        type: 'classic',
        status: 'running',
        startsOn: '2027-01-20',
        endsOn: '2027-12-10',
      })
      .returning();
    programId = program!.id;
    await t.database.db.insert(schema.programOrganisations).values({ programId, organisationId: org });
    await t.database.db.insert(schema.programCoordinators).values({ programId, personId: c.personId });
    pairId = await t.createActivePair(programId, a.personId, m.personId);
    await t.database.db
      .update(schema.pairs)
      .set({ nextMeetingAt: new Date('2027-06-10T08:00:00Z') })
      .where(eq(schema.pairs.id, pairId));
    adept = await t.signIn('adept@dep.example');
    mentor = await t.signIn('mentor@dep.example');
    coordinator = await t.signIn('koordinator@dep.example');
    outsider = await t.signIn('annen@dep.example');
    const created = await t.as(coordinator).post(`/api/programs/${programId}/events`, {
      kind: 'other',
      title: 'Halvdagssamling',
      translations: { nb: { title: 'Halvdagssamling 2' } },
      startsAt: '2027-06-15T09:00',
      endsAt: '2027-06-15T12:30',
      timeZone: 'Europe/Oslo',
      location: 'Akersgata 59',
    });
    expect(created.statusCode, created.body).toBe(201);
    eventId = created.json().events[0].id;
  });
  afterAll(() => t.destroy());

  let url: string;

  it('is made on request and shown once; afterwards only whether it exists', async () => {
    expect((await t.as(adept).get('/api/me/calendar-feed')).json()).toEqual({ active: false, createdAt: null });
    const made = await t.as(adept).post('/api/me/calendar-feed');
    expect(made.statusCode, made.body).toBe(200);
    url = made.json().url;
    expect(url).toMatch(/^http:\/\/lots\.test\/api\/calendar-feeds\/[\w-]{40,}$/);
    expect(made.json().webcalUrl).toBe(url.replace('http:', 'webcal:'));
    const status = await t.as(adept).get('/api/me/calendar-feed');
    expect(status.json()).toMatchObject({ active: true });
    expect(status.body).not.toContain(url.split('/').pop());
  });

  it('holds my event in my language (at 09:00 Oslo summer time, 07:00Z), my pair’s next meeting and the program’s dates', async () => {
    const response = await t.as(undefined).get(new URL(url).pathname);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/calendar');
    const events = parse(response.body);
    const event = events.find((e) => e.uid === `event-${eventId}@lots`)!;
    expect(event.summary).toBe('Halvdagssamling 2');
    expect(event.start.toJSDate()).toEqual(new Date('2027-06-15T07:00:00Z'));
    expect(event.end.toJSDate()).toEqual(new Date('2027-06-15T10:30:00Z'));
    const meeting = events.find((e) => e.uid === `pair-${pairId}-next@lots`)!;
    expect(meeting.summary).toBe('Mentorsamtale med Ola Hansen');
    expect(meeting.start.toJSDate()).toEqual(new Date('2027-06-10T08:00:00Z'));
    const start = events.find((e) => e.uid === `program-${programId}-start@lots`)!;
    expect(start.start.isDate).toBe(true);
    expect(start.start.toString()).toBe('2027-01-20');
    expect(events.find((e) => e.uid === `program-${programId}-end@lots`)!.summary).toBe('Felles mentorprogram avsluttes');
  });

  it('leaves out what is not mine: an event I said no to, another person’s feed is theirs alone', async () => {
    await t.as(adept).put(`/api/programs/${programId}/events/${eventId}/answer`, { response: 'no' });
    const events = parse((await t.as(undefined).get(new URL(url).pathname)).body);
    expect(events.map((e) => e.uid)).not.toContain(`event-${eventId}@lots`);
    // The mentor's own feed has the event; the outsider's (not in the program) has nothing.
    const mentorFeed = (await t.as(mentor).post('/api/me/calendar-feed')).json().url;
    expect(parse((await t.as(undefined).get(new URL(mentorFeed).pathname)).body).map((e) => e.uid)).toContain(`event-${eventId}@lots`);
    const outsiderFeed = (await t.as(outsider).post('/api/me/calendar-feed')).json().url;
    expect(parse((await t.as(undefined).get(new URL(outsiderFeed).pathname)).body)).toEqual([]);
  });

  it('rotating makes a new address and the old one stops working; revoking ends it', async () => {
    const rotated = (await t.as(adept).post('/api/me/calendar-feed')).json().url;
    expect(rotated).not.toBe(url);
    expect((await t.as(undefined).get(new URL(url).pathname)).statusCode).toBe(404);
    expect((await t.as(undefined).get(new URL(rotated).pathname)).statusCode).toBe(200);
    expect((await t.as(adept).delete('/api/me/calendar-feed')).statusCode).toBe(200);
    expect((await t.as(undefined).get(new URL(rotated).pathname)).statusCode).toBe(404);
    expect((await t.as(adept).delete('/api/me/calendar-feed')).statusCode).toBe(404);
    // The secret never reaches the Outbox or the audit log.
    const audit = await t.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'calendarFeed.rotate'));
    expect(JSON.stringify(audit)).not.toContain(new URL(rotated).pathname.split('/').pop());
  });

  it('an event across the change to winter time ends at the right instant', async () => {
    const created = await t.as(coordinator).post(`/api/programs/${programId}/events`, {
      kind: 'other',
      title: 'Natt',
      startsAt: '2027-10-30T23:00',
      endsAt: '2027-10-31T04:00',
      timeZone: 'Europe/Oslo',
      location: 'Oslo',
    });
    // 23:00 CEST = 21:00Z; 04:00 CET = 03:00Z: six hours, not five.
    expect(created.json().events[0]).toMatchObject({ startsAt: '2027-10-30T21:00:00.000Z', endsAt: '2027-10-31T03:00:00.000Z' });
  });
});
