import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { and, eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';

/** Parses an iCalendar text with Mozilla's strict parser; returns its method and events. */
function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    method: calendar.getFirstPropertyValue('method'),
    events: calendar.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return {
        uid: e.uid,
        summary: e.summary,
        sequence: e.sequence,
        start: e.startDate.toJSDate(),
        end: e.endDate.toJSDate(),
        status: v.getFirstPropertyValue('status'),
        attendee: String(v.getFirstPropertyValue('attendee') ?? ''),
        partstat: v.getFirstProperty('attendee')?.getParameter('partstat'),
        organizer: String(v.getFirstPropertyValue('organizer') ?? ''),
      };
    }),
  };
}

/** The answer link of an invitation mail (its text also names the online meeting's address). */
function answerLink(text: string): string {
  const match = /https?:\/\/\S+\/event-answer\/\S+/.exec(text);
  if (!match) throw new Error(`no answer link in: ${text}`);
  return match[0];
}

describe('events: audience, sessions, series, invitations, answers, waiting list, changes', () => {
  let t: TestApp;
  let programId: string;
  let org: string;
  let other: string;
  const people: Record<string, { personId: string; cookie: string; email: string }> = {};

  const add = async (
    key: string,
    organisationId: string,
    email: string,
    roles: ('participant' | 'coordinator' | 'org_admin')[],
    name: string,
  ) => {
    const member = await t.createMember(organisationId, email, roles, { name });
    people[key] = { personId: member.personId, cookie: await t.signIn(email), email };
  };

  const mails = async (email: string, template: string) =>
    t.database.db
      .select()
      .from(schema.mailMessages)
      .where(and(eq(schema.mailMessages.to, email), eq(schema.mailMessages.template, template)));

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrganisation('Göteborgs Stad');
    other = await t.createOrganisation('Tullverket');
    await add('coordinator', org, 'evelina@gbg.example', ['coordinator'], 'Evelina Strandhede');
    await add('adept', org, 'kristina@gbg.example', ['participant'], 'Kristina Holm');
    await add('mentor', other, 'ahmed@tull.example', ['participant'], 'Ahmed Yousef');
    await add('adept2', other, 'mattias@tull.example', ['participant'], 'Mattias Ström');
    await add('mentor2', org, 'jonas@gbg.example', ['participant'], 'Jonas Lund');
    // Someone of a participating organisation who is not in the program.
    await add('bystander', org, 'emma@gbg.example', ['participant'], 'Emma Sjögren');
    const [program] = await t.database.db
      .insert(schema.programs)
      .values({
        ownerOrganisationId: org,
        name: 'Mentorprogram för enhetschefer',
        type: 'classic',
        status: 'running',
        contactName: 'Evelina Strandhede',
        contactEmail: 'evelina@gbg.example',
      })
      .returning();
    programId = program!.id;
    await t.database.db.insert(schema.programOrganisations).values([
      { programId, organisationId: org },
      { programId, organisationId: other },
    ]);
    await t.database.db.insert(schema.programCoordinators).values({ programId, personId: people.coordinator!.personId });
    await t.createActivePair(programId, people.adept!.personId, people.mentor!.personId);
    await t.createActivePair(programId, people.adept2!.personId, people.mentor2!.personId);
  });
  afterAll(() => t.destroy());

  const as = (key: string) => t.as(people[key]!.cookie);

  let kickoff: { id: string; sessions: { id: string; title: string; audience: string }[] };

  it('a coordinator creates the kick-off with two parallel sessions; each is for its role', async () => {
    const response = await as('coordinator').post(`/api/programs/${programId}/events`, {
      kind: 'kickoff',
      title: 'Uppstart av programmet',
      description: 'Ramarna för programmet, och mentorer och adepter var för sig.',
      startsAt: '2027-01-19T09:00',
      endsAt: '2027-01-19T12:30',
      timeZone: 'Europe/Stockholm',
      mode: 'both',
      location: 'Intraservice, Köpmansgatan',
      onlineUrl: 'https://meet.example/uppstart',
      required: true,
      sessions: [
        { title: 'Mentorer för sig', audience: 'mentors', startsAt: '2027-01-19T13:30', endsAt: '2027-01-19T15:00', location: 'Sal A' },
        { title: 'Adepter för sig', audience: 'adepts', startsAt: '2027-01-19T13:30', endsAt: '2027-01-19T15:00', location: 'Sal B' },
      ],
    });
    expect(response.statusCode, response.body).toBe(201);
    kickoff = response.json().events[0];
    // Stockholm is UTC+1 in January: 09:00 there is 08:00Z.
    expect(response.json().events[0]).toMatchObject({
      startsAt: '2027-01-19T08:00:00.000Z',
      endsAt: '2027-01-19T11:30:00.000Z',
      sequence: 0,
    });
    expect(kickoff.sessions.map((s) => [s.title, s.audience])).toEqual([
      ['Adepter för sig', 'adepts'],
      ['Mentorer för sig', 'mentors'],
    ]);
    expect(response.json().events[0].counts).toMatchObject({ invited: 5, pending: 5 });

    // A mentor sees the event and the mentors' session only; an adept the adepts' one.
    const mentorView = await as('mentor').get(`/api/programs/${programId}/events/${kickoff.id}`);
    expect(mentorView.statusCode).toBe(200);
    expect(mentorView.json().sessions.map((s: { title: string }) => s.title)).toEqual(['Mentorer för sig']);
    expect(mentorView.json()).toMatchObject({ counts: null, checkInCode: null, can: { manage: false, respond: true } });
    const adeptSession = kickoff.sessions.find((s) => s.audience === 'adepts')!;
    expect((await as('mentor').get(`/api/programs/${programId}/events/${adeptSession.id}`)).statusCode).toBe(404);
    expect((await as('adept').get(`/api/programs/${programId}/events/${adeptSession.id}`)).statusCode).toBe(200);
    // Someone of the organisation who is not in the program sees the program but not the event.
    expect((await as('bystander').get(`/api/programs/${programId}/events/${kickoff.id}`)).statusCode).toBe(404);
    const list = await as('bystander').get(`/api/programs/${programId}/events`);
    expect(list.json()).toMatchObject({ items: [], total: 0 });
  });

  it('the invitation mail carries an .ics REQUEST that a strict parser reads back, with a working answer link', async () => {
    const [mail] = await mails('ahmed@tull.example', 'eventInvitation');
    expect(mail).toBeDefined();
    const sessionMails = await mails('ahmed@tull.example', 'eventInvitation');
    // The main event and the mentors' session: two calendar entries.
    expect(sessionMails).toHaveLength(2);
    const main = sessionMails.find((m) => m.subject.includes('Uppstart av programmet'))!;
    expect(main.calendarMethod).toBe('REQUEST');
    const ics = parseCalendar(main.calendar!);
    expect(ics.method).toBe('REQUEST');
    expect(ics.events).toHaveLength(1);
    expect(ics.events[0]).toMatchObject({
      uid: `event-${kickoff.id}@lots`,
      summary: 'Uppstart av programmet',
      sequence: 0,
      start: new Date('2027-01-19T08:00:00Z'),
      end: new Date('2027-01-19T11:30:00Z'),
      partstat: 'NEEDS-ACTION',
    });
    expect(ics.events[0]!.attendee.toLowerCase()).toBe('mailto:ahmed@tull.example');
    expect(ics.events[0]!.organizer.toLowerCase()).toBe('mailto:evelina@gbg.example');
    // The Outbox text hides the answer link; the delivered one has it.
    expect(main.text).not.toContain('/event-answer/');
    const link = answerLink(t.deliveredText(main));
    const token = new URL(link).pathname.split('/').pop()!;
    const view = await t.as(undefined).get(`/api/event-answers/${token}`);
    expect(view.statusCode, view.body).toBe(200);
    const answered = await t.as(undefined).put(`/api/event-answers/${token}`, { response: 'yes', attendMode: 'digital' });
    expect(answered.statusCode, answered.body).toBe(200);
    expect((await t.as(undefined).get(`/api/event-answers/${token}`)).json().invitation).toMatchObject({
      response: 'yes',
      attendMode: 'digital',
    });
    // An event held both ways needs to know how one attends.
    const missing = await t.as(undefined).put(`/api/event-answers/${token}`, { response: 'yes' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.field).toBe('attendMode');
    expect((await t.as(undefined).get('/api/event-answers/not-a-real-token-at-all-000000')).statusCode).toBe(404);
  });

  it('participants answer in Lots; others’ answers are for coordinators only', async () => {
    const yes = await as('adept').put(`/api/programs/${programId}/events/${kickoff.id}/answer`, {
      response: 'yes',
      attendMode: 'physical',
    });
    expect(yes.statusCode, yes.body).toBe(200);
    expect(yes.json().myInvitation).toMatchObject({ response: 'yes', attendMode: 'physical', waitlisted: false });
    expect(yes.json().counts).toBeNull();
    const coordinator = await as('coordinator').get(`/api/programs/${programId}/events/${kickoff.id}`);
    expect(coordinator.json().counts).toMatchObject({ invited: 5, yes: 2, pending: 3 });
    // The bystander may not answer an event that is not for them.
    expect(
      (await as('bystander').put(`/api/programs/${programId}/events/${kickoff.id}/answer`, { response: 'yes', attendMode: 'physical' }))
        .statusCode,
    ).toBe(404);
    // Bad input names the field.
    const bad = await as('adept').put(`/api/programs/${programId}/events/${kickoff.id}/answer`, { response: 'perhaps' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('response');
    // A participant cannot change the event.
    expect((await as('adept').patch(`/api/programs/${programId}/events/${kickoff.id}`, { title: 'Min träff' })).statusCode).toBe(403);
  });

  it('a change goes out as an updated invitation with a higher SEQUENCE; a cancellation as METHOD:CANCEL', async () => {
    const moved = await as('coordinator').patch(`/api/programs/${programId}/events/${kickoff.id}`, {
      startsAt: '2027-01-20T09:00',
      endsAt: '2027-01-20T12:30',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ sequence: 1, startsAt: '2027-01-20T08:00:00.000Z' });
    const [update] = await mails('kristina@gbg.example', 'eventUpdated');
    const ics = parseCalendar(update!.calendar!);
    expect(ics.method).toBe('REQUEST');
    expect(ics.events[0]).toMatchObject({
      uid: `event-${kickoff.id}@lots`,
      sequence: 1,
      start: new Date('2027-01-20T08:00:00Z'),
      partstat: 'ACCEPTED',
    });
    // A change of something that is not in the calendar (capacity) sends nothing.
    const before = (await mails('kristina@gbg.example', 'eventUpdated')).length;
    await as('coordinator').patch(`/api/programs/${programId}/events/${kickoff.id}`, { capacity: 40 });
    expect((await mails('kristina@gbg.example', 'eventUpdated')).length).toBe(before);

    // End before start is refused, naming the field.
    const backwards = await as('coordinator').patch(`/api/programs/${programId}/events/${kickoff.id}`, { endsAt: '2027-01-20T08:00' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.field).toBe('endsAt');

    const cancelled = await as('coordinator').post(`/api/programs/${programId}/events/${kickoff.id}/cancel`);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ cancelled: true, sequence: 2, can: { manage: false } });
    expect(cancelled.json().sessions.every((s: { cancelled: boolean }) => s.cancelled)).toBe(true);
    const cancellation = (await mails('kristina@gbg.example', 'eventCancelled')).find((m) =>
      m.calendar!.includes(`event-${kickoff.id}@lots`),
    );
    expect(cancellation!.calendarMethod).toBe('CANCEL');
    const parsed = parseCalendar(cancellation!.calendar!);
    expect(parsed.method).toBe('CANCEL');
    expect(parsed.events[0]).toMatchObject({ uid: `event-${kickoff.id}@lots`, sequence: 2, status: 'CANCELLED' });
    // The adepts' session was cancelled too, with its own cancellation.
    const adeptSession = kickoff.sessions.find((s) => s.audience === 'adepts')!;
    const cancellations = await mails('kristina@gbg.example', 'eventCancelled');
    expect(cancellations.map((m) => parseCalendar(m.calendar!).events[0]!.uid).sort()).toEqual(
      [`event-${kickoff.id}@lots`, `event-${adeptSession.id}@lots`].sort(),
    );
    expect((await as('adept').put(`/api/programs/${programId}/events/${kickoff.id}/answer`, { response: 'no' })).statusCode).toBe(409);
  });

  it('a series every 6 weeks × 6 keeps 09:00 in Stockholm across the daylight-saving change, in one invitation mail', async () => {
    const response = await as('coordinator').post(`/api/programs/${programId}/events`, {
      kind: 'group_meeting',
      title: 'Gruppträff',
      startsAt: '2027-02-02T09:00',
      endsAt: '2027-02-02T10:30',
      timeZone: 'Europe/Stockholm',
      mode: 'digital',
      onlineUrl: 'https://meet.example/grupp',
      audience: 'adepts',
      series: { everyWeeks: 6, count: 6 },
    });
    expect(response.statusCode, response.body).toBe(201);
    const events = response.json().events as { startsAt: string; seriesIndex: number; seriesId: string }[];
    expect(events).toHaveLength(6);
    expect(new Set(events.map((e) => e.seriesId)).size).toBe(1);
    // Feb and early March in winter time (08:00Z); from April on summer time (07:00Z).
    expect(events.map((e) => e.startsAt)).toEqual([
      '2027-02-02T08:00:00.000Z',
      '2027-03-16T08:00:00.000Z',
      '2027-04-27T07:00:00.000Z',
      '2027-06-08T07:00:00.000Z',
      '2027-07-20T07:00:00.000Z',
      '2027-08-31T07:00:00.000Z',
    ]);
    const invitations = (await mails('mattias@tull.example', 'eventInvitation')).filter((m) => m.subject.includes('Gruppträff'));
    expect(invitations).toHaveLength(1);
    expect(parseCalendar(invitations[0]!.calendar!).events).toHaveLength(6);
    // Mentors are not invited to the adepts' group meetings.
    expect((await mails('ahmed@tull.example', 'eventInvitation')).filter((m) => m.subject.includes('Gruppträff'))).toHaveLength(0);
    // Answering by the link answers the whole series.
    const link = answerLink(t.deliveredText(invitations[0]!));
    const token = new URL(link).pathname.split('/').pop()!;
    expect((await t.as(undefined).put(`/api/event-answers/${token}`, { response: 'maybe' })).statusCode).toBe(200);
    const list = await as('adept2').get(`/api/programs/${programId}/events?limit=10`);
    expect(
      list
        .json()
        .items.filter((e: { kind: string }) => e.kind === 'group_meeting')
        .map((e: { myInvitation: { response: string } }) => e.myInvitation.response),
    ).toEqual(Array(6).fill('maybe'));
  });

  it('capacity: a yes to a full event waits; a place given up goes to the first on the waiting list, who is told', async () => {
    const response = await as('coordinator').post(`/api/programs/${programId}/events`, {
      kind: 'training',
      title: 'Coachande förhållningssätt för mentorer',
      startsAt: '2027-02-22T09:00',
      endsAt: '2027-02-22T12:30',
      location: 'Intraservice',
      audience: 'everyone',
      capacity: 1,
    });
    expect(response.statusCode, response.body).toBe(201);
    const id = response.json().events[0].id;
    const first = await as('mentor').put(`/api/programs/${programId}/events/${id}/answer`, { response: 'yes' });
    expect(first.json().myInvitation).toMatchObject({ response: 'yes', waitlisted: false });
    const second = await as('mentor2').put(`/api/programs/${programId}/events/${id}/answer`, { response: 'yes' });
    expect(second.json().myInvitation).toMatchObject({ response: 'yes', waitlisted: true });
    const third = await as('adept').put(`/api/programs/${programId}/events/${id}/answer`, { response: 'yes' });
    expect(third.json().myInvitation).toMatchObject({ waitlisted: true });
    expect((await as('coordinator').get(`/api/programs/${programId}/events/${id}`)).json().counts).toMatchObject({ yes: 1, waitlisted: 2 });
    // Saying yes again keeps one's place in the queue.
    expect(
      (await as('mentor2').put(`/api/programs/${programId}/events/${id}/answer`, { response: 'yes' })).json().myInvitation.waitlisted,
    ).toBe(true);
    // The one with the place says no: the first in the queue (Jonas) gets it and a mail.
    await as('mentor').put(`/api/programs/${programId}/events/${id}/answer`, { response: 'no' });
    expect((await as('mentor2').get(`/api/programs/${programId}/events/${id}`)).json().myInvitation).toMatchObject({ waitlisted: false });
    expect((await as('adept').get(`/api/programs/${programId}/events/${id}`)).json().myInvitation).toMatchObject({ waitlisted: true });
    const [promoted] = await mails('jonas@gbg.example', 'eventPromoted');
    expect(parseCalendar(promoted!.calendar!).events[0]).toMatchObject({ partstat: 'ACCEPTED' });
    // A larger capacity lets the rest in.
    await as('coordinator').patch(`/api/programs/${programId}/events/${id}`, { capacity: 5 });
    expect((await as('adept').get(`/api/programs/${programId}/events/${id}`)).json().myInvitation).toMatchObject({ waitlisted: false });
  });

  it('an organisation’s event is for its people only; the list is paginated', async () => {
    const response = await as('coordinator').post(`/api/programs/${programId}/events`, {
      kind: 'other',
      title: 'Tullverkets egen träff',
      startsAt: '2027-03-01T13:00',
      endsAt: '2027-03-01T15:00',
      location: 'Tullverket',
      audience: 'organisation',
      audienceOrganisationId: other,
    });
    expect(response.statusCode, response.body).toBe(201);
    const id = response.json().events[0].id;
    expect((await as('mentor').get(`/api/programs/${programId}/events/${id}`)).statusCode).toBe(200);
    expect((await as('adept').get(`/api/programs/${programId}/events/${id}`)).statusCode).toBe(404);
    const missingOrg = await as('coordinator').post(`/api/programs/${programId}/events`, {
      kind: 'other',
      title: 'X',
      startsAt: '2027-03-01T13:00',
      endsAt: '2027-03-01T15:00',
      audience: 'organisation',
    });
    expect(missingOrg.statusCode).toBe(400);
    expect(missingOrg.json().error.field).toBe('audienceOrganisationId');
    const page = await as('coordinator').get(`/api/programs/${programId}/events?limit=2&offset=1`);
    expect(page.json()).toMatchObject({ total: 9, limit: 2, offset: 1 });
    expect(page.json().items).toHaveLength(2);
    expect((await as('coordinator').get(`/api/programs/${programId}/events?limit=5000`)).statusCode).toBe(400);
  });
});
