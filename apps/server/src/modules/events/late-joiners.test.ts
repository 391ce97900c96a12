import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';

const DAY = 86_400_000;

/**
 * Someone admitted after the invitations went out gets their invitation too: the coming events their
 * audience includes, one mail each (a series in one mail), never a past or cancelled event, never twice.
 */
describe('late joiners get their invitations', () => {
  let t: TestApp;
  let coordinator: string;
  let programId: string;
  const person: Record<string, string> = {};
  const application: Record<string, string> = {};
  const event: Record<string, string> = {};

  const invitationMails = (email: string) =>
    t.database.db
      .select()
      .from(schema.mailMessages)
      .where(and(eq(schema.mailMessages.to, email), eq(schema.mailMessages.template, 'eventInvitation')));

  const create = async (body: Record<string, unknown>) => {
    const created = await t.as(coordinator).post(`/api/programs/${programId}/events`, { location: 'Stockholm', ...body });
    expect(created.statusCode, created.body).toBe(201);
    return created.json().events as { id: string }[];
  };

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrganisation('Rörlighet i staten');
    await t.createMember(org, 'samordnare@ris.example', ['coordinator'], { name: 'Sam Samordnare' });
    coordinator = await t.signIn('samordnare@ris.example');
    for (const key of ['early', 'late', 'lateMentor'])
      person[key] = (await t.createMember(org, `${key}@ris.example`, ['participant'], { name: `${key} Person` })).personId;
    programId = await t.createProgram(coordinator, { name: 'Omvänt mentorskap 2027', requiresManagerConfirmation: false });
    expect((await t.as(coordinator).post(`/api/programs/${programId}/status`, { status: 'selection' })).statusCode).toBe(200);
    for (const [key, role, status] of [
      ['early', 'adept', 'accepted'],
      ['late', 'adept', 'submitted'],
      ['lateMentor', 'mentor', 'submitted'],
    ] as const) {
      const [row] = await t.database.db
        .insert(schema.applications)
        .values({ programId, personId: person[key]!, role, status, submittedAt: new Date() })
        .returning({ id: schema.applications.id });
      application[key] = row!.id;
    }
    const at = (days: number, hours: number) => new Date(Date.now() + days * DAY + hours * 3600_000).toISOString();
    event.kickoff = (await create({ kind: 'kickoff', title: 'Uppstart', startsAt: at(10, 0), endsAt: at(10, 3) }))[0]!.id;
    event.adepts = (
      await create({ kind: 'inspiration', title: 'Adeptträff', audience: 'adepts', startsAt: at(20, 0), endsAt: at(20, 2) })
    )[0]!.id;
    const series = await create({
      kind: 'group_meeting',
      title: 'Gruppträff',
      startsAt: at(30, 0),
      endsAt: at(30, 1),
      series: { everyWeeks: 6, count: 3 },
    });
    event.series = series[0]!.id;
    event.cancelled = (await create({ kind: 'other', title: 'Inställd träff', startsAt: at(40, 0), endsAt: at(40, 1) }))[0]!.id;
    expect((await t.as(coordinator).post(`/api/programs/${programId}/events/${event.cancelled}/cancel`)).statusCode).toBe(200);
    // One that has already taken place.
    event.past = (await create({ kind: 'other', title: 'Förra träffen', startsAt: at(-3, 0), endsAt: at(-3, 1) }))[0]!.id;
    expect((await invitationMails('early@ris.example')).length).toBeGreaterThanOrEqual(3);
    expect((await invitationMails('late@ris.example')).length).toBe(0);
  });
  afterAll(() => t.destroy());

  it('an adept accepted later is invited to the coming events for adepts and everyone, a series in one mail', async () => {
    const decided = await t
      .as(coordinator)
      .post(`/api/programs/${programId}/decisions`, { applicationIds: [application.late, application.lateMentor], decision: 'accepted' });
    expect(decided.statusCode, decided.body).toBe(200);
    const mails = await invitationMails('late@ris.example');
    expect(mails.map((m) => m.subject).sort()).toEqual(['Inbjudan: Adeptträff', 'Inbjudan: Gruppträff', 'Inbjudan: Uppstart']);
    const invited = await t.database.db
      .select({ eventId: schema.eventInvitations.eventId })
      .from(schema.eventInvitations)
      .where(eq(schema.eventInvitations.personId, person.late!));
    const ids = new Set(invited.map((i) => i.eventId));
    expect(ids.has(event.kickoff!) && ids.has(event.adepts!) && ids.has(event.series!)).toBe(true);
    expect(ids.has(event.cancelled!) || ids.has(event.past!)).toBe(false);
    // Every occurrence of the series has the invitation (the one mail carries them all).
    expect(invited.length).toBe(5);
    // The mentor accepted with them is not invited to the adepts' meeting.
    const mentorMails = await invitationMails('lateMentor@ris.example');
    expect(mentorMails.map((m) => m.subject).sort()).toEqual(['Inbjudan: Gruppträff', 'Inbjudan: Uppstart']);
  });

  it('the late joiner answers like everyone else and is counted; a second decision mails nothing again', async () => {
    const cookie = await t.signIn('late@ris.example');
    const answered = await t.as(cookie).put(`/api/programs/${programId}/events/${event.kickoff}/answer`, { response: 'yes' });
    expect(answered.statusCode, answered.body).toBe(200);
    const attendees = await t.as(coordinator).get(`/api/programs/${programId}/events/${event.kickoff}/attendance`);
    expect(attendees.json().items.find((a: { personId: string }) => a.personId === person.late)).toMatchObject({ response: 'yes' });
    // Wait-listing and accepting again does not invite twice.
    await t.as(coordinator).post(`/api/programs/${programId}/decisions`, { applicationIds: [application.late], decision: 'waitlisted' });
    await t.as(coordinator).post(`/api/programs/${programId}/decisions`, { applicationIds: [application.late], decision: 'accepted' });
    expect((await invitationMails('late@ris.example')).length).toBe(3);
  });

  it('a coordinator added to the program later is invited to its coming events; the answer page names the event in the mail’s language', async () => {
    const org = (await t.database.db.select().from(schema.people).where(eq(schema.people.id, person.early!)))[0]!.organisationId;
    const later = await t.createMember(org, 'ny.samordnare@ris.example', ['coordinator'], { name: 'Nora Samordnare' });
    await t.database.db.update(schema.user).set({ locale: 'en' }).where(eq(schema.user.id, later.userId));
    const meeting = (
      await create({
        kind: 'other',
        title: 'Samordnarträff',
        translations: { en: { title: 'Coordinators’ meeting' } },
        audience: 'coordinators',
        startsAt: new Date(Date.now() + 12 * DAY).toISOString(),
        endsAt: new Date(Date.now() + 12 * DAY + 3600_000).toISOString(),
      })
    )[0]!.id;
    const program = (await t.as(coordinator).get(`/api/programs/${programId}`)).json();
    const ids = program.coordinators.map((c: { personId: string }) => c.personId);
    const patched = await t.as(coordinator).patch(`/api/programs/${programId}`, { coordinatorIds: [...ids, later.personId] });
    expect(patched.statusCode, patched.body).toBe(200);
    const mails = await invitationMails('ny.samordnare@ris.example');
    // The coordinators' meeting and the events for everyone; not the adepts' meeting, nothing past or cancelled.
    expect(mails.map((m) => m.subject).sort()).toEqual([
      'Invitation: Coordinators’ meeting',
      'Invitation: Gruppträff',
      'Invitation: Uppstart',
    ]);
    const invited = await t.database.db
      .select({ eventId: schema.eventInvitations.eventId })
      .from(schema.eventInvitations)
      .where(eq(schema.eventInvitations.personId, later.personId));
    expect(invited.map((i) => i.eventId)).toContain(meeting);
    expect(invited.map((i) => i.eventId)).not.toContain(event.adepts);
    // Saving the program again with the same coordinators mails nothing again.
    await t.as(coordinator).patch(`/api/programs/${programId}`, { coordinatorIds: [...ids, later.personId] });
    expect(await invitationMails('ny.samordnare@ris.example')).toHaveLength(3);
    // The answer link opens in the mail's language, and the page shows the event's English title.
    const mail = mails.find((m) => m.subject.includes('Coordinators'))!;
    const link = /https?:\/\/\S+\/event-answer\/\S+/.exec(t.deliveredText(mail))![0];
    const url = new URL(link);
    expect(url.searchParams.get('lang')).toBe('en');
    const token = url.pathname.split('/').pop()!;
    expect((await t.as(undefined).get(`/api/event-answers/${token}?lang=en`)).json().title).toBe('Coordinators’ meeting');
    expect((await t.as(undefined).get(`/api/event-answers/${token}?lang=sv`)).json().title).toBe('Samordnarträff');
    const bad = await t.as(undefined).get(`/api/event-answers/${token}?lang=xx`);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('lang');
  });
});
